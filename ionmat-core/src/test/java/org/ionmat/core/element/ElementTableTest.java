package org.ionmat.core.element;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Element table against published values (IUPAC/CIAAW, Pauling, Cordero 2008, Shannon 1976). */
class ElementTableTest {

    @Test
    void allElementsPresentInOrderOfZ() {
        Element[] all = Element.values();
        assertEquals(103, all.length);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < all.length; i++) {
            Element e = all[i];
            assertEquals(i + 1, e.z());
            assertSame(e, Element.ofZ(i + 1));
            assertTrue(names.add(e.fullName()), "duplicate name " + e.fullName());
            assertTrue(e.atomicMass() > 0, e + " mass");
            assertTrue(e.period() >= 1 && e.period() <= 7, e + " period");
            assertTrue(e.group() >= 1 && e.group() <= 18, e + " group");
            assertTrue(e.period() >= (i == 0 ? 1 : all[i - 1].period()), "period decreases at " + e);
        }
    }

    @Test
    void atomicMassesMatchCiaawStandardAtomicWeights() {
        // CIAAW abridged standard atomic weights; the shipped IUPAC 2001-2005 values are within 0.03.
        assertEquals(6.94, Element.Li.atomicMass(), 0.002);
        assertEquals(1.008, Element.H.atomicMass(), 0.001);
        assertEquals(15.999, Element.O.atomicMass(), 0.001);
        assertEquals(55.845, Element.Fe.atomicMass(), 0.001);
        assertEquals(138.91, Element.La.atomicMass(), 0.005);
        assertEquals(91.224, Element.Zr.atomicMass(), 0.001);
        assertEquals(65.38, Element.Zn.atomicMass(), 0.03);
        assertEquals(238.03, Element.U.atomicMass(), 0.005);
        assertEquals("Lithium", Element.Li.fullName());
    }

    @Test
    void massIncreasesWithZExceptTheKnownInversions() {
        Set<Element> inversions = new TreeSet<>();
        Element[] all = Element.values();
        for (int i = 1; i < all.length; i++) {
            if (all[i].atomicMass() < all[i - 1].atomicMass()) {
                inversions.add(all[i]);
            }
        }
        // Ar/K, Co/Ni, Te/I, Th/Pa, U/Np, Pu/Am: the textbook inversions of the periodic table
        assertEquals(Set.of(Element.K, Element.Ni, Element.I, Element.Pa, Element.Np, Element.Am), inversions);
    }

    @Test
    void paulingElectronegativities() {
        assertEquals(3.44, Element.O.electronegativity(), 1e-12);
        assertEquals(3.98, Element.F.electronegativity(), 1e-12);
        assertEquals(0.98, Element.Li.electronegativity(), 1e-12);
        assertEquals(0.79, Element.Cs.electronegativity(), 1e-12);
        assertEquals(2.20, Element.H.electronegativity(), 1e-12);
        assertTrue(Double.isNaN(Element.He.electronegativity()));
        assertTrue(Double.isNaN(Element.Ne.electronegativity()));
        assertTrue(Double.isNaN(Element.Ar.electronegativity()));
        long missing = IntStream.rangeClosed(1, 103)
                .filter(z -> Double.isNaN(Element.ofZ(z).electronegativity())).count();
        assertEquals(3, missing);
    }

    @Test
    void covalentRadiiOfCordero2008() {
        assertEquals(0.31, Element.H.covalentRadius(), 1e-12);
        assertEquals(1.28, Element.Li.covalentRadius(), 1e-12);
        assertEquals(0.76, Element.C.covalentRadius(), 1e-12); // sp3
        assertEquals(0.66, Element.O.covalentRadius(), 1e-12);
        assertEquals(1.32, Element.Fe.covalentRadius(), 1e-12); // low spin
        assertEquals(2.44, Element.Cs.covalentRadius(), 1e-12);
        assertEquals(1.69, Element.Cm.covalentRadius(), 1e-12);
        assertTrue(Double.isNaN(Element.Bk.covalentRadius()));
        assertTrue(Double.isNaN(Element.Lr.covalentRadius()));
    }

    @Test
    void oxidationStatesAreSortedAndCommonOnesAreKnown() {
        for (Element e : Element.values()) {
            assertSorted(e.oxidationStates(), e);
            assertSorted(e.commonOxidationStates(), e);
            assertTrue(e.oxidationStates().containsAll(e.commonOxidationStates()), e.toString());
        }
        assertEquals(List.of(2, 3), Element.Fe.commonOxidationStates());
        assertEquals(List.of(-2), Element.O.commonOxidationStates());
        assertEquals(List.of(1), Element.Li.oxidationStates());
        assertTrue(Element.Ne.oxidationStates().isEmpty());
    }

    @Test
    void blockGroupPeriod() {
        assertBlockGroupPeriod(Element.H, 's', 1, 1);
        assertBlockGroupPeriod(Element.He, 'p', 18, 1);
        assertBlockGroupPeriod(Element.Li, 's', 1, 2);
        assertBlockGroupPeriod(Element.O, 'p', 16, 2);
        assertBlockGroupPeriod(Element.Fe, 'd', 8, 4);
        assertBlockGroupPeriod(Element.La, 'f', 3, 6);
        assertBlockGroupPeriod(Element.Lu, 'd', 3, 6);
        assertBlockGroupPeriod(Element.Hg, 'd', 12, 6);
        assertBlockGroupPeriod(Element.Rn, 'p', 18, 6);
        assertBlockGroupPeriod(Element.U, 'f', 3, 7);
        assertBlockGroupPeriod(Element.Lr, 'd', 3, 7);
        // invariant: 2 s + 6 p (+10 d from period 4, +14 f from period 6) elements per period
        int[] perPeriod = new int[8];
        for (Element e : Element.values()) {
            perPeriod[e.period()]++;
        }
        assertEquals(List.of(2, 8, 8, 18, 18, 32), List.of(perPeriod[1], perPeriod[2], perPeriod[3],
                perPeriod[4], perPeriod[5], perPeriod[6]));
    }

    @Test
    void shannonRadiiPublishedValues() {
        assertShannon(Element.Li, 1, "VI", "", 0.76, 0.90);
        assertShannon(Element.Li, 1, "IV", "", 0.59, 0.73);
        assertShannon(Element.O, -2, "VI", "", 1.40, 1.26);
        assertShannon(Element.Fe, 2, "VI", "High Spin", 0.78, 0.92);
        assertShannon(Element.Fe, 2, "VI", "Low Spin", 0.61, 0.75);
        assertShannon(Element.Fe, 3, "VI", "High Spin", 0.645, 0.785);
        assertShannon(Element.Fe, 3, "VI", "Low Spin", 0.55, 0.69);
        assertShannon(Element.Ti, 4, "VI", "", 0.605, 0.745);
        assertShannon(Element.Zr, 4, "VIII", "", 0.84, 0.98);
        assertShannon(Element.La, 3, "VIII", "", 1.16, 1.30);
        assertEquals(4, Element.Fe.shannonRadii().stream()
                .filter(r -> r.coordination().equals("VI") && r.oxidationState() <= 3).count());
        assertEquals(4, findShannon(Element.Ni, 2, "IVSQ", "").coordinationNumber());
    }

    @Test
    void crystalRadiusIsIonicRadiusPlusMinus014() {
        // Shannon (1976): crystal radii are ionic radii + 0.14 Å for cations and - 0.14 Å for anions.
        List<String> off = new ArrayList<>();
        for (Element e : Element.values()) {
            for (ShannonRadius r : e.shannonRadii()) {
                double d = r.oxidationState() > 0 ? r.crystalRadius() - r.ionicRadius()
                        : r.ionicRadius() - r.crystalRadius();
                if (Math.abs(d - 0.14) > 1e-3) {
                    off.add(e + "" + r.oxidationState() + " " + r.coordination());
                }
            }
        }
        // N5+ III (CR 0.044, IR -0.104) is irregular in Shannon's own table
        assertEquals(List.of("N5 III"), off);
    }

    @Test
    void shannonOxidationStatesAreKnownStatesExceptDocumentedOnes() {
        Set<String> exceptions = new TreeSet<>();
        int entries = 0;
        for (Element e : Element.values()) {
            for (ShannonRadius r : e.shannonRadii()) {
                entries++;
                if (!e.oxidationStates().contains(r.oxidationState())) {
                    exceptions.add(e + "" + r.oxidationState());
                }
            }
        }
        assertEquals(492, entries);
        // Shannon tabulates these states although pymatgen's list of known states omits them
        // (listed in the resource README)
        assertEquals(new TreeSet<>(Set.of("F7", "Pd1", "Pd3", "Xe8", "At7", "Np2")), exceptions);
    }

    @Test
    void shannonTableAgreesWithBvlainCopy() throws Exception {
        String shared = System.getProperty("ionmat.shared");
        Path file = shared == null ? null : Path.of(shared, "data/bondvalence/shannon-radii.json");
        Assumptions.assumeTrue(file != null && Files.isRegularFile(file),
                "shared data folder absent: skipping cross-check with BVlain's Shannon table");
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        int checked = 0;
        for (Map.Entry<String, JsonNode> el : iterable(root)) {
            Element e = Element.lookup(el.getKey());
            if (e == null) {
                continue; // BVlain also lists D and OH
            }
            for (Map.Entry<String, JsonNode> ox : iterable(el.getValue())) {
                for (Map.Entry<String, JsonNode> cn : iterable(ox.getValue())) {
                    JsonNode v = cn.getValue();
                    int state = Integer.parseInt(ox.getKey());
                    double ri = v.get("r_ionic").asDouble();
                    double rc = v.get("r_crystal").asDouble();
                    // BVlain files the second VI spin state under an empty coordination
                    String coordination = cn.getKey().isEmpty() ? "VI" : cn.getKey();
                    ShannonRadius ours = findShannon(e, state, coordination, v.get("spin").asText());
                    assertEquals(ri, ours.ionicRadius(), 1e-12, e + " " + state + " " + coordination);
                    assertEquals(rc, ours.crystalRadius(), 1e-12, e + " " + state + " " + coordination);
                    checked++;
                }
            }
        }
        assertEquals(492, checked);
    }

    @Test
    void concurrentFirstAccessSeesOneTable() {
        ElementData[] seen = IntStream.range(0, 64).parallel()
                .mapToObj(i -> Element.Fe.data()).toArray(ElementData[]::new);
        for (ElementData d : seen) {
            assertSame(seen[0], d);
        }
        assertFalse(seen[0].shannonRadii().isEmpty());
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode n) {
        return n::fields;
    }

    private static void assertSorted(List<Integer> states, Element e) {
        for (int i = 1; i < states.size(); i++) {
            assertTrue(states.get(i - 1) < states.get(i), e + " states not ascending: " + states);
        }
    }

    private static void assertBlockGroupPeriod(Element e, char block, int group, int period) {
        assertEquals(block, e.block(), e + " block");
        assertEquals(group, e.group(), e + " group");
        assertEquals(period, e.period(), e + " period");
    }

    private static void assertShannon(Element e, int ox, String cn, String spin, double ionic, double crystal) {
        ShannonRadius r = findShannon(e, ox, cn, spin);
        assertEquals(ionic, r.ionicRadius(), 1e-12, e + " " + ox + " " + cn + " ionic");
        assertEquals(crystal, r.crystalRadius(), 1e-12, e + " " + ox + " " + cn + " crystal");
    }

    private static ShannonRadius findShannon(Element e, int ox, String cn, String spin) {
        return e.shannonRadii().stream()
                .filter(r -> r.oxidationState() == ox && r.coordination().equals(cn) && r.spin().equals(spin))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Shannon radius " + e + ox + " " + cn + " " + spin));
    }
}
