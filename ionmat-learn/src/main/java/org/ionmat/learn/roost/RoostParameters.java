package org.ionmat.learn.roost;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.ionmat.core.InvalidInputException;

/**
 * The learnable parameters of one Roost network as named float arrays, in a fixed order, with
 * PyTorch's default initialisation (every weight and bias of a linear layer with {@code in} inputs
 * uniform in ±1/√in; the softmax weight exponents from N(0, 1)), drawn from a seeded generator so
 * that a seed fixes the network. Layout (M heads, H hidden, d node length, n embedding length):
 *
 * <pre>
 * embed.W [d-1, n], embed.b [d-1]                      initial node state h = [W x + b ; w]
 * mp{t}.W1 [2MH, 2d], mp{t}.b1 [2MH]                   first layers of f (rows 0..MH) and g (MH..2MH) of all heads
 * mp{t}.fW2 [M, H], mp{t}.fb2 [M]                      attention score layer per head
 * mp{t}.gW2 [M, H, d], mp{t}.gb2 [M, d]                message layer per head
 * mp{t}.pow [M]                                        weight exponents (LEARNABLE only)
 * pool.W1 [2PH, d] ... pool.pow [P]                    the same for the weighted attention pooling
 * out{k}.W [h_k, h_k-1], out{k}.b [h_k], out{k}.P      residual output network (P: bias-free projection)
 * final.W [outputs, h_last], final.b [outputs]
 * </pre>
 *
 * The binary format ({@link #write}) is: magic "IMRP", version 1, count, then per array its name
 * (UTF), rank, dims and big-endian floats.
 */
public final class RoostParameters {

    /** Name and shape of one array; {@code bound} &gt; 0: uniform ±bound, 0: standard normal. */
    public record Spec(String name, long[] shape, double bound) {
        /** Number of entries. */
        public int size() {
            long s = 1;
            for (long d : shape) {
                s *= d;
            }
            return Math.toIntExact(s);
        }
    }

    private static final int MAGIC = 0x494d5250;

    private final List<Spec> specs;
    private final float[][] values;

    private RoostParameters(List<Spec> specs, float[][] values) {
        this.specs = specs;
        this.values = values;
    }

    /** The array layout of a network with this architecture. */
    public static List<Spec> specs(RoostConfig c) {
        List<Spec> s = new ArrayList<>();
        int n = c.embeddingDim();
        int d = c.nodeDim();
        s.add(new Spec("embed.W", new long[] {d - 1, n}, 1 / Math.sqrt(n)));
        s.add(new Spec("embed.b", new long[] {d - 1}, 1 / Math.sqrt(n)));
        for (int t = 0; t < c.messageLayers(); t++) {
            attention(s, "mp" + t, c.messageHeads(), c.messageHidden(), 2 * d, d, c.weightPower());
        }
        attention(s, "pool", c.poolHeads(), c.poolHidden(), d, d, c.weightPower());
        int in = d;
        int[] hidden = c.outputHidden();
        for (int k = 0; k < hidden.length; k++) {
            int out = hidden[k];
            s.add(new Spec("out" + k + ".W", new long[] {out, in}, 1 / Math.sqrt(in)));
            s.add(new Spec("out" + k + ".b", new long[] {out}, 1 / Math.sqrt(in)));
            if (out != in) {
                s.add(new Spec("out" + k + ".P", new long[] {out, in}, 1 / Math.sqrt(in)));
            }
            in = out;
        }
        s.add(new Spec("final.W", new long[] {c.outputs(), in}, 1 / Math.sqrt(in)));
        s.add(new Spec("final.b", new long[] {c.outputs()}, 1 / Math.sqrt(in)));
        return List.copyOf(s);
    }

    private static void attention(List<Spec> s, String p, int m, int h, int in, int d, RoostConfig.WeightPower power) {
        s.add(new Spec(p + ".W1", new long[] {2L * m * h, in}, 1 / Math.sqrt(in)));
        s.add(new Spec(p + ".b1", new long[] {2L * m * h}, 1 / Math.sqrt(in)));
        s.add(new Spec(p + ".fW2", new long[] {m, h}, 1 / Math.sqrt(h)));
        s.add(new Spec(p + ".fb2", new long[] {m}, 1 / Math.sqrt(h)));
        s.add(new Spec(p + ".gW2", new long[] {m, h, d}, 1 / Math.sqrt(h)));
        s.add(new Spec(p + ".gb2", new long[] {m, d}, 1 / Math.sqrt(h)));
        if (power == RoostConfig.WeightPower.LEARNABLE) {
            s.add(new Spec(p + ".pow", new long[] {m}, 0));
        }
    }

