package org.ionmat.core.symmetry.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.symmetry.CrystalSystem;
import org.ionmat.core.structure.Site;
import org.ionmat.core.structure.Structure;
import org.ionmat.core.symmetry.SymmetryOperation;

/**
 * Everything about the symmetry of a crystal structure, found in one call (in the spirit of
 * spglib's dataset): the space-group operations of the given cell, the primitive cell, atoms
 * equivalent by symmetry, the point group and crystal system, the space-group type (number,
 * Hermann–Mauguin and Hall symbols) and the standardized conventional cell with the
 * transformation to it.
 *
 * <p>Method (Togo and Tanaka, arXiv:1808.01590; Grosse-Kunstleve, Acta Cryst. A55, 383, 1999):
 * Delaunay reduction of the lattice, pure translations and primitive cell, lattice point group
 * (integer matrices preserving the metric), a translation for each lattice rotation proposed from
 * the atoms of the least frequent type, point group from the rotation types, conventional basis
 * from the rotation axes and identification against the standard setting of each space-group
 * type with the origin shift solved by a Smith normal form.
 *
 * <p>Atoms are compared by type: each distinct site composition is one type, so a disordered
 * structure is analysed with its partially occupied sites as "species" of their own. Positions
 * match when they are within the distance tolerance (Å, Cartesian); lattice metrics match when
 * vector lengths agree within the tolerance and angles within the angle tolerance (or, by default,
 * within the same distance criterion). When a step finds an inconsistent result the tolerance is
 * reduced by 5 % and the search repeated, at most 20 times; {@link #tolerance()} is the tolerance
 * finally used.
 */
public final class SymmetryAnalysis {

    /** Default distance tolerance (Å), spglib's and pymatgen's usual {@code symprec}. */
    public static final double DEFAULT_TOLERANCE = 0.01;

    private final Structure structure;
    private final double requestedTolerance;
    private final double angleTolerance;
    private final SymmetrySearch.Result result;
    private final SiteTypes types;
    private final CellOperations cellOps;
    private final StandardCell standard;
    private volatile WyckoffPosition[] wyckoff;

    private SymmetryAnalysis(Structure structure, double requestedTolerance, double angleTolerance,
            SymmetrySearch.Result result, SiteTypes types) {
        this.structure = structure;
        this.requestedTolerance = requestedTolerance;
        this.angleTolerance = angleTolerance;
        this.result = result;
        this.types = types;
        this.cellOps = new CellOperations(result.primitive(), result.operations());
        this.standard = new StandardCell(result);
    }

    /** Analysis with the default tolerance of 0.01 Å. */
    public static SymmetryAnalysis of(Structure structure) {
        return of(structure, DEFAULT_TOLERANCE);
    }

    /** Analysis with a distance tolerance (Å) and the matching angle criterion. */
    public static SymmetryAnalysis of(Structure structure, double tolerance) {
        return of(structure, tolerance, -1);
    }

    /**
     * Analysis with a distance tolerance (Å) and an angle tolerance (degrees) for the lattice metric;
     * a negative angle tolerance uses the distance criterion for angles too (spglib's default).
     *
     * @throws InvalidInputException if the structure has no sites, a tolerance is not a finite
     *                               number or no consistent space group is found
     */
    public static SymmetryAnalysis of(Structure structure, double tolerance, double angleTolerance) {
        return of(structure, tolerance, angleTolerance, StandardSettings.INSTANCE);
    }

