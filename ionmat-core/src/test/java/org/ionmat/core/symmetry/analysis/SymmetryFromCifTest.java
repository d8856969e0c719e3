package org.ionmat.core.symmetry.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.ionmat.core.io.cif.CifReader;
import org.ionmat.core.structure.Structure;

/**
 * End to end: the OBELiX CIFs read by ionmat's own CIF reader give spglib's space group, number of
 * operations and equivalent atoms (golden values of pymatgen-read structures; the main golden test,
 * {@link SymmetryAnalysisSpglibTest}, does not depend on the reader).
 */
class SymmetryFromCifTest {

    @Test
    void obelixCifsReadByIonmatAgreeWithSpglib() {
        Path dir = Path.of(System.getProperty("ionmat.shared", "../shared"), "data", "obelix", "cifs");
        Assumptions.assumeTrue(Files.isDirectory(dir), "OBELiX CIFs not found at " + dir);
        List<String> failures = new ArrayList<>();
        for (GoldenStructures.Entry e : GoldenStructures.load("obelix-spglib.json.gz")) {
            Structure s = CifReader.readFirst(dir.resolve(e.id() + ".cif"));
            JsonNode ref = e.spglib().get("0.01");
            SymmetryAnalysis a = SymmetryAnalysis.of(s, 0.01);
            if (a.spaceGroupNumber() != ref.get("number").asInt() || a.operationCount() != ref.get("n_operations").asInt()
                    || !GoldenStructures.samePartition(a.equivalentAtoms(), GoldenStructures.ints(ref.get("equivalent_atoms")))) {
                failures.add(e.id() + ": " + a + " vs spglib " + ref.get("international").asText());
            }
        }
        assertEquals(List.of(), failures);
    }
}
