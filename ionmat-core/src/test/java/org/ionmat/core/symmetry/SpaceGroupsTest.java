package org.ionmat.core.symmetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Lookups by number, Hall number, Hall symbol and Hermann-Mauguin symbol in its many spellings. */
class SpaceGroupsTest {

    private static int hall(String s) {
        return SpaceGroups.lookup(s).orElseThrow(() -> new AssertionError("no group for '" + s + "'")).hallNumber();
    }

    /**
     * Default settings, expected Hall numbers from spglib's table (scripts/data): origin choice 1 and
     * hexagonal axes, as pymatgen's SpaceGroup.from_int_number and ASE's Spacegroup(n) (checked with
     * pymatgen 2022.11.7 and ASE 3.22.1: 227 -> 'Fd-3m1' / setting 1, 167 -> 'R-3cH' / setting 1).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1|1", "2|2", "14|81", "15|90", "62|292", "68|322", "129|408", "141|426", "146|433", "166|458",
        "167|460", "194|488", "225|523", "227|525", "230|530",
        " 227 |525", "227:2|526", "227:Z|526", "227:1|525", "167:R|461", "167:H|460", "14:b2|82", "62:cab|294",
        "Fd-3m|525", "Fd-3m:1|525", "Fd-3m:2|526", "F d -3 m :2|526", "F d -3 m Z|526", "F d -3 m S|525",
        "Fd-3m (origin choice 2)|526", "Fd-3mZ|526",
        "R-3c|460", "R-3c:H|460", "R-3c:R|461", "R -3 c :R|461", "R -3 c R|461", "R-3cR|461", "R-3c:r|461",
        "R 3 2|444", "R32:R|445", "R -3 m H|458",
        "P4/nmm|408", "P4/nmm:2|409", "P 4/n m m Z|409", "P 4/n 21/m 2/m:2|409",
        "Pnma|292", "P n m a|292", "Pbnm|294", "P b n m|294", "Pmcn|296", "P 21/n 21/m 21/a|292",
        "P2_1/c|81", "P21/c|81", "P 21/c|81", "P 2_1/c|81", "P2(1)/c|81", "P2~1~/c|81", "P 2{1}/c|81",
        "p21/c|81", "P 21/C|81", "'P 21/c'|81", "P 1 21/c 1|81", "P 1 2_1/c 1|81", "P1 21/c1|81",
        "P21/n|82", "P 1 21/n 1|82", "P21/a|83", "P 1 21/a 1|83", "P 1 1 21/b|86", "P21/b|86", "P 21/c 1 1|89",
        "P2/c|72", "C2/c|90", "C 1 2/c 1|90", "I2/a|92", "C2/m|63", "Cc|39", "Pc|21", "P 1 1 2|4", "P2|3",
        "Fm-3m|523", "F m -3 m|523", "Fm -3m|523", "FM-3M|523", "fm-3m|523", "F 4/m -3 2/m|523", "Fm3m|523",
        "F m 3 m|523", "Ia-3d|530", "Ia3d|530", "I a -3 d|530", "Pm3m|517", "Pn3|495", "Pa-3|501", "Pa3|501",
        "Fd3m|525", "F d 3 m :2|526",
        "Im-3m|529", "I 41/a m d|426", "I4_1/amd:2|427", "P 42/n m c|420", "P4_2/nmc:2|421", "P 42/n mc|420",
        "P63/mmc|488", "P6_3/mmc|488", "P 63/m m c|488", "P 6_3/m 2/m 2/c|488", "P 63 m c|480",
        "P3221|443", "P 32 2 1|443", "P 3_2 2 1|443", "P3_212|442", "P312|438", "P 3 1 2|438", "P321|439",
        "P32|432", "P 32|432", "P3_2|432", "P-3m1|456", "P -3 m 1|456", "P-31m|454",
        "P212121|115", "P 21 21 21|115", "P2_12_12_1|115", "P2(1)2(1)2(1)|115", "Pna21|164", "P n a 21|164",
        "Pca2_1|143", "Cmc21|176", "C m c 21|176", "Pmn21|155",
        "Cmce|304", "Cmca|304", "C m c a|304", "C 2/m 2/c 21/a|304", "Abma|306", "Aem2|191", "Abm2|191",
        "Aba2|203", "Cmma|316", "Cmmb|317", "Ccca|322", "Ccca:2|323", "Bbcb|330", "Bbcb:2|331",
        "Pncb:1|235", "Pncb:2|236", "Pban|233", "Pban:2|234",
        "P1|1", "P 1|1", "P-1|2", "P -1|2", "Fm-3m:1|523", "P 4 3 2|503", "P 2 3|489", "I-43d|516",
        "R3|433", "R 3 :R|434", "P6_122|472", "P 61 2 2|472", "P6522|473", "P 62 2 2|474", "P4_332|508",
        "P 43 3 2|508", "P 41 3 2|509",
        "-P 2ybc|81", "-P 2yn|82", "-p 2YBC|81", "-P_2ybc|81", "  -P  2ybc  |81", "-F 4vw 2vw 3|526",
        "F 4d 2 3 -1d|525", "P 61 2 (0 0 -1)|472", "P 3*|434", "-R 3 2\"c|460", "-R 3 2''c|460",
        "P 3 2|438", "P 3 2\"|439", "P 2yb (0 0 0)|6", "P 2 2 3|489"
    })
    void lookups(String text, int expectedHall) {
        assertEquals(expectedHall, hall(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "Xyz", "P 7", "P7", "0", "231", "999", "Fm-3m:2", "P6_3/mmc:R", "P2_1/c:H",
        "227:3", "227:", "14:x9", "Q2/m", "P 2_1 1 1 1", "P 2 1 2 1 2 1", "P21/c21", "-P", "P 5", "F m -3 m :R",
        "Pnma extra", "P2/q", "Pm-3m (origin choice 2)", "1 2"})
    void unknownSymbolsGiveEmpty(String text) {
        assertEquals(Optional.empty(), SpaceGroups.lookup(text), text);
        if (!text.equals("P 5")) {
            assertEquals(Optional.empty(), SpaceGroups.operations(text), text);
        }
    }

    @Test
    void nullGivesEmpty() {
        assertEquals(Optional.empty(), SpaceGroups.lookup(null));
        assertEquals(Optional.empty(), SpaceGroups.operations(null));
        assertEquals(Optional.empty(), SpaceGroups.byHermannMauguin(null));
        assertEquals(Optional.empty(), SpaceGroups.byHallSymbol(null));
        assertEquals(Optional.empty(), SpaceGroups.byNumber(0));
        assertEquals(Optional.empty(), SpaceGroups.byHallNumber(531));
        assertTrue(SpaceGroups.settings(231).isEmpty());
    }

    @Test
    void hallSymbolAndHermannMauguinReadingsOfOneStringCanDiffer() {
        // "P 2" as a Hall symbol is P 1 1 2 (axis c); as a Hermann-Mauguin symbol the default P 1 2 1
        assertEquals(4, SpaceGroups.byHallSymbol("P 2").orElseThrow().hallNumber());
        assertEquals(3, SpaceGroups.byHermannMauguin("P 2").orElseThrow().hallNumber());
        assertEquals(3, hall("P 2"));
        // "P 3 2" is no Hermann-Mauguin symbol (a space never joins a screw subscript), so it is Hall's P312
        assertEquals(Optional.empty(), SpaceGroups.byHermannMauguin("P 3 2"));
        assertEquals(438, hall("P 3 2"));
    }

    /** Every tabulated Hall symbol read back gives the same operations, whichever reading wins. */
    @Test
    void everyTabulatedHallSymbolReadsBack() {
        List<String> failures = new ArrayList<>();
        for (SpaceGroupTable.Entry e : SpaceGroupTable.get().entries()) {
            SpaceGroup byHall = SpaceGroups.byHallSymbol(e.hallSymbol()).orElseThrow();
            if (!sameOperations(byHall, SpaceGroups.byHallNumber(e.hallNumber()).orElseThrow())) {
                failures.add("byHallSymbol " + e.hallSymbol());
            }
            Optional<List<SymmetryOperation>> ops = SpaceGroups.operations(e.hallSymbol());
            if (ops.isEmpty()) {
                failures.add("operations " + e.hallSymbol());
            }
        }
        assertTrue(failures.isEmpty(), failures.toString());
    }

