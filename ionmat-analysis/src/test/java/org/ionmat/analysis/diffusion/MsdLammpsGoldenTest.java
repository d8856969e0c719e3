package org.ionmat.analysis.diffusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ionmat.analysis.trajectory.AtomGroup;
import org.ionmat.analysis.trajectory.FrameSource;
import org.ionmat.core.element.Element;
import org.ionmat.core.io.ReadOptions;
import org.ionmat.core.io.StructureFiles;
import org.ionmat.core.io.StructureFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The MSD of 32 probe atoms of a LAMMPS Lennard-Jones liquid (scripts/golden/lammps_msd: 201 frames
 * 0.1 ps apart, dumped wrapped without image flags) against LAMMPS' own {@code compute msd} (from its
 * image-flag unwrapped coordinates, one time origin, with and without {@code com yes}) and against
 * MDAnalysis' EinsteinMSD (time-origin average) of the unwrapped dump.
 */
class MsdLammpsGoldenTest {

    @TempDir
    static Path tmp;

    static FrameSource source;
    static double[][] lammps;
    static double[] mdanalysis;

    static List<double[]> table(String name) throws Exception {
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                MsdLammpsGoldenTest.class.getResourceAsStream("/golden/lammps_msd/" + name), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] t = line.trim().split("\\s+");
                double[] v = new double[t.length];
                for (int i = 0; i < t.length; i++) {
                    v[i] = Double.parseDouble(t[i]);
                }
                rows.add(v);
            }
        }
        return rows;
    }

    @BeforeAll
    static void load() throws Exception {
        Path dump = tmp.resolve("probe_wrapped.dump.gz");
        Files.copy(MsdLammpsGoldenTest.class.getResourceAsStream("/golden/lammps_msd/probe_wrapped.dump.gz"), dump);
        source = FrameSource.of(StructureFiles.readTrajectory(dump, StructureFormat.LAMMPS_DUMP,
                ReadOptions.DEFAULT.withLammpsTypes(Map.of(2, Element.of("Kr")))));
        List<double[]> l = table("msd_lammps.txt");
        lammps = l.toArray(new double[0][]);
        List<double[]> m = table("msd_mdanalysis.txt");
        mdanalysis = new double[m.size()];
        for (int i = 0; i < mdanalysis.length; i++) {
            mdanalysis[i] = m.get(i)[1];
        }
    }

    @Test
    void singleOriginMsdMatchesLammpsComputeMsd() {
        assertEquals(201, source.numFrames());
        assertEquals(lammps.length, source.numFrames());
        AtomGroup kr = AtomGroup.ofElement(source, Element.of("Kr"));
        double[][] ours = SingleOriginMsd.compute(source, kr, MsdOptions.DEFAULT);
        double[][] com = SingleOriginMsd.compute(source, kr, MsdOptions.DEFAULT.withDrift(DriftCorrection.GROUP));
        double maxRel = 0;
        for (int t = 0; t < lammps.length; t++) {
            for (int c = 0; c < 4; c++) {
                double ref = lammps[t][1 + c];
                assertEquals(ref, ours[c][t], 1e-6 + 1e-7 * ref, "frame " + t + " component " + c);
                if (ref > 1) {
                    maxRel = Math.max(maxRel, Math.abs(ours[c][t] / ref - 1));
                }
            }
            assertEquals(lammps[t][5], com[3][t], 1e-6 + 1e-7 * lammps[t][5], "com yes, frame " + t);
        }
        assertTrue(lammps[200][4] > 40, "atoms left the cell several times: unwrapping is exercised");
        assertTrue(maxRel < 1e-7, "relative agreement " + maxRel);
    }

    @Test
    void timeOriginMsdMatchesMdanalysisEinsteinMsd() {
        Msd m = MsdCalculator.compute(source, AtomGroup.ofElement(source, Element.of("Kr")), 0.1, MsdOptions.DEFAULT);
        assertEquals(mdanalysis.length, m.numFrames());
        for (int n = 0; n < mdanalysis.length; n++) {
            assertEquals(mdanalysis[n], m.total()[n], 1e-6 + 1e-7 * mdanalysis[n], "lag " + n);
        }
        // the last lag has one origin: the same number as LAMMPS' single-origin MSD
        assertEquals(lammps[200][4], m.total()[200], 1e-6);
    }
}