    static SymmetryAnalysis of(Structure structure, double tolerance, double angleTolerance,
            ReferenceSettings references) {
        if (structure.size() == 0) {
            throw new InvalidInputException("cannot analyse the symmetry of a structure without sites");
        }
        if (!(tolerance > 0) || Double.isInfinite(tolerance)) {
            throw new InvalidInputException("symmetry tolerance must be a positive number of Å, got " + tolerance);
        }
        if (Double.isNaN(angleTolerance) || Double.isInfinite(angleTolerance)) {
            throw new InvalidInputException("angle tolerance must be a number of degrees, got " + angleTolerance);
        }
        SiteTypes types = new SiteTypes(structure);
        Cell cell = new Cell(structure.lattice().rowMajor(), structure.fracCoords(), types.types);
        SymmetrySearch.Result r = SymmetrySearch.run(cell, tolerance, angleTolerance, references);
        if (r == null) {
            double last = tolerance * Math.pow(SymmetrySearch.REDUCTION, SymmetrySearch.ATTEMPTS - 1);
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "no consistent space group found for %s with tolerances from %.4g Å down to %.4g Å; %s",
                    structure.composition().formula(), tolerance, last, overlapHint(structure, cell, last)));
        }
        return new SymmetryAnalysis(structure, tolerance, angleTolerance, r, types);
    }

    /** Names two sites of the same species closer than the tolerance, the usual cause of a failed search. */
    private static String overlapHint(Structure structure, Cell cell, double tolerance) {
        PositionIndex index = new PositionIndex(cell, tolerance);
        for (int i = 0; i < cell.size(); i++) {
            for (int j : index.findAll(cell.frac[3 * i], cell.frac[3 * i + 1], cell.frac[3 * i + 2], cell.types[i])) {
                if (j != i) {
                    return String.format(Locale.ROOT, "sites %d (%s) and %d (%s) of the same species overlap "
                            + "(%.3g Å apart): merge them", i + 1, structure.label(i), j + 1, structure.label(j),
                            structure.lattice().minimumImageDistance(structure.frac(i), structure.frac(j)));
                }
            }
        }
        return "try a different tolerance";
    }

    /** The structure analysed. */
    public Structure structure() {
        return structure;
    }

    /** The distance tolerance asked for (Å). */
    public double requestedTolerance() {
        return requestedTolerance;
    }

    /** The distance tolerance at which the result was found (Å): the requested one or smaller. */
    public double tolerance() {
        return result.tolerance();
    }

    /** International Tables number of the space-group type, 1..230. */
    public int spaceGroupNumber() {
        return result.match().setting().number();
    }

    /** Short Hermann–Mauguin symbol as spglib writes it, e.g. {@code "Fm-3m"}, {@code "P2_1/c"}. */
    public String internationalSymbol() {
        return result.match().setting().international();
    }

    /** Hall symbol of the standard setting, e.g. {@code "-F 4 2 3"}. */
    public String hallSymbol() {
        return result.match().setting().hallSymbol();
    }

    /** Serial number (1..530) of the standard Hall setting. */
    public int hallNumber() {
        return result.match().setting().hallNumber();
    }

    /** Setting choice of the standard setting ({@code "1"}, {@code "H"}, {@code "b"}, ... or empty). */
    public String settingChoice() {
        return result.match().setting().choice();
    }

    /** The crystallographic point group. */
    public PointGroup pointGroup() {
        return result.pointGroup();
    }

    /**
     * Point group of the lattice alone (its holohedry: -1, 2/m, mmm, 4/mmm, -3m, 6/mmm or m-3m) at
     * the tolerance used; higher than {@link #pointGroup()} when the atoms break the lattice's
     * symmetry, e.g. m-3m for a tetragonally distorted crystal on a cubic lattice.
     */
    public PointGroup latticePointGroup() {
        return PointGroup.of(LatticePointGroup.of(result.primitive().cell().lattice, result.tolerance(), angleTolerance));
    }

    /** The crystal system. */
    public CrystalSystem crystalSystem() {
        return result.pointGroup().crystalSystem();
    }

    /** Centring of the standardized conventional cell. */
    public Centering centering() {
        return result.match().setting().centering();
    }

    /**
     * Bravais lattice as a Pearson symbol prefix: crystal family letter (a, m, o, t, h, c) and
     * centring (P, S for A/B/C, I, F, R), e.g. {@code "cF"}, {@code "mS"}, {@code "hR"}.
     */
    public String bravaisLattice() {
        String family = switch (crystalSystem()) {
            case TRICLINIC -> "a";
            case MONOCLINIC -> "m";
            case ORTHORHOMBIC -> "o";
            case TETRAGONAL -> "t";
            case TRIGONAL, HEXAGONAL -> "h";
            case CUBIC -> "c";
        };
        String c = switch (centering()) {
            case A, B, C -> "S";
            case R, R_REVERSE -> "R";
            default -> centering().name();
        };
        return family + c;
    }

    /**
     * The space-group operations of the given cell (fractional, translations in [0, 1)): every
     * operation of the crystal whose rotation maps the cell's lattice onto itself, combined with
     * every pure translation of the cell. A supercell of lower metric symmetry than its crystal keeps
     * only the rotations its lattice allows, as in spglib.
     */
    public List<SymmetryOperation> operations() {
        List<SymmetryOperation> out = new ArrayList<>(cellOps.rotations.size());
        for (int i = 0; i < cellOps.rotations.size(); i++) {
            out.add(new SymmetryOperation(cellOps.rotations.get(i), cellOps.translations.get(i)));
        }
        return Collections.unmodifiableList(out);
    }

    /** Number of operations of the given cell. */
    public int operationCount() {
        return cellOps.rotations.size();
    }

    /**
     * For each site, the smallest index of a site equivalent to it by the operations of the given
     * cell (spglib's {@code equivalent_atoms}).
     */
    public int[] equivalentAtoms() {
        return cellOps.equivalentAtoms.clone();
    }

    /**
     * For each site, the smallest index of a site equivalent to it by the operations of the crystal
     * (the primitive cell's; spglib's {@code crystallographic_orbits}); differs from
     * {@link #equivalentAtoms()} only for cells of lower metric symmetry than the crystal.
     */
    public int[] crystallographicOrbits() {
        return cellOps.crystallographicOrbits.clone();
    }

    /** Number of symmetry-distinct sites (orbits under the crystal's operations). */
    public int orbitCount() {
        int n = 0;
        int[] o = cellOps.crystallographicOrbits;
        for (int i = 0; i < o.length; i++) {
            if (o[i] == i) {
                n++;
            }
        }
        return n;
    }

    /**
     * The primitive cell of the given structure, Delaunay-reduced, in the orientation of the input
     * (not standardized); each site is the average of the input sites it stands for.
     */
    public Structure primitiveCell() {
        Cell p = result.primitive().cell();
        Structure.Builder b = Structure.builder(Lattice.ofRowMajor(p.lattice));
        int[] firstInput = firstInputSite(result.primitive().mapping(), p.size());
        for (int i = 0; i < p.size(); i++) {
            Site rep = structure.site(firstInput[i]);
            b.add(new Site(rep.species(), new double[] {p.frac[3 * i], p.frac[3 * i + 1], p.frac[3 * i + 2]},
                    rep.label()));
        }
        return b.build();
    }

    /** For each input site the index of its site in {@link #primitiveCell()}. */
    public int[] mappingToPrimitive() {
        return result.primitive().mapping().clone();
    }

    /**
     * The primitive cell's vectors as rows of combinations of the input vectors: primitive lattice
     * matrix = this · input lattice matrix (as {@link Lattice#transform}).
     */
    public double[][] primitiveTransformation() {
        return rows(Matrices.transpose(result.primitive().toInput()));
    }

    /**
     * The standardized conventional cell (spglib's convention): the standard setting of the
     * space-group type, lattice idealized to the exact metric of its crystal system and oriented with
     * a along x and b in the xy plane, positions symmetrized.
     */
    public Structure conventionalCell() {
        Structure.Builder b = Structure.builder(standard.lattice);
        int[] firstInput = firstInputSite(result.primitive().mapping(), result.primitive().cell().size());
        for (int i = 0; i < standard.toPrimitive.length; i++) {
            Site rep = structure.site(firstInput[standard.toPrimitive[i]]);
            b.add(new Site(rep.species(), new double[] {standard.frac[3 * i], standard.frac[3 * i + 1],
                standard.frac[3 * i + 2]}, rep.label()));
        }
        return b.build();
    }

    /**
     * The standardized primitive cell (spglib's {@code standardize_cell(to_primitive=True)}): the
     * primitive cell of {@link #conventionalCell()} chosen by the centring (e.g. a = (b + c)/2, ... of
     * the conventional vectors for F, the rhombohedral cell for R), same idealized metric and
     * symmetrized positions; for P centring the conventional cell itself.
     */
    public Structure standardPrimitiveCell() {
        double[] p = centering().primitiveBasis();
        double[] pInv = Matrices.inverse(p);
        Lattice lat = Lattice.ofRowMajor(Matrices.changeBasisLattice(standard.lattice.rowMajor(), p));
        Structure.Builder b = Structure.builder(lat);
        int[] firstInput = firstInputSite(result.primitive().mapping(), result.primitive().cell().size());
        double[] y = standard.primitivePositions;
        for (int i = 0; i < y.length / 3; i++) {
            double[] x = Matrices.mulVec(pInv, new double[] {y[3 * i], y[3 * i + 1], y[3 * i + 2]});
            Site rep = structure.site(firstInput[i]);
            b.add(new Site(rep.species(), new double[] {wrapped(x[0]), wrapped(x[1]), wrapped(x[2])}, rep.label()));
        }
        return b.build();
    }

    private static double wrapped(double x) {
        double w = Matrices.wrap(x);
        return Math.abs(w - 1) < 1e-12 || Math.abs(w) < 1e-12 ? 0 : w;
    }

    /** For each site of {@link #conventionalCell()}, the index of its site in {@link #primitiveCell()}. */
    public int[] conventionalToPrimitive() {
        return standard.toPrimitive.clone();
    }

    /**
     * spglib's transformation matrix P from the given cell to the standardized one (before
     * idealization): {@code x_std = P x + p} for fractional coordinates, and
     * {@code (a_std, b_std, c_std) = (a, b, c) P^-1} for basis vectors as columns.
     */
    public double[][] transformationMatrix() {
        return rows(standard.transformation);
    }

    /** spglib's origin shift p (fractional coordinates of the standardized cell). */
    public double[] originShift() {
        return standard.originShift.clone();
    }

    /**
     * The Wyckoff position of each site (letter and multiplicity of the standard setting, as in the
     * International Tables and spglib), from its symmetrized position in the standardized cell.
     */
    public List<WyckoffPosition> wyckoffPositions() {
        WyckoffPosition[] w = wyckoff;
        if (w == null) {
            WyckoffPosition[] prim = WyckoffAssigner.assign(result.match().setting(), standard.primitivePositions,
                    cellOps.primitiveOrbits);
            int[] map = result.primitive().mapping();
            w = new WyckoffPosition[map.length];
            for (int i = 0; i < map.length; i++) {
                w[i] = prim[map[i]];
                if (w[i] == null) {
                    throw new IllegalStateException("site " + i + " matches no Wyckoff position of "
                            + internationalSymbol());
                }
            }
            wyckoff = w;
        }
        return List.of(w);
    }

    /** Wyckoff letter of each site, e.g. {@code ["a", "a", "b", ...]} (spglib's {@code wyckoffs}). */
    public String[] wyckoffLetters() {
        return wyckoffPositions().stream().map(WyckoffPosition::letter).toArray(String[]::new);
    }

    /** Oriented site-symmetry symbol of each site, e.g. {@code "m-3m"}, {@code "..2"} (spglib's). */
    public String[] siteSymmetrySymbols() {
        return wyckoffPositions().stream().map(WyckoffPosition::siteSymmetry).toArray(String[]::new);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s (%d), point group %s, %s, %d operations, tolerance %.4g Å",
                internationalSymbol(), spaceGroupNumber(), pointGroup().symbol(), crystalSystem().name().toLowerCase(Locale.ROOT),
                operationCount(), tolerance());
    }

    private static int[] firstInputSite(int[] mapping, int n) {
        int[] first = new int[n];
        java.util.Arrays.fill(first, -1);
        for (int i = 0; i < mapping.length; i++) {
            if (first[mapping[i]] < 0) {
                first[mapping[i]] = i;
            }
        }
        return first;
    }

    private static double[][] rows(double[] m) {
        return new double[][] {{m[0], m[1], m[2]}, {m[3], m[4], m[5]}, {m[6], m[7], m[8]}};
    }
}
