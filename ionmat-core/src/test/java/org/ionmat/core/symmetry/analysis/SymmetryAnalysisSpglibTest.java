package org.ionmat.core.symmetry.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.ionmat.core.structure.Structure;

/**
 * Agreement with spglib 2.0.2 (golden values from scripts/golden/spglib_symmetry_golden.py) on the
 * 254 OBELiX CIFs and on synthetic structures (prototypes with supercells, noise, basis changes and
 * origin shifts; one random structure per space-group type), at symprec 0.01 and 0.1 Å: space-group
 * number, symbols, Hall number, point group, number of operations, equivalent atoms and
 * crystallographic orbits (as partitions), primitive cell size and partition, the standardized
 * cell's size and lattice parameters, site-symmetry symbols, and Wyckoff letters (identical in most
 * cases, otherwise related by a relabelling of the Euclidean normalizer, i.e. an equally valid other
 * origin of the standard cell).
 */
class SymmetryAnalysisSpglibTest {

    @ParameterizedTest(name = "{0} at {1} Å")
    @CsvSource({"obelix-spglib.json.gz, 0.01, 0.99, 0.98", "obelix-spglib.json.gz, 0.1, 0.99, 0.98",
        "synthetic-spglib.json.gz, 0.01, 0.95, 0.45", "synthetic-spglib.json.gz, 0.1, 0.95, 0.45"})
    void agreesWithSpglib(String resource, String symprec, double letterShare, double transformShare) {
        List<GoldenStructures.Entry> entries = GoldenStructures.load(resource);
        List<String> failures = new ArrayList<>();
        int compared = 0;
        int sameLetters = 0;
        int sameTransformation = 0;
        for (GoldenStructures.Entry e : entries) {
            JsonNode ref = e.spglib().get(symprec);
            if (ref == null) {
                continue; // spglib found no space group (one OBELiX entry at 0.1)
            }
            compared++;
            SymmetryAnalysis a = SymmetryAnalysis.of(e.structure(), Double.parseDouble(symprec));
            check(failures, e.id(), "number", ref.get("number").asInt(), a.spaceGroupNumber());
            check(failures, e.id(), "international", ref.get("international").asText(), a.internationalSymbol());
            check(failures, e.id(), "hall", ref.get("hall").asText(), a.hallSymbol());
            check(failures, e.id(), "hall number", ref.get("hall_number").asInt(), a.hallNumber());
            check(failures, e.id(), "point group", ref.get("pointgroup").asText(), a.pointGroup().symbol());
            check(failures, e.id(), "setting choice", ref.get("choice").asText(), a.settingChoice());
            check(failures, e.id(), "operations", ref.get("n_operations").asInt(), a.operationCount());
            check(failures, e.id(), "equivalent atoms", true, GoldenStructures.samePartition(
                    GoldenStructures.ints(ref.get("equivalent_atoms")), a.equivalentAtoms()));
            check(failures, e.id(), "orbits", true, GoldenStructures.samePartition(
                    GoldenStructures.ints(ref.get("crystallographic_orbits")), a.crystallographicOrbits()));
            check(failures, e.id(), "primitive size", ref.get("n_primitive").asInt(), a.primitiveCell().size());
            check(failures, e.id(), "primitive mapping", true, GoldenStructures.samePartition(
                    GoldenStructures.ints(ref.get("mapping_to_primitive")), a.mappingToPrimitive()));
            check(failures, e.id(), "standard size", ref.get("n_std").asInt(), a.conventionalCell().size());
            String[] letters = a.wyckoffLetters();
            String[] siteSymmetry = a.siteSymmetrySymbols();
            int[] ours = new int[letters.length];
            int[] theirs = new int[letters.length];
            boolean exact = true;
            for (int i = 0; i < letters.length; i++) {
                check(failures, e.id(), "site symmetry of site " + i, ref.get("site_symmetry_symbols").get(i).asText(),
                        siteSymmetry[i]);
                String w = ref.get("wyckoffs").get(i).asText();
                exact &= w.equals(letters[i]);
                ours[i] = letters[i].charAt(0);
                theirs[i] = w.charAt(0);
            }
            // letters may differ by a relabelling of the normalizer (another equally valid origin or
            // orientation of the standard cell), never by a different grouping of the sites
            check(failures, e.id(), "Wyckoff letters up to relabelling", true, GoldenStructures.samePartition(ours, theirs));
            if (exact) {
                sameLetters++;
            }
            if (sameTransformation(a, ref)) {
                sameTransformation++;
            }
            double[] p = a.conventionalCell().lattice().parameters();
            for (int k = 0; k < 6; k++) {
                double expected = ref.get("std_parameters").get(k).asDouble();
                if (Math.abs(p[k] - expected) > (k < 3 ? 1e-4 : 1e-3)) {
                    failures.add(e.id() + ": standard lattice parameter " + k + " " + p[k] + " vs spglib " + expected);
                }
            }
            Structure prim = a.standardPrimitiveCell();
            check(failures, e.id(), "standard primitive size", ref.get("n_std_primitive").asInt(), prim.size());
            double[] q = prim.lattice().parameters();
            for (int k = 0; k < 6; k++) {
                double expected = ref.get("std_primitive_parameters").get(k).asDouble();
                if (Math.abs(q[k] - expected) > (k < 3 ? 1e-4 : 1e-3)) {
                    failures.add(e.id() + ": standard primitive parameter " + k + " " + q[k] + " vs spglib " + expected);
                }
            }
        }
        assertTrue(compared >= entries.size() - 1, "compared " + compared + " of " + entries.size());
        // where several standard cells are equally valid (related by the normalizer), ionmat takes the
        // one closest to the input and spglib its own: measured shares of identical Wyckoff letters
        // (OBELiX 253/254, synthetic 522/537 at 0.01 Å) and of identical transformation and origin
        // (OBELiX 252/254, synthetic 259/537: random bases) are kept as floors
        assertTrue(sameLetters >= letterShare * compared, "Wyckoff letters identical to spglib's for only "
                + sameLetters + " of " + compared);
        assertTrue(sameTransformation >= transformShare * compared, "transformation and origin shift identical "
                + "to spglib's for only " + sameTransformation + " of " + compared);
        assertEquals(List.of(), failures, failures.size() + " disagreements with spglib");
    }

    private static boolean sameTransformation(SymmetryAnalysis a, JsonNode ref) {
        double[][] t = a.transformationMatrix();
        for (int i = 0; i < 3; i++) {
            double d = a.originShift()[i] - ref.get("origin_shift").get(i).asDouble();
            if (Math.abs(d - Math.rint(d)) > 1e-3) {
                return false;
            }
            for (int j = 0; j < 3; j++) {
                if (Math.abs(t[i][j] - ref.get("transformation_matrix").get(i).get(j).asDouble()) > 1e-6) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void check(List<String> failures, String id, String what, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            failures.add(id + ": " + what + " " + actual + " vs spglib " + expected);
        }
    }
}