    /** Number of learnable scalars of a network with this architecture. */
    public static long count(RoostConfig c) {
        long n = 0;
        for (Spec s : specs(c)) {
            n += s.size();
        }
        return n;
    }

    /** Freshly initialised parameters (PyTorch default scheme) from a seed. */
    public static RoostParameters initialize(RoostConfig c, long seed) {
        List<Spec> specs = specs(c);
        SplittableRandom rng = new SplittableRandom(seed);
        float[][] v = new float[specs.size()][];
        for (int i = 0; i < v.length; i++) {
            Spec s = specs.get(i);
            float[] a = new float[s.size()];
            for (int j = 0; j < a.length; j++) {
                a[j] = s.bound() > 0 ? (float) ((2 * rng.nextDouble() - 1) * s.bound()) : (float) gaussian(rng);
            }
            v[i] = a;
        }
        return new RoostParameters(specs, v);
    }

    /** Parameters from arrays in {@link #specs} order (copied). */
    public static RoostParameters of(RoostConfig c, float[][] arrays) {
        List<Spec> specs = specs(c);
        if (arrays.length != specs.size()) {
            throw new IllegalArgumentException("expected " + specs.size() + " arrays, got " + arrays.length);
        }
        float[][] v = new float[arrays.length][];
        for (int i = 0; i < v.length; i++) {
            if (arrays[i].length != specs.get(i).size()) {
                throw new IllegalArgumentException(specs.get(i).name() + ": expected " + specs.get(i).size() + " values");
            }
            v[i] = arrays[i].clone();
        }
        return new RoostParameters(specs, v);
    }

    private static double gaussian(SplittableRandom rng) {
        double u1 = rng.nextDouble();
        double u2 = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** The layout. */
    public List<Spec> specs() {
        return specs;
    }

    /** A copy of array {@code i}. */
    public float[] array(int i) {
        return values[i].clone();
    }

    /** Copies of all arrays in layout order. */
    public float[][] arrays() {
        float[][] r = new float[values.length][];
        for (int i = 0; i < r.length; i++) {
            r[i] = values[i].clone();
        }
        return r;
    }

    /** Total number of scalars. */
    public long size() {
        long n = 0;
        for (float[] a : values) {
            n += a.length;
        }
        return n;
    }

    /** Writes the binary format. */
    public void write(OutputStream os) throws IOException {
        DataOutputStream out = new DataOutputStream(os);
        out.writeInt(MAGIC);
        out.writeInt(1);
        out.writeInt(specs.size());
        for (int i = 0; i < specs.size(); i++) {
            Spec s = specs.get(i);
            out.writeUTF(s.name());
            out.writeInt(s.shape().length);
            for (long d : s.shape()) {
                out.writeLong(d);
            }
            byte[] buf = new byte[values[i].length * 4];
            java.nio.ByteBuffer.wrap(buf).asFloatBuffer().put(values[i]);
            out.write(buf);
        }
        out.flush();
    }

    /** Reads the binary format and checks it against the architecture. */
    public static RoostParameters read(RoostConfig c, InputStream is, String source) throws IOException {
        DataInputStream in = new DataInputStream(is);
        List<Spec> specs = specs(c);
        if (in.readInt() != MAGIC || in.readInt() != 1) {
            throw new InvalidInputException(source, -1, null, "not an ionmat Roost parameter file");
        }
        int count = in.readInt();
        if (count != specs.size()) {
            throw new InvalidInputException(source, -1, null,
                    "parameter file has " + count + " arrays, the architecture needs " + specs.size());
        }
        float[][] v = new float[count][];
        for (int i = 0; i < count; i++) {
            Spec s = specs.get(i);
            String name = in.readUTF();
            int rank = in.readInt();
            long[] shape = new long[rank];
            for (int k = 0; k < rank; k++) {
                shape[k] = in.readLong();
            }
            if (!name.equals(s.name()) || !Arrays.equals(shape, s.shape())) {
                throw new InvalidInputException(source, -1, name, "parameter " + name + Arrays.toString(shape)
                        + " does not match the architecture's " + s.name() + Arrays.toString(s.shape()));
            }
            byte[] buf = new byte[s.size() * 4];
            in.readFully(buf);
            v[i] = new float[s.size()];
            java.nio.ByteBuffer.wrap(buf).asFloatBuffer().get(v[i]);
        }
        return new RoostParameters(specs, v);
    }
}
