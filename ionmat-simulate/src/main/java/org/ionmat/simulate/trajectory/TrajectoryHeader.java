package org.ionmat.simulate.trajectory;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Lattice;

/**
 * What a binary trajectory file says about all its frames: atoms and their species, time step,
 * stride, the (first) lattice and which data the frames hold.
 *
 * @param typeSpecies   species of each atom type
 * @param types         type index of each atom
 * @param timestepPs    MD time step, ps
 * @param stride        MD steps between frames (0 if irregular)
 * @param lattice       the fixed lattice, or the first one for a variable cell
 * @param velocities    true if frames hold velocities
 * @param variableCell  true if every frame holds its lattice
 * @param singlePrecision true if positions and velocities are stored as 32-bit floats
 */
public record TrajectoryHeader(List<Species> typeSpecies, int[] types, double timestepPs, long stride,
                               Lattice lattice, boolean velocities, boolean variableCell, boolean singlePrecision) {

    public TrajectoryHeader {
        typeSpecies = List.copyOf(typeSpecies);
        types = types.clone();
        if (typeSpecies.size() > 65535) {
            throw new IllegalArgumentException("at most 65535 atom types");
        }
        for (int t : types) {
            if (t < 0 || t >= typeSpecies.size()) {
                throw new IllegalArgumentException("type index " + t + " out of range");
            }
        }
    }

    /** A header for atoms given by their species, in order (types in order of first appearance). */
    public static TrajectoryHeader of(List<Species> atomSpecies, double timestepPs, long stride, Lattice lattice,
                                      boolean velocities, boolean variableCell, boolean singlePrecision) {
        Map<Species, Integer> ids = new LinkedHashMap<>();
        int[] types = new int[atomSpecies.size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = ids.computeIfAbsent(atomSpecies.get(i), k -> ids.size());
        }
        return new TrajectoryHeader(new ArrayList<>(ids.keySet()), types, timestepPs, stride, lattice,
                velocities, variableCell, singlePrecision);
    }

    /** Number of atoms. */
    public int numAtoms() {
        return types.length;
    }

    /** Copy of the type index of each atom. */
    @Override
    public int[] types() {
        return types.clone();
    }

    /** Species of every atom, in order. */
    public List<Species> atomSpecies() {
        List<Species> out = new ArrayList<>(types.length);
        for (int t : types) {
            out.add(typeSpecies.get(t));
        }
        return Collections.unmodifiableList(out);
    }

    /** Time between frames, ps (stride × time step; NaN when the stride is irregular). */
    public double frameIntervalPs() {
        return stride > 0 ? stride * timestepPs : Double.NaN;
    }

    /** Format flags. */
    public int flags() {
        return (velocities ? TrajectoryFormat.FLAG_VELOCITIES : 0)
                | (variableCell ? TrajectoryFormat.FLAG_VARIABLE_CELL : 0)
                | (singlePrecision ? TrajectoryFormat.FLAG_SINGLE_PRECISION : 0);
    }

    /** Bytes of one frame. */
    public long frameSize() {
        return TrajectoryFormat.frameSize(types.length, flags());
    }

    /** The encoded header, padded to a multiple of 8 bytes. */
    byte[] encode() {
        List<byte[]> names = new ArrayList<>();
        int size = TrajectoryFormat.FIXED_HEADER_BYTES;
        for (Species s : typeSpecies) {
            byte[] b = s.toString().getBytes(StandardCharsets.UTF_8);
            names.add(b);
            size += 2 + b.length;
        }
        size += 2 * types.length;
        size = (size + 7) / 8 * 8;
        ByteBuffer bb = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        bb.put(TrajectoryFormat.MAGIC);
        bb.putInt(TrajectoryFormat.VERSION);
        bb.putInt(size);
        bb.putInt(flags());
        bb.putInt(types.length);
        bb.putInt(typeSpecies.size());
        bb.putInt(0);
        bb.putDouble(timestepPs);
        bb.putLong(stride);
        for (double v : lattice.rowMajor()) {
            bb.putDouble(v);
        }
        for (byte[] b : names) {
            bb.putShort((short) b.length);
            bb.put(b);
        }
        for (int t : types) {
            bb.putShort((short) t);
        }
        return bb.array();
    }

    /**
     * Decodes a header from the start of a file.
     *
     * @param head     at least the first {@code headerSize} bytes (little-endian buffer at position 0)
     * @param fileName for messages
     */
    static TrajectoryHeader decode(ByteBuffer head, String fileName) {
        head.order(ByteOrder.LITTLE_ENDIAN);
        if (head.remaining() < TrajectoryFormat.FIXED_HEADER_BYTES) {
            throw bad(fileName, "too short for an ionmat trajectory header");
        }
        byte[] magic = new byte[8];
        head.get(magic);
        if (!java.util.Arrays.equals(magic, TrajectoryFormat.MAGIC)) {
            throw bad(fileName, "not an ionmat binary trajectory (wrong magic bytes)");
        }
        int version = head.getInt();
        if (version < 1 || version > TrajectoryFormat.VERSION) {
            throw bad(fileName, "trajectory format version " + version + " is not supported (this ionmat reads up to "
                    + TrajectoryFormat.VERSION + ")");
        }
        int headerSize = head.getInt();
        int flags = head.getInt();
        int n = head.getInt();
        int k = head.getInt();
        head.getInt();
        if (headerSize < TrajectoryFormat.FIXED_HEADER_BYTES || headerSize > head.capacity() || n < 0 || k < 1
                || k > 65535 || (flags & ~7) != 0) {
            throw bad(fileName, "corrupt trajectory header");
        }
        double dt = head.getDouble();
        long stride = head.getLong();
        double[] m = new double[9];
        for (int i = 0; i < 9; i++) {
            m[i] = head.getDouble();
        }
        List<Species> species = new ArrayList<>(k);
        int[] types = new int[n];
        try {
            for (int t = 0; t < k; t++) {
                int len = Short.toUnsignedInt(head.getShort());
                byte[] b = new byte[len];
                head.get(b);
                species.add(Species.parse(new String(b, StandardCharsets.UTF_8)));
            }
            for (int i = 0; i < n; i++) {
                types[i] = Short.toUnsignedInt(head.getShort());
                if (types[i] >= k) {
                    throw bad(fileName, "atom " + (i + 1) + " has type " + types[i] + " of " + k);
                }
            }
        } catch (java.nio.BufferUnderflowException e) {
            throw bad(fileName, "truncated trajectory header");
        } catch (InvalidInputException e) {
            throw bad(fileName, "corrupt trajectory header: " + e.problem());
        }
        if (head.position() > headerSize) {
            throw bad(fileName, "corrupt trajectory header (size)");
        }
        return new TrajectoryHeader(species, types, dt, stride, Lattice.ofRowMajor(m),
                (flags & TrajectoryFormat.FLAG_VELOCITIES) != 0, (flags & TrajectoryFormat.FLAG_VARIABLE_CELL) != 0,
                (flags & TrajectoryFormat.FLAG_SINGLE_PRECISION) != 0);
    }

    private static InvalidInputException bad(String file, String problem) {
        return new InvalidInputException(file, -1, null, problem);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrajectoryHeader h && typeSpecies.equals(h.typeSpecies) && java.util.Arrays.equals(types, h.types)
                && Double.compare(timestepPs, h.timestepPs) == 0 && stride == h.stride && lattice.equals(h.lattice)
                && velocities == h.velocities && variableCell == h.variableCell && singlePrecision == h.singlePrecision;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(typeSpecies, java.util.Arrays.hashCode(types), timestepPs, stride);
    }

    @Override
    public String toString() {
        return "TrajectoryHeader(" + types.length + " atoms, " + typeSpecies + ", dt " + timestepPs + " ps, stride "
                + stride + (velocities ? ", velocities" : "") + (variableCell ? ", variable cell" : "")
                + (singlePrecision ? ", single precision" : "") + ")";
    }
}
