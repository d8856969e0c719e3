package org.ionmat.analysis.descriptors;

import java.util.ArrayList;
import java.util.List;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Element;
import org.ionmat.core.neighbors.NeighborList;
import org.ionmat.core.neighbors.NeighborSearch;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.structure.Structure;

/**
 * Structural–compositional descriptors of seed paper 001 (Table 1) that follow from a structure:
 * formula units n and volume per formula unit Ω, density, minimal lattice constant and the
 * (population) standard deviations of the lattice constants and angles, the mobile ion's mass,
 * nominal charge, number density and atomic fraction, and its nearest-neighbour shell.
 *
 * <p>d_nn is the distance from a mobile-ion site to its nearest other site, averaged over the mobile-ion
 * sites; N_nn is the number of sites within (1 + {@code shellTolerance})·d of each mobile-ion site
 * (d its own nearest distance), averaged. Partially occupied sites count as sites. The symmetry
 * descriptors (number of operations, space group) need the symmetry finder and are not here yet.
 */
public final class StructuralDescriptors implements DescriptorSource {

    private static final DescriptorCategory SC = DescriptorCategory.STRUCTURAL_COMPOSITIONAL;
    /** Formula units per cell. */
    public static final Descriptor FORMULA_UNITS = new Descriptor("n", "", SC, "formula units per cell");
    /** Volume per formula unit. */
    public static final Descriptor VOLUME_PER_FU = new Descriptor("Omega", "A^3", SC, "volume per formula unit");
    /** Mass density. */
    public static final Descriptor DENSITY = new Descriptor("rho", "g/cm^3", SC, "mass density");
    /** Minimal lattice constant. */
    public static final Descriptor MIN_LATTICE = new Descriptor("a_m", "A", SC, "minimal lattice constant min(a,b,c)");
    /** Spread of the lattice constants. */
    public static final Descriptor SD_LENGTHS = new Descriptor("sd_abc", "A", SC, "standard deviation of a, b, c (population)");
    /** Spread of the lattice angles. */
    public static final Descriptor SD_ANGLES = new Descriptor("sd_angles", "deg", SC, "standard deviation of alpha, beta, gamma (population)");
    /** Mobile-ion atomic mass. */
    public static final Descriptor ION_MASS = new Descriptor("M_ion", "amu", SC, "atomic mass of the mobile ion");
    /** Mobile-ion nominal charge. */
    public static final Descriptor ION_CHARGE = new Descriptor("Z_N", "e", SC, "nominal charge of the mobile ion");
    /** Mobile-ion number density. */
    public static final Descriptor ION_DENSITY = new Descriptor("n_ion", "A^-3", SC, "number density of mobile ions");
    /** Mobile-ion atomic fraction. */
    public static final Descriptor ION_FRACTION = new Descriptor("x_ion", "", SC, "atomic fraction of mobile ions");
    /** Nearest-neighbour distance of the mobile ion. */
    public static final Descriptor NN_DISTANCE = new Descriptor("d_nn", "A", SC, "mean nearest-neighbour distance of the mobile ion");
    /** Nearest-neighbour count of the mobile ion. */
    public static final Descriptor NN_COUNT = new Descriptor("N_nn", "", SC, "mean number of nearest neighbours of the mobile ion");

    private static final List<Descriptor> ALL = List.of(FORMULA_UNITS, VOLUME_PER_FU, DENSITY, MIN_LATTICE, SD_LENGTHS,
            SD_ANGLES, ION_MASS, ION_CHARGE, ION_DENSITY, ION_FRACTION, NN_DISTANCE, NN_COUNT);

    private final double shellTolerance;

    private StructuralDescriptors(double shellTolerance) {
        this.shellTolerance = shellTolerance;
    }

    /** Nearest-neighbour shell tolerance 0.1 (10 % beyond the nearest distance). */
    public static StructuralDescriptors defaults() {
        return new StructuralDescriptors(0.1);
    }

    /** With another relative shell tolerance for N_nn (≥ 0). */
    public StructuralDescriptors withShellTolerance(double t) {
        if (!(t >= 0 && t < 1)) {
            throw new InvalidInputException("nearest-neighbour shell tolerance must be in [0, 1), got " + t);
        }
        return new StructuralDescriptors(t);
    }

    @Override
    public String name() {
        return "structure";
    }

    @Override
    public List<Descriptor> descriptors() {
        return ALL;
    }

    @Override
    public List<DescriptorValue> describe(Material m) {
        Structure s = m.structure();
        Element ion = m.mobileIon();
        Lattice l = s.lattice();
        double fu = s.composition().formulaUnits();
        double ionAmount = s.composition().amount(ion);
        if (ionAmount <= 0) {
            throw new InvalidInputException(m.name() + ": the structure has no " + ion.symbol() + " (the mobile ion)");
        }
        double[] len = l.lengths();
        double[] ang = l.angles();
        double[] nn = nearestNeighbours(s, ion);
        List<DescriptorValue> v = new ArrayList<>();
        v.add(new DescriptorValue(FORMULA_UNITS, fu));
        v.add(new DescriptorValue(VOLUME_PER_FU, s.volume() / fu));
        v.add(new DescriptorValue(DENSITY, s.density()));
        v.add(new DescriptorValue(MIN_LATTICE, Math.min(len[0], Math.min(len[1], len[2]))));
        v.add(new DescriptorValue(SD_LENGTHS, populationStd(len)));
        v.add(new DescriptorValue(SD_ANGLES, populationStd(ang)));
        v.add(new DescriptorValue(ION_MASS, ion.atomicMass()));
        v.add(new DescriptorValue(ION_CHARGE, MobileIon.nominalCharge(s, ion)));
        v.add(new DescriptorValue(ION_DENSITY, ionAmount / s.volume()));
        v.add(new DescriptorValue(ION_FRACTION, ionAmount / s.numAtoms()));
        v.add(new DescriptorValue(NN_DISTANCE, nn[0]));
        v.add(new DescriptorValue(NN_COUNT, nn[1]));
        return v;
    }

    static double populationStd(double[] x) {
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double s = 0;
        for (double v : x) {
            s += (v - mean) * (v - mean);
        }
        return Math.sqrt(s / x.length);
    }

    /** {mean nearest distance, mean shell count} over the mobile-ion sites. */
    private double[] nearestNeighbours(Structure s, Element ion) {
        List<Integer> sites = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.speciesAt(i).amount(ion) > 0) {
                sites.add(i);
            }
        }
        double cutoff = 4.0;
        while (true) {
            NeighborList nl = NeighborSearch.withCutoff(cutoff).find(s);
            int[] off = nl.offsets();
            double[] d = nl.distances();
            double sumD = 0;
            double sumN = 0;
            boolean all = true;
            for (int i : sites) {
                double min = Double.POSITIVE_INFINITY;
                for (int p = off[i]; p < off[i + 1]; p++) {
                    min = Math.min(min, d[p]);
                }
                if (min == Double.POSITIVE_INFINITY || (1 + shellTolerance) * min > cutoff) {
                    all = false;
                    break;
                }
                int count = 0;
                for (int p = off[i]; p < off[i + 1]; p++) {
                    if (d[p] <= (1 + shellTolerance) * min) {
                        count++;
                    }
                }
                sumD += min;
                sumN += count;
            }
            if (all) {
                return new double[] {sumD / sites.size(), sumN / sites.size()};
            }
            if (cutoff > 32) {
                throw new InvalidInputException("no neighbour within 32 Å of a mobile-ion site");
            }
            cutoff *= 2;
        }
    }
}
