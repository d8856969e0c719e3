package org.ionmat.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Niggli and LLL reduction against ASE ({@code niggli_reduce_cell}) and pymatgen
 * ({@code get_niggli_reduced_lattice}, {@code get_lll_reduced_lattice}) on 320 random, skewed and
 * symmetric cells; golden values made by {@code scripts/golden/lattice_reduction.py}.
 */
class LatticeReductionGoldenTest {

    private record Row(String kind, double[] matrix, double[] pymatgen, double[] ase, double[] lll) {
    }

    private static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = LatticeReductionGoldenTest.class.getResourceAsStream("/golden/lattice_reduction.csv")) {
            assertNotNull(in, "golden/lattice_reduction.csv missing");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] p = line.split(",");
                double[] v = new double[p.length - 1];
                for (int i = 1; i < p.length; i++) {
                    v[i - 1] = Double.parseDouble(p[i]);
                }
                rows.add(new Row(p[0], slice(v, 0, 9), slice(v, 9, 6), slice(v, 15, 6), slice(v, 21, 9)));
            }
        }
        return rows;
    }

    private static double[] slice(double[] v, int from, int n) {
        double[] r = new double[n];
        System.arraycopy(v, from, r, 0, n);
        return r;
    }

    private static boolean sameParameters(double[] p, double[] q) {
        for (int k = 0; k < 6; k++) {
            if (Math.abs(p[k] - q[k]) > (k < 3 ? 1e-6 : 1e-5)) {
                return false;
            }
        }
        return true;
    }

    /**
     * ionmat's Niggli cell must equal the ASE or the pymatgen cell on every input. Both peers have
     * defects, and every disagreement must be explained by one of them:
     * <ul>
     *   <li>pymatgen 2022.11.7 returns a wrong cell for about 7 % of the inputs: its parameters are
     *       either not a basis of the input lattice at all, or not Niggli reduced;</li>
     *   <li>ASE updates the metric incrementally without a prior LLL step and loses precision on
     *       inputs with vectors longer than 1000 Å (errors of 1e-5 Å).</li>
     * </ul>
     */
    @Test
    void niggliCellEqualsPeersAndEveryDisagreementIsAPeerDefect() throws IOException {
        List<Row> rows = rows();
        assertEquals(320, rows.size());
        int both = 0;
        int pymatgenWrong = 0;
        int aseImprecise = 0;
        for (Row row : rows) {
            Lattice in = Lattice.ofRowMajor(row.matrix());
            ReducedLattice red = NiggliReduction.reduce(in);
            double[] p = red.lattice().parameters();
            boolean ase = sameParameters(p, row.ase());
            boolean pmg = sameParameters(p, row.pymatgen());
            assertTrue(ase || pmg, () -> row.kind() + " cell " + in + ": ionmat " + red.lattice()
                    + " agrees with neither ASE " + java.util.Arrays.toString(row.ase())
                    + " nor pymatgen " + java.util.Arrays.toString(row.pymatgen()));
            if (ase && pmg) {
                both++;
            }
            if (!pmg) {
                pymatgenWrong++;
                double[] q = row.pymatgen();
                Lattice pmgCell = Lattice.fromParameters(q[0], q[1], q[2], q[3], q[4], q[5]);
                assertTrue(!isBasisWithParameters(red.lattice(), q) || !NiggliReduction.isNiggliReduced(pmgCell, 1e-5),
                        () -> "pymatgen cell " + pmgCell + " is a Niggli basis of " + in + " but differs from " + red.lattice());
            }
            if (!ase) {
                aseImprecise++;
                assertTrue(Math.max(in.a(), Math.max(in.b(), in.c())) > 1000,
                        () -> "ASE differs on a cell without huge vectors: " + in);
            }
        }
        assertTrue(both >= 290, "both peers agree with ionmat on only " + both + " cells");
        assertTrue(pymatgenWrong <= 30 && aseImprecise <= 5, pymatgenWrong + " " + aseImprecise);
    }

    /**
     * True if some basis of the lattice spanned by {@code reduced} (vectors with coefficients -2..2,
     * enough for a reduced basis) has the parameters {@code q} (1e-6 Å, 1e-4 degrees).
     */
    private static boolean isBasisWithParameters(Lattice reduced, double[] q) {
        List<double[]> cand = new ArrayList<>();
        for (int i = -2; i <= 2; i++) {
            for (int j = -2; j <= 2; j++) {
                for (int k = -2; k <= 2; k++) {
                    double[] v = reduced.toCartesian(new double[] {i, j, k});
                    cand.add(v);
                }
            }
        }
        for (double[] a : cand) {
            if (Math.abs(norm(a) - q[0]) > 1e-6) {
                continue;
            }
            for (double[] b : cand) {
                if (Math.abs(norm(b) - q[1]) > 1e-6 || Math.abs(angle(a, b) - q[5]) > 1e-4) {
                    continue;
                }
                for (double[] c : cand) {
                    if (Math.abs(norm(c) - q[2]) > 1e-6 || Math.abs(angle(b, c) - q[3]) > 1e-4
                            || Math.abs(angle(a, c) - q[4]) > 1e-4) {
                        continue;
                    }
                    double vol = Math.abs(a[0] * (b[1] * c[2] - b[2] * c[1]) - a[1] * (b[0] * c[2] - b[2] * c[0])
                            + a[2] * (b[0] * c[1] - b[1] * c[0]));
                    if (Math.abs(vol - reduced.volume()) < 1e-6 * reduced.volume()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static double norm(double[] v) {
        return Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    }

    private static double angle(double[] u, double[] v) {
        return Math.toDegrees(Math.acos((u[0] * v[0] + u[1] * v[1] + u[2] * v[2]) / (norm(u) * norm(v))));
    }

    @Test
    void lllMatrixEqualsPymatgen() throws IOException {
        int compared = 0;
        for (Row row : rows()) {
            if (row.kind().equals("symmetric")) {
                continue; // exact ties (mu = 1/2) make LLL depend on rounding noise
            }
            compared++;
            Lattice in = Lattice.ofRowMajor(row.matrix());
            double[] m = LllReduction.reduce(in).lattice().rowMajor();
            double scale = Math.cbrt(in.volume());
            for (int k = 0; k < 9; k++) {
                assertEquals(row.lll()[k], m[k], 1e-9 * scale, () -> row.kind() + " cell " + in + " LLL differs");
            }
        }
        assertEquals(240, compared);
    }
}
