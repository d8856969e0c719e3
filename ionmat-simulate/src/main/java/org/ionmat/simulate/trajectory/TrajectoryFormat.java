package org.ionmat.simulate.trajectory;

import java.nio.charset.StandardCharsets;

/**
 * The ionmat binary trajectory format ({@code .imtraj}), version 1. All numbers are little-endian;
 * positions are Cartesian and unwrapped (Å), velocities Å/ps. Frames have a fixed size, so frame k
 * starts at {@code headerSize + k * frameSize} (random access) and a trailing partial frame from an
 * interrupted write is ignored by readers. Full description with examples: {@code docs/run-directory.md}.
 *
 * <pre>
 * header (headerSize bytes, a multiple of 8)
 *   0   8  magic "IMTRAJ\r\n" (0x49 0x4D 0x54 0x52 0x41 0x4A 0x0D 0x0A)
 *   8   4  u32 format version (1)
 *  12   4  u32 headerSize, bytes
 *  16   4  u32 flags: 1 velocities, 2 lattice in every frame (variable cell), 4 single precision
 *  20   4  u32 number of atoms N
 *  24   4  u32 number of atom types K
 *  28   4  u32 reserved, 0
 *  32   8  f64 MD time step, ps
 *  40   8  i64 stride: MD steps between frames (0 if not regular)
 *  48  72  f64[9] lattice vectors a, b, c as rows (Å): the fixed cell, or the first cell
 * 120  ..  K times: u16 byte length L, L bytes UTF-8 species ("Li+", "O2-", "Ar")
 *      ..  N times: u16 type index of the atom
 *      ..  zero padding to headerSize
 * frame (frameSize bytes)
 *   0   4  marker "FRM1"
 *   4   4  u32 reserved, 0
 *   8   8  i64 MD step
 *  16   8  f64 time, ps
 *  24   8  f64 potential energy, eV (NaN if unknown)
 *  32  72  f64[9] lattice (only with flag 2)
 *      ..  3N f64 (f32 with flag 4) positions x1 y1 z1 x2 ..., Å
 *      ..  3N f64 (f32 with flag 4) velocities, Å/ps (only with flag 1)
 * </pre>
 */
public final class TrajectoryFormat {

    /** The magic bytes at the start of every file. */
    public static final byte[] MAGIC = "IMTRAJ\r\n".getBytes(StandardCharsets.US_ASCII);
    /** The frame marker. */
    public static final byte[] FRAME_MARKER = "FRM1".getBytes(StandardCharsets.US_ASCII);
    /** Current format version. */
    public static final int VERSION = 1;
    /** Flag: frames hold velocities. */
    public static final int FLAG_VELOCITIES = 1;
    /** Flag: frames hold their lattice. */
    public static final int FLAG_VARIABLE_CELL = 2;
    /** Flag: positions and velocities are 32-bit floats. */
    public static final int FLAG_SINGLE_PRECISION = 4;
    /** Usual file name extension. */
    public static final String EXTENSION = ".imtraj";

    static final int FIXED_HEADER_BYTES = 120;
    static final int FRAME_PREFIX_BYTES = 32;

    private TrajectoryFormat() {
    }

    /** Bytes of one frame for the given layout. */
    public static long frameSize(int atoms, int flags) {
        int p = (flags & FLAG_SINGLE_PRECISION) != 0 ? 4 : 8;
        long size = FRAME_PREFIX_BYTES + ((flags & FLAG_VARIABLE_CELL) != 0 ? 72 : 0) + 3L * atoms * p;
        if ((flags & FLAG_VELOCITIES) != 0) {
            size += 3L * atoms * p;
        }
        return size;
    }
}
