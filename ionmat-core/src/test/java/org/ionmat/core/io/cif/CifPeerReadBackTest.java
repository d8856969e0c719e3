package org.ionmat.core.io.cif;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Lattice;
import org.ionmat.core.structure.Site;
import org.ionmat.core.structure.Structure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CIFs written by {@link CifWriter} read back identically (1e-8) by the peers: pymatgen
 * ({@code Structure.from_file}: lattice, per-site species with oxidation states and occupancies,
 * fractional coordinates, in the same site order) and ASE ({@code ase.io.read(format='cif')}: cell,
 * positions, dominant symbol and {@code info['occupancy']} per site). Also reads every 4th original
 * OBELiX CIF with pymatgen and checks that {@link CifReader} gives the same sites in the same order
 * (species with occupancies, fractional coordinates to 1e-8). Runs {@code /usr/bin/python3};
 * skipped when it, pymatgen or ASE is missing.
 */
class CifPeerReadBackTest {

    private static final String PYTHON = "/usr/bin/python3";
    private static final double TOL = 1e-8;

    static boolean peersAvailable() {
        if (!Files.isExecutable(Paths.get(PYTHON))) {
            return false;
        }
        try {
            Process p = new ProcessBuilder(PYTHON, "-c", "import pymatgen.core, ase.io").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Every 4th OBELiX CIF, or none when the shared data are absent. */
    static List<Path> obelixSample() throws IOException {
        String shared = System.getProperty("ionmat.shared");
        Path dir = shared == null ? null : Paths.get(shared, "data", "obelix", "cifs");
        List<Path> out = new ArrayList<>();
        if (dir != null && Files.isDirectory(dir)) {
            List<Path> files;
            try (Stream<Path> s = Files.list(dir)) {
                files = s.filter(p -> p.toString().endsWith(".cif")).sorted().toList();
            }
            for (int i = 0; i < files.size(); i += 4) {
                out.add(files.get(i));
            }
        }
        return out;
    }

    /** Structures to write: the OBELiX sample and cases with oxidation states. */
    static Map<String, Structure> cases() throws IOException {
        Map<String, Structure> m = new LinkedHashMap<>();
        m.put("nacl.cif", CifReader.read(CifTestSupport.resource("nacl_fm-3m.cif"), "nacl").get(0));
        m.put("zno.cif", CifReader.read(CifTestSupport.resource("zno_p63mc.cif"), "zno").get(0));
        m.put("mixed_oxidation.cif", CifReader.read("""
                data_llto
                _cell_length_a 3.87
                _cell_length_b 3.88
                _cell_length_c 7.79
                _cell_angle_alpha 89.5
                _cell_angle_beta 91.2
                _cell_angle_gamma 90.4
                loop_
                _atom_site_label
                _atom_site_type_symbol
                _atom_site_fract_x
                _atom_site_fract_y
                _atom_site_fract_z
                _atom_site_occupancy
                'La A' La3+ 0 0 0 0.56
                Li1 Li1+ 0 0 0 0.33
                Ti1 Ti4+ 0.5 0.5 0.26 1
                O1 O2- 0.5 0.5 0 1
                O2 O2- 0.5 0 0.25 1
                O3 O2- 0 0.5 0.25 1
                Mn1 Mn3.5+ 0.1 0.2 0.3 0.1
                """, "llto").get(0));
        for (Path f : obelixSample()) {
            m.put(f.getFileName().toString(), CifReader.read(f).get(0));
        }
        return m;
    }

    @Test
    void pymatgenAndAseReadWrittenFilesBackIdentically(@TempDir Path tmp) throws Exception {
        CifTestSupport.assumeElementData();
        assumeTrue(peersAvailable(), PYTHON + " with pymatgen and ASE not available; skipping peer read-back test");
        Map<String, Structure> cases = cases();
        for (Map.Entry<String, Structure> e : cases.entrySet()) {
            CifWriter.write(tmp.resolve(e.getKey()), e.getValue(), e.getKey());
        }
        for (Path f : obelixSample()) {
            Files.copy(f, tmp.resolve("original_" + f.getFileName()));
        }
        Path script = tmp.resolve("read_back.py");
        Files.writeString(script, CifTestSupport.resource("read_back.py"));
        Process p = new ProcessBuilder(PYTHON, script.toString(), tmp.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS) && p.exitValue() == 0, "python read-back failed");
        JsonNode peers = new ObjectMapper().readTree(new String(out, StandardCharsets.UTF_8));
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Structure> e : cases.entrySet()) {
            JsonNode r = peers.get(e.getKey());
            comparePymatgen(e.getKey(), e.getValue(), r.get("pymatgen"), failures);
            compareAse(e.getKey(), e.getValue(), r.get("ase"), failures);
        }
        for (Path f : obelixSample()) {
            // reading the original (symmetry-expanded) CIF: same sites in the same order as pymatgen
            String name = "original_" + f.getFileName();
            comparePymatgen(name, cases.get(f.getFileName().toString()), peers.get(name).get("pymatgen"), failures);
        }
        assertTrue(failures.isEmpty(), failures.size() + " disagreements:\n"
                + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    }

    private static void comparePymatgen(String name, Structure s, JsonNode r, List<String> failures) {
        if (r.has("error")) {
            failures.add(name + ": pymatgen failed: " + r.get("error").asText());
            return;
        }
        if (!sameParameters(s.lattice(), r.get("lattice"))) {
            failures.add(name + ": pymatgen lattice " + r.get("lattice") + " vs " + s.lattice());
        }
        JsonNode sites = r.get("sites");
        if (sites.size() != s.size()) {
            failures.add(name + ": pymatgen reads " + sites.size() + " sites, written " + s.size());
            return;
        }
        for (int i = 0; i < s.size(); i++) {
            JsonNode site = sites.get(i);
            Map<Species, Double> mine = s.site(i).species().amounts();
            JsonNode theirs = site.get("species");
            boolean same = theirs.size() == mine.size();
            for (Map.Entry<Species, Double> sp : mine.entrySet()) {
                JsonNode occ = theirs.get(sp.getKey().toString());
                same &= occ != null && Math.abs(occ.asDouble() - sp.getValue()) <= TOL;
            }
            if (!same) {
                failures.add(name + ": site " + i + " pymatgen species " + theirs + " vs " + mine);
            }
            if (!sameFrac(s.site(i), site.get("frac"))) {
                failures.add(name + ": site " + i + " pymatgen coordinates " + site.get("frac") + " vs " + s.site(i));
            }
        }
    }

    private static void compareAse(String name, Structure s, JsonNode r, List<String> failures) {
        if (r.has("error")) {
            failures.add(name + ": ASE failed: " + r.get("error").asText());
            return;
        }
        if (!sameParameters(s.lattice(), r.get("cellpar"))) {
            failures.add(name + ": ASE cell " + r.get("cellpar") + " vs " + s.lattice());
        }
        JsonNode symbols = r.get("symbols");
        if (symbols.size() != s.size()) {
            failures.add(name + ": ASE reads " + symbols.size() + " atoms, written " + s.size());
            return;
        }
        int row = 0; // ASE keys info['occupancy'] by the CIF row of the first species of each site
        for (int i = 0; i < s.size(); i++) {
            Site site = s.site(i);
            Map<Element, Double> mine = site.species().elementAmounts();
            double max = mine.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
            Element sym = Element.of(symbols.get(i).asText());
            if (mine.get(sym) == null || mine.get(sym) < max - TOL) {
                failures.add(name + ": site " + i + " ASE symbol " + sym + " is not a dominant species of " + mine);
            }
            JsonNode occ = r.get("occupancy").get(Integer.toString(row));
            boolean same = occ != null && occ.size() == mine.size();
            for (Map.Entry<Element, Double> e : mine.entrySet()) {
                same &= occ != null && occ.has(e.getKey().symbol())
                        && Math.abs(occ.get(e.getKey().symbol()).asDouble() - e.getValue()) <= TOL;
            }
            if (!same) {
                failures.add(name + ": site " + i + " ASE occupancy " + occ + " vs " + mine);
            }
            if (!sameFrac(site, r.get("frac").get(i))) {
                failures.add(name + ": site " + i + " ASE position " + r.get("frac").get(i) + " vs " + site);
            }
            row += site.species().species().size();
        }
    }

    private static boolean sameParameters(Lattice l, JsonNode p) {
        double[] mine = l.parameters();
        for (int k = 0; k < 6; k++) {
            if (Math.abs(mine[k] - p.get(k).asDouble()) > TOL) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameFrac(Site site, JsonNode f) {
        for (int k = 0; k < 3; k++) {
            double d = site.frac(k) - f.get(k).asDouble();
            if (Math.abs(d - Math.rint(d)) > TOL) {
                return false;
            }
        }
        return true;
    }
}
