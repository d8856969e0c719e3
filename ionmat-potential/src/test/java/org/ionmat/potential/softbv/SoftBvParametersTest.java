package org.ionmat.potential.softbv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Species;

class SoftBvParametersTest {

    private static final SoftBvParameters P = SoftBvParameters.standard();

    @Test
    void shippedTablesHaveEveryRow() {
        assertEquals(968, P.pairs().size());
        assertEquals(191, P.ions().size());
    }

    @Test
    void pairRowsMatchTheSourceTableQuotedInTheSeed() {
        // rows quoted in seeds/000 §3.4 from dembart/aBVff database_binary.txt
        check(P.pair(Species.parse("Ba2+"), Species.parse("O2-")), 2.15998, 0.437, 9.87, 6);
        check(P.pair(Species.parse("Ga3+"), Species.parse("O2-")), 1.71606, 0.373, 4.90476, 5);
        check(P.pair(Species.parse("Co2+"), Species.parse("O2-")), 1.59773, 0.451, 5.50602, 5.5);
        check(P.pair(Species.parse("Li+"), Species.parse("O2-")), 1.17096, 0.516, 5.07292, 5.5);
        SoftBvPair fe = P.pair(Species.parse("Fe3+"), Species.parse("O2-"));
        check(fe, 1.73154, 0.39, 5, 5);
        assertEquals("1.708400 0.420000 5.727230 5.00", fe.note());
        assertEquals("RCN estimated", P.findPair("B", 3, "I", -1).orElseThrow().note());
        // alternative oxygen parameters are reachable by their label only
        assertTrue(P.findPair("Fe", 3, "Ox", -2).isPresent());
    }

    @Test
    void ionRowsMatchTheSource() {
        SoftBvIon o = P.ion(Species.parse("O2-"));
        assertEquals(2, o.principalQuantumNumber());
        assertEquals(0.14752, o.softness(), 0);
        assertEquals(1.33, o.radius(), 0);
        assertEquals(1, o.c());
        SoftBvIon la = P.ion(Species.parse("La3+"));
        assertEquals(6, la.principalQuantumNumber());
        assertEquals(2, la.c()); // f block
        assertEquals(2, P.ion(Species.parse("Fe3+")).c()); // d block
        assertEquals(1, P.ion(Species.parse("Ga3+")).c()); // p block
        assertEquals(0.02847, P.ion(Species.parse("Li+")).softness(), 0);
    }

    @Test
    void bondValenceIsOneAtR0() {
        SoftBvPair p = P.pair(Species.parse("Li+"), Species.parse("O2-"));
        assertEquals(1.0, p.bondValence(p.r0()), 1e-15);
        assertEquals(Math.exp(-1), p.bondValence(p.r0() + p.b()), 1e-15);
    }

    @Test
    void missingPairIsAnErrorNamingIt() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> P.pair(Species.parse("Li+"), Species.parse("At-")));
        assertTrue(e.getMessage().contains("Li1+–At1-"), e.getMessage());
        assertFalse(P.findPair(Species.parse("Li+"), Species.parse("At-")).isPresent());
        InvalidInputException noState = assertThrows(InvalidInputException.class,
                () -> P.pair(Species.parse("Li"), Species.parse("O2-")));
        assertTrue(noState.getMessage().contains("Li"), noState.getMessage());
        InvalidInputException mixed = assertThrows(InvalidInputException.class,
                () -> P.pair(Species.parse("Fe2.5+"), Species.parse("O2-")));
        assertTrue(mixed.getMessage().contains("Fe2.5+"), mixed.getMessage());
        assertThrows(InvalidInputException.class, () -> P.pair(Species.parse("O2-"), Species.parse("Li+")));
        InvalidInputException ion = assertThrows(InvalidInputException.class, () -> P.ion(Species.parse("Pu4+")));
        assertTrue(ion.getMessage().contains("Pu4+"), ion.getMessage());
    }

    @Test
    void malformedTableNamesFileLineAndToken() {
        String pairs = "# c\ncation\tcation_os\tanion\tanion_os\tr0\tb\tcn\tr_cutoff\tnote\nLi\t1\tO\t-2\t1.17\tx\t5\t5.5\t\n";
        String ions = "type\tz\tos\tdefault_os\tmass\tn\tgroup\tblock\tradius\tsoftness\n";
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> SoftBvParameters.read(new StringReader(pairs), "p.tsv", new StringReader(ions), "i.tsv"));
        assertEquals("p.tsv", e.source());
        assertEquals(3, e.line());
        assertEquals("x", e.token());
    }

    @Test
    void resourceRowsEqualTheSharedSourceFiles() throws IOException {
        String root = System.getProperty("ionmat.shared", "../../shared");
        Path src = Path.of(root, "data", "bondvalence", "softbv_pairs.tsv");
        Assumptions.assumeTrue(Files.isRegularFile(src), "shared data not found at " + src);
        List<String> lines = Files.readAllLines(src);
        assertEquals(P.pairs().size(), lines.size() - 1);
        for (int k = 1; k < lines.size(); k++) {
            String[] f = lines.get(k).split("\t");
            SoftBvPair p = P.pairs().get(k - 1);
            assertEquals(f[0], p.cation());
            assertEquals(Integer.parseInt(f[1]), p.cationOxidation());
            assertEquals(f[2], p.anion());
            assertEquals(Double.parseDouble(f[4]), p.r0(), 0);
            assertEquals(Double.parseDouble(f[5]), p.b(), 0);
            assertEquals(Double.parseDouble(f[6]), p.meanCoordination(), 0);
            assertEquals(Double.parseDouble(f[7].split("!")[0].trim()), p.cutoff(), 0);
        }
    }

    private static void check(SoftBvPair p, double r0, double b, double cn, double cut) {
        assertEquals(r0, p.r0(), 0, p.label());
        assertEquals(b, p.b(), 0, p.label());
        assertEquals(cn, p.meanCoordination(), 0, p.label());
        assertEquals(cut, p.cutoff(), 0, p.label());
    }
}
