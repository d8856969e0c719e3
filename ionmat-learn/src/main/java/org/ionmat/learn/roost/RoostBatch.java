package org.ionmat.learn.roost;

import java.util.List;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.ionmat.learn.embedding.ElementEmbedding;

/**
 * A mini-batch of compositions as dense padded tensors: B compositions of at most E elements.
 * The weighted graph of each composition (all ordered pairs of its elements) is the E×E block of
 * {@link #pairMask}; padding entries have zero weight and mask. Masking makes this equal to the
 * ragged (scatter) formulation of the thesis. Batches of one composition size ({@link #uniform}) need
 * no masks: the network gathers each element's partners directly.
 *
 * @param features  [B, E, n] element embeddings
 * @param weights   [B, E] fractional weights
 * @param logWeights [B, E] log w (0 at padding)
 * @param nodeMask  [B, E] 1 for real elements (null when uniform)
 * @param pairMask  [B, E, E] 1 for pairs (i, j) taking part in message passing (null when uniform)
 * @param uniform   every composition has exactly E elements (no padding)
 */
public record RoostBatch(NDArray features, NDArray weights, NDArray logWeights, NDArray nodeMask, NDArray pairMask,
        boolean uniform) {

    /** Number of compositions. */
    public int size() {
        return (int) weights.getShape().get(0);
    }

    /**
     * Splits the compositions {@code index[from..to)} into groups of equal element count (so that no
     * pair computation is wasted on padding) and builds one batch per group. {@code order} receives,
     * for each row of the concatenated groups, its position in {@code from..to} (0-based).
     */
    public static List<RoostBatch> grouped(List<EncodedComposition> all, int[] index, int from, int to,
            ElementEmbedding emb, boolean selfPairs, NDManager manager, int[] order) {
        int maxSize = 0;
        for (int k = from; k < to; k++) {
            maxSize = Math.max(maxSize, all.get(index == null ? k : index[k]).size());
        }
        int[] count = new int[maxSize + 1];
        for (int k = from; k < to; k++) {
            count[all.get(index == null ? k : index[k]).size()]++;
        }
        java.util.ArrayList<RoostBatch> groups = new java.util.ArrayList<>();
        int pos = 0;
        int[] sel = new int[to - from];
        for (int s = 1; s <= maxSize; s++) {
            if (count[s] == 0) {
                continue;
            }
            int c = 0;
            for (int k = from; k < to; k++) {
                int idx = index == null ? k : index[k];
                if (all.get(idx).size() == s) {
                    sel[c++] = idx;
                    order[pos++] = k - from;
                }
            }
            groups.add(of(all, sel, 0, c, emb, selfPairs, manager));
        }
        return groups;
    }

    /** Builds the batch of the given compositions (indices into {@code all}) on a manager. */
    public static RoostBatch of(List<EncodedComposition> all, int[] index, int from, int to, ElementEmbedding emb,
            boolean selfPairs, NDManager manager) {
        int b = to - from;
        int e = 1;
        int smallest = Integer.MAX_VALUE;
        for (int k = from; k < to; k++) {
            int size = all.get(index == null ? k : index[k]).size();
            e = Math.max(e, size);
            smallest = Math.min(smallest, size);
        }
        boolean uniform = smallest == e;
        int n = emb.dimension();
        float[] x = new float[b * e * n];
        float[] w = new float[b * e];
        float[] lw = new float[b * e];
        float[] m = uniform ? null : new float[b * e];
        float[] pm = uniform ? null : new float[b * e * e];
        for (int r = 0; r < b; r++) {
            EncodedComposition c = all.get(index == null ? from + r : index[from + r]);
            int s = c.size();
            for (int i = 0; i < s; i++) {
                emb.copyVector(c.element(i), x, (r * e + i) * n);
                w[r * e + i] = c.weight(i);
                lw[r * e + i] = (float) Math.log(c.weight(i));
                if (uniform) {
                    continue;
                }
                m[r * e + i] = 1f;
                for (int j = 0; j < s; j++) {
                    if (i != j || selfPairs) {
                        pm[(r * e + i) * e + j] = 1f;
                    }
                }
            }
        }
        return new RoostBatch(manager.create(x, new Shape(b, e, n)), manager.create(w, new Shape(b, e)),
                manager.create(lw, new Shape(b, e)), uniform ? null : manager.create(m, new Shape(b, e)),
                uniform ? null : manager.create(pm, new Shape(b, e, e)), uniform);
    }
}
