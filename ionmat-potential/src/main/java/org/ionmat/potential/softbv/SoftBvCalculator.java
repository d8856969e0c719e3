package org.ionmat.potential.softbv;

import java.util.Arrays;
import java.util.Locale;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.electrostatics.Erfc;
import org.ionmat.core.element.Species;
import org.ionmat.core.neighbors.NeighborList;
import org.ionmat.core.neighbors.NeighborSearch;
import org.ionmat.core.neighbors.VerletNeighborList;
import org.ionmat.potential.AtomicSystem;
import org.ionmat.potential.Calculator;
import org.ionmat.potential.CalculatorResult;

/**
 * The SoftBV force field (eqn 1 of K. Kameda et al., Digital Discovery 3, 1967 (2024), after Adams
 * and co-workers) as a {@link Calculator}:
 *
 * <pre>
 * E = Σ_bonds D0 [(exp((R_min − R)/b) − 1)² − 1]                 cation–anion pairs with R ≤ R_cutoff
 *   + c κ Σ_{same-sign pairs} q q' erfc(R / (sf (r + r'))) / R     cation–cation (and anion–anion)
 * </pre>
 *
 * with R_min, D0 (eqns 2–4), charges q (eqn 5 or another {@link SoftBvConventions.ChargeModel}),
 * radii r and the pair factor c (1, or 2 for the printed double sum) from the {@link SoftBvModel}'s
 * conventions; all periodic images are included. Forces and virial are analytic. Every species
 * needs an integer oxidation state; a cation–anion species pair of the system without parameters
 * is an {@link InvalidInputException} naming the pair.
 *
 * <p>The pair list (half list, cutoff + skin {@link #skin()}) is reused between calls while atoms
 * move and the cell deforms so little that no pair can have entered the cutoff (see
 * {@link VerletNeighborList}), so variable-cell relaxations rebuild it only occasionally; the
 * per-type parameters are rebuilt only when the atom types or their counts change. Not thread-safe:
 * use one instance per simulation.
 */
public final class SoftBvCalculator implements Calculator {

    /** Default Verlet skin, Å. */
    public static final double DEFAULT_SKIN = 0.5;

    private static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
    private static final int NONE = 0;
    private static final int BOND = 1;
    private static final int COULOMB = 2;

    private final SoftBvModel model;
    private final double sf;
    private final double skin;

    // per type pair (nt x nt), rebuilt when the types change
    private Species[] typeKey;
    private int[] countKey;
    private int nt;
    private int[] kind;
    private double[] cut;
    private double[] p1;   // bond: R_min; Coulomb: c κ q q'
    private double[] p2;   // bond: D0;    Coulomb: 1 / (sf (r + r'))
    private double[] p3;   // bond: 1/b
    private double[] eShift;
    private double[] dShift;
    private double maxCut;
    private VerletNeighborList pairs;

    /**
     * @param model           tables and conventions
     * @param screeningFactor sf, > 0
     */
    public SoftBvCalculator(SoftBvModel model, double screeningFactor) {
        this(model, screeningFactor, DEFAULT_SKIN);
    }

    /**
     * @param model           tables and conventions
     * @param screeningFactor sf, > 0
     * @param skin            Verlet skin, Å, >= 0
     */
    public SoftBvCalculator(SoftBvModel model, double screeningFactor, double skin) {
        if (!(screeningFactor > 0) || Double.isInfinite(screeningFactor)) {
            throw new InvalidInputException("SoftBV screening factor must be a positive number, got " + screeningFactor);
        }
        if (!(skin >= 0) || Double.isInfinite(skin)) {
            throw new InvalidInputException("Verlet skin must be a non-negative number of Å, got " + skin);
        }
        this.model = model;
        this.sf = screeningFactor;
        this.skin = skin;
    }

    /** The model (tables and conventions). */
    public SoftBvModel model() {
        return model;
    }

    /** The screening factor sf. */
    public double screeningFactor() {
        return sf;
    }

    /** The Verlet skin, Å. */
    public double skin() {
        return skin;
    }

    /** A new calculator with another screening factor (same model and skin). */
    public SoftBvCalculator withScreeningFactor(double screeningFactor) {
        return new SoftBvCalculator(model, screeningFactor, skin);
    }

    /** Number of pair-list builds so far (for tests and diagnostics). */
    int pairListBuilds() {
        return pairs == null ? 0 : pairs.rebuildCount();
    }

    @Override
    public String name() {
        return String.format(Locale.ROOT, "softbv(sf=%.6g)", sf);
    }

