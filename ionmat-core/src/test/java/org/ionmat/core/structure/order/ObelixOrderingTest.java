package org.ionmat.core.structure.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.ionmat.core.composition.Composition;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.io.cif.CifReader;
import org.ionmat.core.structure.Structure;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Orders every disordered OBELiX CIF (about 75 % of the 254): the result must be ordered, have the
 * occupancy-weighted composition × cells within the reported rounding error (at most 1 % unless no
 * supercell up to the site limit reaches it), and Ewald mode must never be worse than its random
 * samples. Skips while the CIF reader is not available.
 */
class ObelixOrderingTest {

    /**
     * Typical oxidation states, used as charges only to rank arrangements in this test (the CIFs
     * carry none); cells need not be neutral (neutralising background).
     */
    static final Map<Element, Double> TYPICAL_CHARGES = Map.ofEntries(
            Map.entry(Element.H, 1.0), Map.entry(Element.Li, 1.0), Map.entry(Element.Na, 1.0), Map.entry(Element.K, 1.0),
            Map.entry(Element.Mg, 2.0), Map.entry(Element.Ca, 2.0), Map.entry(Element.Sr, 2.0), Map.entry(Element.Ba, 2.0),
            Map.entry(Element.Zn, 2.0), Map.entry(Element.Pb, 2.0), Map.entry(Element.Mn, 2.0), Map.entry(Element.Cu, 2.0),
            Map.entry(Element.B, 3.0), Map.entry(Element.Al, 3.0), Map.entry(Element.Ga, 3.0), Map.entry(Element.In, 3.0),
            Map.entry(Element.Sc, 3.0), Map.entry(Element.Y, 3.0), Map.entry(Element.La, 3.0), Map.entry(Element.Pr, 3.0),
            Map.entry(Element.Nd, 3.0), Map.entry(Element.Sm, 3.0), Map.entry(Element.Gd, 3.0), Map.entry(Element.Er, 3.0),
            Map.entry(Element.Bi, 3.0), Map.entry(Element.Fe, 3.0), Map.entry(Element.Co, 3.0), Map.entry(Element.Cr, 3.0),
            Map.entry(Element.C, 4.0), Map.entry(Element.Si, 4.0), Map.entry(Element.Ge, 4.0), Map.entry(Element.Sn, 4.0),
            Map.entry(Element.Ti, 4.0), Map.entry(Element.Zr, 4.0), Map.entry(Element.Hf, 4.0), Map.entry(Element.Ce, 4.0),
            Map.entry(Element.P, 5.0), Map.entry(Element.V, 5.0), Map.entry(Element.Nb, 5.0), Map.entry(Element.Ta, 5.0),
            Map.entry(Element.Sb, 5.0), Map.entry(Element.Mo, 6.0), Map.entry(Element.W, 6.0),
            Map.entry(Element.N, -3.0), Map.entry(Element.O, -2.0), Map.entry(Element.S, -2.0), Map.entry(Element.Se, -2.0),
            Map.entry(Element.F, -1.0), Map.entry(Element.Cl, -1.0), Map.entry(Element.Br, -1.0), Map.entry(Element.I, -1.0));

    static List<Path> cifs() throws IOException {
        String shared = System.getProperty("ionmat.shared");
        Assumptions.assumeTrue(shared != null, "ionmat.shared not set");
        Path dir = Path.of(shared, "data", "obelix", "cifs");
        Assumptions.assumeTrue(Files.isDirectory(dir), "OBELiX CIFs not found in " + dir);
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".cif")).sorted().toList();
        }
    }

    /** The first structure of each disordered CIF (skips the test while the reader is a placeholder). */
    static Map<String, Structure> disordered() throws IOException {
        Map<String, Structure> out = new TreeMap<>();
        for (Path p : cifs()) {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            List<Structure> read;
            try {
                read = CifReader.read(text, p.getFileName().toString());
            } catch (UnsupportedOperationException e) {
                Assumptions.abort("CIF reader not yet available: " + e.getMessage());
                return out;
            }
            Structure s = read.get(0);
            if (!s.isOrdered()) {
                out.put(p.getFileName().toString(), s);
            }
        }
        return out;
    }

    static OrderingOptions.Builder options() {
        OrderingOptions.Builder b = OrderingOptions.builder();
        TYPICAL_CHARGES.forEach(b::charge);
        return b;
    }

    @Test
    void everyDisorderedCifIsOrderedWithinTheReportedCompositionError() throws IOException {
        Map<String, Structure> all = disordered();
        assertTrue(all.size() > 150, "only " + all.size() + " disordered CIFs");
        Map<Integer, Integer> cells = new TreeMap<>();
        int exact = 0;
        int withinOnePercent = 0;
        double worst = 0;
        String worstName = "";
        long t0 = System.nanoTime();
        for (Map.Entry<String, Structure> e : all.entrySet()) {
            Structure s = e.getValue();
            OrderingResult r = StructureOrderer.order(s, options().seed(1).build());
            Structure o = r.structure();
            assertTrue(o.isOrdered(), e.getKey());
            Composition target = s.composition().times(r.cells());
            for (Map.Entry<Species, Double> t : target.amounts().entrySet()) {
                double err = Math.abs(o.composition().amount(t.getKey()) - t.getValue()) / t.getValue();
                assertTrue(err <= r.compositionError() + 1e-12, e.getKey() + " " + t.getKey());
            }
            assertTrue(r.structure().size() <= Math.max(1000, s.size()), e.getKey() + ": " + r);
            cells.merge(r.cells(), 1, Integer::sum);
            exact += r.exact() ? 1 : 0;
            withinOnePercent += r.compositionError() <= 0.01 ? 1 : 0;
            if (r.compositionError() > worst) {
                worst = r.compositionError();
                worstName = e.getKey() + " " + r;
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("OBELiX ordering (random): %d disordered CIFs in %.1f s; cells %s; exact %d; "
                + "composition within 1%% %d; worst %.4f (%s)%n", all.size(), seconds, cells, exact, withinOnePercent,
                worst, worstName);
        // the rest are minor dopants (e.g. 0.075 Sm on 16 sites) that no cell up to 1000 sites rounds well
        assertTrue(withinOnePercent >= 0.85 * all.size(), withinOnePercent + " of " + all.size());
        assertTrue(worst < 0.15, worstName);
    }

    @Test
    void ewaldModeOnTheSmallestDisorderedCifs() throws IOException {
        List<Map.Entry<String, Structure>> small = new ArrayList<>(disordered().entrySet());
        small.sort(Comparator.comparingInt(e -> e.getValue().size()));
        small = small.subList(0, Math.min(15, small.size()));
        for (Map.Entry<String, Structure> e : small) {
            OrderingResult r = StructureOrderer.order(e.getValue(), options().mode(OrderingMode.EWALD).samples(4)
                    .automaticSupercell(300).seed(2).build());
            assertTrue(r.structure().isOrdered());
            assertTrue(r.energy() <= r.bestSampleEnergy() + 1e-9, e.getKey() + ": " + r);
            assertEquals(4, r.sampleEnergies().length);
        }
    }
}
