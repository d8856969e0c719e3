package org.ionmat.simulate.trajectory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.SplittableRandom;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Species;
import org.ionmat.core.io.StructureFiles;
import org.ionmat.core.io.StructureFormat;
import org.ionmat.core.io.Trajectory;
import org.ionmat.core.structure.Lattice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrajectoryFileTest {

    @TempDir
    Path dir;

    private static final List<Species> SPECIES = List.of(Species.parse("Li+"), Species.parse("O2-"), Species.parse("Li+"));

    private static double[] random(SplittableRandom r, int n, double scale) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = scale * (r.nextDouble() - 0.5);
        }
        return a;
    }

    @Test
    void roundTripIsExactInDoublePrecisionAndMatchesTheLayout() throws IOException {
        Lattice l = Lattice.fromParameters(5, 6, 7, 80, 95, 110);
        TrajectoryHeader h = TrajectoryHeader.of(SPECIES, 0.002, 5, l, true, false, false);
        Path p = dir.resolve("t.imtraj");
        SplittableRandom r = new SplittableRandom(1);
        double[][] x = new double[4][];
        double[][] v = new double[4][];
        try (TrajectoryWriter w = TrajectoryWriter.create(p, h)) {
            for (int k = 0; k < 4; k++) {
                x[k] = random(r, 9, 40);
                v[k] = random(r, 9, 10);
                w.write(5L * k, 0.01 * k, -3.5 * k, null, x[k], v[k]);
            }
        }
        int headerSize = h.encode().length;
        assertEquals(0, headerSize % 8);
        // 32-byte frame prefix + 2 × 9 doubles
        assertEquals(headerSize + 4 * (32 + 2 * 72), Files.size(p));
        ByteBuffer raw = ByteBuffer.wrap(Files.readAllBytes(p)).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(1, raw.getInt(8));
        assertEquals(3, raw.getInt(20));
        assertEquals(0.002, raw.getDouble(32));
        assertEquals(10L, raw.getLong(headerSize + 2 * 176 + 8));
        assertEquals(x[2][0], raw.getDouble(headerSize + 2 * 176 + 32));

        try (TrajectoryReader rd = TrajectoryReader.open(p)) {
            assertEquals(h, rd.header());
            assertEquals(4, rd.numFrames());
            assertEquals(0.01, rd.frameIntervalPs(), 1e-15);
            assertEquals(SPECIES, rd.species());
            FrameData f = rd.newFrame();
            for (int k = 3; k >= 0; k--) {
                rd.readFrame(k, f);
                assertEquals(5L * k, f.step());
                assertEquals(-3.5 * k, f.energy());
                assertArrayEquals(x[k], f.positionsView());
                assertArrayEquals(v[k], f.velocitiesView());
                assertArrayEquals(l.rowMajor(), f.latticeView());
            }
            Trajectory t = rd.read(1, 4, 2);
            assertEquals(2, t.numFrames());
            assertArrayEquals(x[3], t.positions(1), 1e-12);
            assertEquals(15L, t.info(1).step());
            assertEquals(0.03, t.info(1).time(), 1e-15);
        }
    }

    @Test
    void singlePrecisionVariableCellAndExportThroughCoreIo() {
        TrajectoryHeader h = TrajectoryHeader.of(SPECIES, 0.001, 10, Lattice.cubic(5), false, true, true);
        Path p = dir.resolve("npt.imtraj");
        try (TrajectoryWriter w = TrajectoryWriter.create(p, h)) {
            for (int k = 0; k < 3; k++) {
                double a = 5 + 0.1 * k;
                w.write(10L * k, 0.01 * k, Double.NaN, Lattice.cubic(a).rowMajor(),
                        new double[] {0.1, 0.2, 0.3, 1, 2, 3 + k, -7.25, 12.5, 100.123456789}, null);
            }
        }
        try (TrajectoryReader rd = TrajectoryReader.open(p)) {
            FrameData f = rd.readFrame(2, rd.newFrame());
            assertEquals(5.2, f.lattice().a(), 1e-12);
            assertEquals(100.123456789, f.positionsView()[8], 1e-5);
            assertEquals((float) 100.123456789, (float) f.positionsView()[8]);
            Trajectory t = rd.read();
            assertTrue(!t.isFixedCell());
            Path xyz = dir.resolve("out.extxyz");
            StructureFiles.writeTrajectory(xyz, t, StructureFormat.EXTXYZ);
            Trajectory back = StructureFiles.readTrajectory(xyz);
            assertEquals(3, back.numFrames());
            assertArrayEquals(t.positions(2), back.positions(2), 1e-9);
        }
    }

    @Test
    void partialLastFrameIsIgnoredAndResumeCutsLaterFrames() throws IOException {
        TrajectoryHeader h = TrajectoryHeader.of(SPECIES, 0.001, 1, Lattice.cubic(5), false, false, false);
        Path p = dir.resolve("t.imtraj");
        try (TrajectoryWriter w = TrajectoryWriter.create(p, h)) {
            for (int k = 0; k < 5; k++) {
                w.write(k, 0.001 * k, 0, null, new double[9], null);
            }
        }
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ch.write(ByteBuffer.wrap(new byte[] {'F', 'R', 'M', '1', 0, 0, 0}));
        }
        try (TrajectoryReader rd = TrajectoryReader.open(p)) {
            assertEquals(5, rd.numFrames());
        }
        try (TrajectoryWriter w = TrajectoryWriter.resume(p, h, 2)) {
            assertEquals(3, w.numFrames());
            w.write(3, 0.003, 1, null, new double[9], null);
        }
        try (TrajectoryReader rd = TrajectoryReader.open(p)) {
            assertEquals(4, rd.numFrames());
            assertEquals(3, rd.step(3));
            assertEquals(1.0, rd.readFrame(3, rd.newFrame()).energy());
        }
        TrajectoryHeader other = TrajectoryHeader.of(SPECIES, 0.002, 1, Lattice.cubic(5), false, false, false);
        assertThrows(InvalidInputException.class, () -> TrajectoryWriter.resume(p, other, 2));
    }

    @Test
    void badFilesGiveClearErrors() throws IOException {
        Path text = dir.resolve("x.imtraj");
        Files.writeString(text, "this is not a trajectory at all, just some text that is long enough to read a header from "
                + "it and more and more and more text");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TrajectoryReader.open(text));
        assertTrue(e.getMessage().contains("magic"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> TrajectoryReader.open(dir.resolve("missing.imtraj")));
        Path empty = dir.resolve("empty.imtraj");
        Files.write(empty, new byte[0]);
        assertThrows(InvalidInputException.class, () -> TrajectoryReader.open(empty));
    }

    @Test
    void thermoLogResumesAfterACheckpointAndDropsAPartialRow() throws IOException {
        Path p = dir.resolve("thermo.csv");
        try (ThermoLog log = ThermoLog.create(p)) {
            for (int s = 0; s <= 40; s += 10) {
                log.write(s, s * 0.001, 300 + s, -10.5, 0.25, 0.1, -10.25, 125.0);
            }
        }
        Files.writeString(p, "50,0.05,3", StandardOpenOption.APPEND);
        ThermoTable t = ThermoTable.read(p);
        assertEquals(5, t.size());
        assertEquals(-10.25, t.totalEnergy()[2]);
        try (ThermoLog log = ThermoLog.resume(p, 20)) {
            log.write(30, 0.03, 1, 2, 3, 4, 5, 6);
        }
        ThermoTable u = ThermoTable.read(p);
        assertArrayEquals(new long[] {0, 10, 20, 30}, u.steps());
        assertEquals(5.0, u.totalEnergy()[3]);
        assertEquals(5.0, u.conserved()[3]);
        assertArrayEquals(u.temperatureK(), u.column("T_K"));
    }
}
