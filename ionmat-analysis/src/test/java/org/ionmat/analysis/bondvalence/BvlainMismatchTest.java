package org.ionmat.analysis.bondvalence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.io.StructureFiles;
import org.ionmat.core.structure.Site;
import org.ionmat.core.structure.Structure;
import org.ionmat.potential.softbv.SoftBvParameters;

/**
 * Per-site bond-valence sums and GII against BVlain 0.24.8 ({@code mismatch(r_cut=3.5)}) on the
 * ordered Li-containing OBELiX training CIFs ({@code shared/data/bvlain/reference_train.json}).
 * BVlain sums every counter-ion within one radius of 3.5 Å; with that radius and BVlain's
 * oxidation states our sums must agree site by site (sites matched by fractional coordinates).
 *
 * <p>Known differences: BVlain's bundled parameters for B3+–O2-, B3+–F- and Na+–S2- differ from the
 * shared softBV table by a small R0 shift (every affected sum is off by the same factor, 1.00057 for
 * B–O, i.e. ΔR0 = −0.0002 Å; 1.00087 for Na–S), so the four structures with those pairs
 * ({@code clt, mde, n27} borates, {@code qy4} a Na thiophosphate) agree to 0.3 % only; all other sites
 * agree to 1e-5 v.u. (a neighbour at exactly 3.5 Å is counted by us, not by ASE's strict
 * {@code d < r_cut}).
 */
class BvlainMismatchTest {

    private static final java.util.Set<String> SHIFTED_PARAMETERS = java.util.Set.of("clt", "mde", "n27", "qy4");

    @Test
    void sitesAgreeWithBvlainAtItsFixedCutoff() throws IOException {
        Path shared = Path.of(System.getProperty("ionmat.shared", "../../shared"), "data");
        Path ref = shared.resolve("bvlain/reference_train.json");
        Assumptions.assumeTrue(Files.isRegularFile(ref), "BVlain reference not found at " + ref);
        JsonNode root = new ObjectMapper().readTree(ref.toFile());
        int structures = 0;
        int sites = 0;
        double worst = 0;
        double worstGii = 0;
        double exact = 0;
        double tableShift = 0;
        int tableCount = 0;
        List<String> skipped = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (!"ok".equals(v.path("status").asText()) || !v.has("mismatch_sites") || v.get("mismatch_sites").isNull()) {
                continue;
            }
            Structure s = StructureFiles.readFirst(shared.resolve(v.get("cif").asText()));
            Structure d = decorate(s, v.get("oxi_states_by_element"));
            if (d == null) {
                skipped.add(e.getKey() + " (mixed valence)");
                continue;
            }
            BondValenceResult r = BondValenceAnalysis.analyze(d, SoftBvParameters.standard(), 3.5);
            JsonNode ms = v.get("mismatch_sites");
            assertEquals(ms.size(), d.size(), e.getKey());
            for (JsonNode site : ms) {
                int i = find(d, site.get("frac"));
                assertTrue(i >= 0, e.getKey() + ": no site at " + site.get("frac"));
                double diff = Math.abs(site.get("bvs").asDouble() - r.bvs()[i]);
                worst = Math.max(worst, diff);
                double expected = site.get("bvs").asDouble();
                if (SHIFTED_PARAMETERS.contains(e.getKey())) {
                    assertEquals(expected, r.bvs()[i], 3e-3 * expected, e.getKey() + " site " + i + " " + d.speciesOf(i));
                } else {
                    exact = Math.max(exact, diff);
                    assertEquals(expected, r.bvs()[i], 1e-5, e.getKey() + " site " + i + " " + d.speciesOf(i));
                }
                sites++;
            }
            double gii = v.get("gii_derived").asDouble();
            worstGii = Math.max(worstGii, Math.abs(gii - r.giiAll()) / gii);
            assertEquals(gii, r.giiAll(), (SHIFTED_PARAMETERS.contains(e.getKey()) ? 1e-2 : 1e-5) * gii, e.getKey());
            try {
                BondValenceResult table = BondValenceAnalysis.analyze(d);
                tableShift += table.giiAll() - r.giiAll();
                tableCount++;
            } catch (org.ionmat.core.InvalidInputException missing) {
                skipped.add(e.getKey() + " at table cutoffs (" + missing.getMessage() + ")");
            }

            structures++;
        }
        System.out.printf(Locale.ROOT, "BVlain mismatch: %d structures, %d sites, max |ΔBVS| %.2e (%.2e without the shifted pairs),"
                + " max relative ΔGII %.2e; mean GII(table R_cutoff) − GII(3.5 Å) %.3f v.u.; skipped %s%n",
                structures, sites, worst, exact, worstGii, tableShift / tableCount, skipped);
        assertTrue(structures >= 40, "only " + structures + " structures compared");
    }

    private static Structure decorate(Structure s, JsonNode byElement) {
        List<Site> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            Element el = s.elementOf(i);
            JsonNode states = byElement.get(el.symbol());
            if (states == null || states.size() != 1) {
                return null;
            }
            out.add(Site.of(Species.of(el, states.get(0).asDouble()), s.site(i).frac(), s.site(i).label()));
        }
        return Structure.of(s.lattice(), out);
    }

    private static int find(Structure s, JsonNode frac) {
        for (int i = 0; i < s.size(); i++) {
            double[] f = s.site(i).frac();
            double dist = 0;
            for (int k = 0; k < 3; k++) {
                double d = f[k] - frac.get(k).asDouble();
                d -= Math.rint(d);
                dist = Math.max(dist, Math.abs(d));
            }
            if (dist < 2e-4) {
                return i;
            }
        }
        return -1;
    }
}
