package org.ionmat.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.ionmat.analysis.bvse.BvseCalculator;
import org.ionmat.analysis.bvse.BvseFramework;
import org.ionmat.analysis.bvse.BvseGrid;
import org.ionmat.analysis.bvse.BvseLandscape;
import org.ionmat.analysis.bvse.BvseMorseTable;
import org.ionmat.analysis.bvse.MigrationBarriers;
import org.ionmat.analysis.bvse.MobileIon;
import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.io.StructureFiles;
import org.ionmat.core.structure.Site;
import org.ionmat.core.structure.Structure;

/**
 * BVSE barriers and speed against BVlain's recorded results ({@code data/bvlain/reference_train.json}):
 * every ordered Li-containing OBELiX CIF with BVlain's settings (Li⁺, 10 Å, 0.2 Å, k = 100, cap
 * 5 eV) and BVlain's oxidation states; times landscape + barriers (what BVlain's
 * {@code time_total_s} covers) and also computes the full-sum barriers (no k truncation).
 */
public final class BvseBench {

    /** One structure. */
    public record Row(String stem, int points, double[] ref, double[] exact, double[] bisected, double[] full,
                      double seconds, double cpuSeconds, double bvlainSeconds) {
    }

    private BvseBench() {
    }

    /** Runs the comparison over the reference file in {@code data} (the shared data folder). */
    public static List<Row> run(Path data, int warmup, PrintWriter log) {
        Path ref = data.resolve("bvlain/reference_train.json");
        if (!Files.isRegularFile(ref)) {
            throw new InvalidInputException(null, -1, ref.toString(), "BVlain reference not found: " + ref);
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(ref.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MobileIon li = new MobileIon(Element.Li, 1);
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if ("ok".equals(e.getValue().path("status").asText())) {
                entries.add(e);
            }
        }
        List<Structure> structures = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : entries) {
            structures.add(decorate(StructureFiles.readFirst(data.resolve("obelix/cifs/" + e.getKey() + ".cif")),
                    e.getValue().get("oxi_states_by_element")));
        }
        for (int w = 0; w < warmup; w++) {
            for (Structure s : structures) {
                barriers(s, li, 100);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            JsonNode j = entries.get(i).getValue();
            Structure s = structures.get(i);
            long c0 = cpu();
            long t0 = System.nanoTime();
            MigrationBarriers b = barriers(s, li, 100);
            double sec = (System.nanoTime() - t0) / 1e9;
            double cpuSec = (cpu() - c0) / 1e9;
            MigrationBarriers full = barriers(s, li, 0);
            double[] r = new double[4];
            for (int d = 1; d <= 3; d++) {
                JsonNode n = j.get("E_" + d + "D");
                r[d] = n == null || n.isNull() ? Double.NaN : n.asDouble();
            }
            Row row = new Row(entries.get(i).getKey(), BvseGrid.forResolution(s.lattice(), 0.2).size(), r, b.barrier(),
                    b.bisected(), full.barrier(), sec, cpuSec, j.get("time_total_s").asDouble());
            rows.add(row);
            if (log != null) {
                log.println(format(row));
                log.flush();
            }
        }
        return rows;
    }

    static MigrationBarriers barriers(Structure s, MobileIon ion, int k) {
        BvseFramework fw = BvseFramework.of(s, ion, BvseMorseTable.standard(), BvseFramework.DEFAULT_SCREENING);
        BvseLandscape l = BvseCalculator.compute(fw, BvseGrid.forResolution(s.lattice(), 0.2), 10.0, k);
        return MigrationBarriers.of(l, MigrationBarriers.DEFAULT_CAP);
    }

    private static Structure decorate(Structure s, JsonNode ox) {
        Structure.Builder b = Structure.builder(s.lattice());
        for (Site site : s.sites()) {
            Element e = site.majoritySpecies().element();
            b.add(Species.of(e, ox.get(e.symbol()).get(0).asInt()), site.frac(), site.label());
        }
        return b.build();
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** One table line. */
    public static String format(Row r) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-4s %7d", r.stem(), r.points()));
        for (int d = 1; d <= 3; d++) {
            sb.append(String.format(Locale.ROOT, " | %s %s %s %s", f(r.ref()[d]), f(r.exact()[d]), f(r.bisected()[d]),
                    f(r.full()[d])));
        }
        sb.append(String.format(Locale.ROOT, " | %6.3f %6.3f %6.2f %6.1fx", r.seconds(), r.cpuSeconds(), r.bvlainSeconds(),
                r.bvlainSeconds() / r.seconds()));
        return sb.toString();
    }

    private static String f(double v) {
        return Double.isNaN(v) ? "  null" : String.format(Locale.ROOT, "%6.4f", v);
    }
}
