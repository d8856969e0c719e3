package org.ionmat.core.io.cif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.ionmat.core.structure.Structure;
import org.junit.jupiter.api.Test;

/** CIF -> CIF round trips preserve lattice, coordinates, species, occupancies and labels to 1e-8. */
class CifRoundTripTest {

    /** Differences between two structures beyond {@code tol}, or an empty string. */
    static String differences(Structure a, Structure b, double tol) {
        if (a.size() != b.size()) {
            return "sizes " + a.size() + " vs " + b.size();
        }
        double[] ma = a.lattice().rowMajor();
        double[] mb = b.lattice().rowMajor();
        for (int k = 0; k < 9; k++) {
            if (Math.abs(ma[k] - mb[k]) > tol) {
                return "lattice " + a.lattice() + " vs " + b.lattice();
            }
        }
        for (int i = 0; i < a.size(); i++) {
            var sa = a.site(i).species().amounts();
            var sb = b.site(i).species().amounts();
            if (!sa.keySet().equals(sb.keySet())) {
                return "site " + i + " species " + sa + " vs " + sb;
            }
            for (var e : sa.entrySet()) {
                if (Math.abs(e.getValue() - sb.get(e.getKey())) > tol) {
                    return "site " + i + " occupancy " + sa + " vs " + sb;
                }
            }
            if (!a.label(i).equals(b.label(i))) {
                return "site " + i + " label " + a.label(i) + " vs " + b.label(i);
            }
            for (int k = 0; k < 3; k++) {
                double d = a.frac(i)[k] - b.frac(i)[k];
                if (Math.abs(d - Math.rint(d)) > tol) {
                    return "site " + i + " coordinates " + a.site(i) + " vs " + b.site(i);
                }
            }
        }
        return "";
    }

    @Test
    void obelixRoundTripsAreExactTo1e8() throws Exception {
        CifTestSupport.assumeElementData();
        Path dir = CifTestSupport.obelixCifs();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".cif")).sorted().toList();
        }
        List<String> failures = new ArrayList<>();
        for (Path f : files) {
            Structure s = CifReader.read(f).get(0);
            String text = CifWriter.write(s, f.getFileName().toString());
            List<Structure> back = CifReader.read(text, "written " + f.getFileName());
            assertEquals(1, back.size());
            String diff = differences(s, back.get(0), 1e-8);
            if (!diff.isEmpty()) {
                failures.add(f.getFileName() + ": " + diff);
            }
            // writing again gives the same text
            String again = CifWriter.write(back.get(0), f.getFileName().toString());
            if (!again.equals(text)) {
                failures.add(f.getFileName() + ": second write differs");
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " round trips failed:\n"
                + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    }
}