    /** Every tabulated spelling of every setting finds a setting of the same number; unique ones find it exactly. */
    @Test
    void everyTabulatedSymbolReadsBack() {
        Map<String, Set<Integer>> numbersByKey = SpaceGroups.numbersByKey();
        for (Map.Entry<String, Set<Integer>> k : numbersByKey.entrySet()) {
            assertEquals(1, k.getValue().size(), "symbol key '" + k.getKey() + "' names several groups " + k.getValue());
        }
        List<String> failures = new ArrayList<>();
        for (SpaceGroupTable.Entry e : SpaceGroupTable.get().entries()) {
            for (String spelling : HermannMauguin.spellingsOf(e)) {
                String withSetting = spelling + (e.setting().isEmpty() ? "" : ":" + e.setting());
                for (String variant : List.of(spelling, spelling.replace(" ", ""), spelling.replace("_", ""),
                        spelling.replace(" ", "").replace("_", ""), spelling.toUpperCase(), withSetting)) {
                    Optional<SpaceGroup> g = SpaceGroups.byHermannMauguin(variant);
                    if (g.isEmpty() || g.get().number() != e.number()) {
                        failures.add(variant + " -> " + g);
                    } else if (variant == withSetting && !sameOperations(g.get(),
                            SpaceGroups.byHallNumber(e.hallNumber()).orElseThrow())) {
                        failures.add(variant + " -> " + g.get().hallNumber() + " not " + e.hallNumber());
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " failures: " + failures.subList(0, Math.min(30, failures.size())));
    }

    @Test
    void operationsOfHallSymbolsOutsideTheTable() {
        // P 2yb with the origin moved by c/12: a valid Hall symbol, not a tabulated setting
        List<SymmetryOperation> ops = SpaceGroups.operations("P 2yb (0 0 1)").orElseThrow();
        assertEquals(2, ops.size());
        assertTrue(ops.get(1).equalsModuloLattice(SymmetryOperation.parse("-x, y+1/2, -z+1/6"), 1e-12));
        assertEquals(Optional.empty(), SpaceGroups.lookup("P 2yb (0 0 1)"));
    }

    @Test
    void namesAndMetadata() {
        SpaceGroup g = SpaceGroups.lookup("Fd-3m:2").orElseThrow();
        assertEquals(227, g.number());
        assertEquals(526, g.hallNumber());
        assertEquals("-F 4vw 2vw 3", g.hallSymbol());
        assertEquals("Fd-3m", g.shortSymbol());
        assertEquals("F d -3 m", g.spacedShortSymbol());
        assertEquals("F 4_1/d -3 2/m", g.fullSymbol());
        assertEquals("2", g.setting());
        assertEquals("Fd-3m:2", g.label());
        assertEquals("Oh^7", g.schoenflies());
        assertEquals("m-3m", g.pointGroup());
        assertEquals(CrystalSystem.CUBIC, g.crystalSystem());
        assertEquals('F', g.centring());
        assertTrue(g.isCentrosymmetric());
        assertFalse(SpaceGroups.lookup("Fd-3m:1").orElseThrow().operations().contains(
                SymmetryOperation.parse("-x,-y,-z")));   // origin choice 1: inversion centre off the origin
        assertTrue(g.operations().contains(SymmetryOperation.parse("-x,-y,-z")));
        assertEquals("Fd-3m:2 (227)", g.toString());

        SpaceGroup p21n = SpaceGroups.lookup("P21/n").orElseThrow();
        assertEquals("P2_1/n", p21n.shortSymbol());
        assertEquals("P 1 2_1/n 1", p21n.fullSymbol());
        assertEquals("b2", p21n.setting());
        assertEquals("P2_1/n", p21n.label());
        assertEquals(List.of("x, y, z", "-x+1/2, y+1/2, -z+1/2", "-x, -y, -z", "x+1/2, -y+1/2, z+1/2"),
                p21n.operationsXyz());

        assertEquals("P112_1/n", SpaceGroups.lookup("P 1 1 21/n").orElseThrow().label());
        assertEquals("P2_1/b", SpaceGroups.lookup("P 1 1 21/b").orElseThrow().shortSymbol());
        assertEquals("Pbnm", SpaceGroups.lookup("62:cab").orElseThrow().label());

        SpaceGroup r = SpaceGroups.lookup("R-3c:R").orElseThrow();
        assertEquals('P', r.centring());
        assertEquals("R-3c:R", r.label());
        assertEquals(3, SpaceGroups.lookup("R-3c").orElseThrow().centringTranslations().size());
        assertEquals(CrystalSystem.TRIGONAL, r.crystalSystem());
        assertEquals(2, SpaceGroups.settings(227).size());
        assertEquals(List.of("", "ba-c", "cab", "-cba", "bca", "a-cb"),
                SpaceGroups.settings(62).stream().map(SpaceGroup::setting).toList());
        assertEquals(SpaceGroups.byNumber(62, "cab"), SpaceGroups.lookup("Pbnm"));
        assertEquals(Optional.empty(), SpaceGroups.byNumber(62, "xyz"));
        assertEquals(SpaceGroups.byNumber(225), SpaceGroups.byNumber(225, "1"));
        assertEquals(SpaceGroups.byNumber(225), SpaceGroups.byNumber(225, ""));
    }

    /** pymatgen's operations for the default settings agree (see the class comment of lookups). */
    @Test
    void fromOperationsFindsEverySetting() {
        Random rnd = new Random(42);
        for (int hall = 1; hall <= 530; hall++) {
            SpaceGroup g = SpaceGroups.byHallNumber(hall).orElseThrow();
            List<SymmetryOperation> shuffled = new ArrayList<>();
            for (SymmetryOperation op : g.operations()) {
                double[] t = op.translation();
                for (int i = 0; i < 3; i++) {
                    t[i] += rnd.nextInt(3) - 1 + (rnd.nextDouble() - 0.5) * 1e-5;   // other lattice image, rounding
                }
                shuffled.add(new SymmetryOperation(op.rotation(), t));
            }
            Collections.shuffle(shuffled, rnd);
            SpaceGroup found = SpaceGroups.fromOperations(shuffled, 1e-4).orElseThrow();
            assertTrue(sameOperations(found, g), "Hall number " + hall + " identified as " + found.hallNumber());
            if (g.order() > 1) {
                // one operation fewer: no setting, or (when the rest happens to be a group) a smaller one
                List<SymmetryOperation> fewer = shuffled.subList(1, shuffled.size());
                SpaceGroups.fromOperations(fewer, 1e-4).ifPresent(h -> assertEquals(fewer.size(), h.order()));
            }
        }
        // 1/3 written as 0.3333 is accepted with a loose tolerance and refused with a tight one
        List<SymmetryOperation> r3 = new ArrayList<>();
        for (String xyz : List.of("x,y,z", "-y,x-y,z", "-x+y,-x,z", "x+0.6667,y+0.3333,z+0.3333",
                "-y+0.6667,x-y+0.3333,z+0.3333", "-x+y+0.6667,-x+0.3333,z+0.3333", "x+0.3333,y+0.6667,z+0.6667",
                "-y+0.3333,x-y+0.6667,z+0.6667", "-x+y+0.3333,-x+0.6667,z+0.6667")) {
            r3.add(SymmetryOperation.parse(xyz));
        }
        assertEquals(433, SpaceGroups.fromOperations(r3, 1e-3).orElseThrow().hallNumber());
        assertEquals(Optional.empty(), SpaceGroups.fromOperations(r3, 1e-6));
    }

    /** Random strings built from the characters of both notations never throw, and what is found is consistent. */
    @Test
    void randomTextNeverThrows() {
        String alphabet = "PABCIRFSTZHpabcdemnxyzuvw1234560-/_:'\"*() ,.";
        Random rnd = new Random(7);
        int found = 0;
        for (int i = 0; i < 5000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + rnd.nextInt(12);
            for (int k = 0; k < len; k++) {
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            Optional<SpaceGroup> g = SpaceGroups.lookup(text);
            Optional<List<SymmetryOperation>> ops = SpaceGroups.operations(text);
            if (g.isPresent()) {
                found++;
                assertEquals(g.get().operations(), ops.orElseThrow(), text);
            }
            ops.ifPresent(o -> assertTrue(o.size() >= 1 && o.size() <= 192, text));
        }
        assertTrue(found > 0, "no random string named a group; the test exercises nothing");
    }

    private static boolean sameOperations(SpaceGroup a, SpaceGroup b) {
        return new HashSet<>(a.operations()).equals(new HashSet<>(b.operations()));
    }
}