    @Override
    public CalculatorResult calculate(AtomicSystem system, Request request) {
        prepare(system);
        int n = system.size();
        double[] pos = system.positionsView();
        pairs.update(system.lattice(), pos);
        NeighborList nl = pairs.list();
        int[] ci = nl.centers();
        int[] cj = nl.neighbors();
        double[] vec = nl.vectors();
        double[] dist = nl.distances();
        int[] type = system.typesView();
        double[] f = request.forces() || request.virial() ? new double[3 * n] : null;
        double[] ae = request.atomEnergies() ? new double[n] : null;
        double energy = 0;
        double w00 = 0, w01 = 0, w02 = 0, w11 = 0, w12 = 0, w22 = 0;
        boolean needForce = f != null;
        for (int p = 0, np = nl.size(); p < np; p++) {
            int i = ci[p];
            int j = cj[p];
            int k = type[i] * nt + type[j];
            double r = dist[p];
            if (r > cut[k] || kind[k] == NONE) {
                continue;
            }
            double e;
            double dedr;
            if (kind[k] == BOND) {
                double x = Math.exp((p1[k] - r) * p3[k]);
                double xm = x - 1;
                e = p2[k] * (xm * xm - 1);
                dedr = -2 * p2[k] * xm * x * p3[k];
            } else {
                double u = r * p2[k];
                double erfc = Erfc.erfc(u);
                double inv = 1 / r;
                e = p1[k] * erfc * inv;
                dedr = -p1[k] * inv * (erfc * inv + TWO_OVER_SQRT_PI * Math.exp(-u * u) * p2[k]);
            }
            e -= eShift[k] + (r - cut[k]) * dShift[k];
            dedr -= dShift[k];
            energy += e;
            if (ae != null) {
                ae[i] += 0.5 * e;
                ae[j] += 0.5 * e;
            }
            if (needForce) {
                double s = -dedr / r;
                double dx = vec[3 * p];
                double dy = vec[3 * p + 1];
                double dz = vec[3 * p + 2];
                double fx = s * dx;
                double fy = s * dy;
                double fz = s * dz;
                f[3 * j] += fx;
                f[3 * j + 1] += fy;
                f[3 * j + 2] += fz;
                f[3 * i] -= fx;
                f[3 * i + 1] -= fy;
                f[3 * i + 2] -= fz;
                w00 += dx * fx;
                w01 += dx * fy;
                w02 += dx * fz;
                w11 += dy * fy;
                w12 += dy * fz;
                w22 += dz * fz;
            }
        }
        double[] virial = request.virial() ? new double[] {w00, w01, w02, w01, w11, w12, w02, w12, w22} : null;
        return new CalculatorResult(energy, request.forces() ? f : null, virial, ae, system.volume());
    }

    /** Rebuilds the per-type tables when the atom types or their counts changed. */
    private void prepare(AtomicSystem system) {
        int types = system.numTypes();
        Species[] species = new Species[types];
        for (int t = 0; t < types; t++) {
            species[t] = system.typeSpecies(t);
        }
        int[] counts = new int[types];
        for (int t : system.typesView()) {
            counts[t]++;
        }
        if (Arrays.equals(species, typeKey) && Arrays.equals(counts, countKey)) {
            return;
        }
        for (int a = 0; a < types; a++) {
            for (int b = 0; b < types; b++) {
                if (SoftBvParameters.state(species[a]) > 0 && SoftBvParameters.state(species[b]) < 0) {
                    model.parameters().pair(species[a], species[b]);
                }
            }
        }
        double[] dcounts = new double[types];
        double[] v = new double[types];
        double[] radius = new double[types];
        for (int t = 0; t < types; t++) {
            dcounts[t] = counts[t];
            v[t] = SoftBvParameters.state(species[t]);
            if (v[t] == 0) {
                throw new InvalidInputException("SoftBV needs nonzero oxidation states: " + species[t] + " has 0");
            }
            radius[t] = model.radius(species[t]);
        }
        double[] q = model.charges(species, dcounts);
        SoftBvConventions c = model.conventions();
        int nk = types * types;
        int[] kd = new int[nk];
        double[] ct = new double[nk];
        double[] a1 = new double[nk];
        double[] a2 = new double[nk];
        double[] a3 = new double[nk];
        double[] es = new double[nk];
        double[] ds = new double[nk];
        double mc = 0;
        for (int a = 0; a < types; a++) {
            for (int b = 0; b < types; b++) {
                int k = a * types + b;
                if (v[a] * v[b] < 0) {
                    SoftBvBond bond = v[a] > 0 ? model.bond(species[a], species[b]) : model.bond(species[b], species[a]);
                    kd[k] = BOND;
                    ct[k] = bond.cutoff();
                    a1[k] = bond.rMin();
                    a2[k] = bond.d0();
                    a3[k] = 1 / bond.pair().b();
                    if (c.bondTruncation() == SoftBvConventions.BondTruncation.SHIFTED) {
                        es[k] = bond.energy(ct[k]);
                        ds[k] = bond.derivative(ct[k]);
                    }
                } else if (v[a] > 0 || c.anionRepulsion()) {
                    double rho = sf * (radius[a] + radius[b]);
                    kd[k] = COULOMB;
                    ct[k] = c.screeningRange() * rho;
                    a1[k] = c.pairCounting().factor() * c.kappa() * q[a] * q[b];
                    a2[k] = 1 / rho;
                    // the Coulomb tail is shifted like the bonds: both vanish smoothly at their cutoffs
                    double u = ct[k] / rho;
                    double erfc = Erfc.erfc(u);
                    es[k] = a1[k] * erfc / ct[k];
                    ds[k] = -a1[k] / ct[k] * (erfc / ct[k] + TWO_OVER_SQRT_PI * Math.exp(-u * u) / rho);
                } else {
                    kd[k] = NONE;
                    continue;
                }
                mc = Math.max(mc, ct[k]);
            }
        }
        if (mc == 0) {
            throw new InvalidInputException("SoftBV: the system has no cation–anion or cation–cation pairs");
        }
        typeKey = species;
        countKey = counts;
        nt = types;
        kind = kd;
        cut = ct;
        p1 = a1;
        p2 = a2;
        p3 = a3;
        eShift = es;
        dShift = ds;
        if (pairs == null || mc != maxCut) {
            maxCut = mc;
            pairs = new VerletNeighborList(NeighborSearch.withCutoff(mc).half(), skin);
        }
    }
}
