package org.ionmat.core.neighbors;

import java.util.Locale;
import java.util.function.IntConsumer;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.parallel.ParallelChunks;
import org.ionmat.core.structure.Lattice;

/**
 * The cell-list search behind {@link NeighborSearch}: a reusable, single-owner workspace (not
 * thread-safe itself; it runs its own threads).
 *
 * <p>Two passes over the atoms, both parallel over chunks of consecutive atoms: the first counts the
 * neighbors of every atom, which gives the exact CSR offsets; the second writes each atom's pairs
 * at its offset. So the arrays are allocated once at their exact size, no pair is stored twice, and
 * the output is identical for any number of threads. For atom i the search visits only the bins
 * within its cutoff window along each axis (by the perpendicular widths) whose offset from i's bin
 * is {@link BinReach reachable}; images of bins beyond the cell (cutoff larger than the cell) are
 * visited as often as the window requires.
 */
final class NeighborFinder {

    /** Atoms per parallel work item. */
    private static final int CHUNK = 512;
    /** Largest number of pairs whose 3-per-pair arrays fit in a Java array. */
    private static final long MAX_PAIRS_3 = (Integer.MAX_VALUE - 8) / 3;
    private static final long MAX_PAIRS_1 = Integer.MAX_VALUE - 8;

    private final NeighborSearch search;
    private final boolean alwaysPrune;
    private final CellGrid grid = new CellGrid();
    private int[] counts = new int[0];
    private double[] sortedRadii = new double[0];

    // set up per call, read by the worker threads
    private BinReach reach;
    private int spanA;
    private int spanB;
    private int spanC;
    private int[] wrapA;
    private int[] wrapB;
    private int[] wrapC;
    private int[] imageA;
    private int[] imageB;
    private int[] imageC;
    private double maxRadius;
    private int[] outCenters;
    private int[] outNeighbors;
    private int[] outShifts;
    private double[] outVectors;
    private double[] outDistances;
    private int[] outOffsets;

    NeighborFinder(NeighborSearch search) {
        this(search, false);
    }

    /**
     * @param alwaysPrune build the bin reachability table even for few atoms (tests use this to
     *                    check the pruning on small systems)
     */
    NeighborFinder(NeighborSearch search, boolean alwaysPrune) {
        this.search = search;
        this.alwaysPrune = alwaysPrune;
    }

    /**
     * Finds the neighbor list; if {@code reuse} has exactly the resulting size and the same
     * quantities, its arrays are overwritten and shared by the returned list.
     */
    NeighborList find(Lattice lattice, double[] positions, NeighborList reuse) {
        double[] radii = search.radiiView();
        if (radii != null && radii.length * 3 != positions.length) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "%d neighbor radii given for %d atoms", radii.length, positions.length / 3));
        }
        double cutoff = search.maxCutoff();
        boolean wide = search.computesShifts() || search.computesVectors();
        long maxPairs = wide ? MAX_PAIRS_3 : MAX_PAIRS_1;
        double atoms = positions.length / 3.0;
        double estimate = atoms * atoms * (4.0 / 3.0 * Math.PI * cutoff * cutoff * cutoff) / lattice.volume();
        if (estimate > 8.0 * maxPairs) {
            throw tooMany(atoms, cutoff, String.format(Locale.ROOT, "about %.3g", estimate));
        }
        grid.assign(lattice, positions, cutoff);
        int n = grid.atoms;
        prepare(radii);
        if (counts.length < n) {
            counts = new int[n];
        }
        int chunks = (n + CHUNK - 1) / CHUNK;
        run(chunks, n, c -> {
            int end = Math.min(n, (c + 1) * CHUNK);
            for (int slot = c * CHUNK; slot < end; slot++) {
                int i = grid.sortedIndex[slot];
                counts[i] = scan(i, false, 0);
            }
        });
        long total = 0;
        for (int i = 0; i < n; i++) {
            total += counts[i];
        }
        if (total > maxPairs) {
            throw tooMany(n, cutoff, Long.toString(total));
        }
        int size = (int) total;
        boolean reusable = reuse != null && reuse.size() == size && reuse.atomCount() == n
                && reuse.hasShifts() == search.computesShifts() && reuse.hasVectors() == search.computesVectors()
                && reuse.hasDistances() == search.computesDistances();
        outOffsets = reusable ? reuse.offsets : new int[n + 1];
        outCenters = reusable ? reuse.centers : new int[size];
        outNeighbors = reusable ? reuse.neighbors : new int[size];
        outShifts = search.computesShifts() ? (reusable ? reuse.shifts : new int[3 * size]) : null;
        outVectors = search.computesVectors() ? (reusable ? reuse.vectors : new double[3 * size]) : null;
        outDistances = search.computesDistances() ? (reusable ? reuse.distances : new double[size]) : null;
        outOffsets[0] = 0;
        for (int i = 0; i < n; i++) {
            outOffsets[i + 1] = outOffsets[i] + counts[i];
        }
        run(chunks, n, c -> {
            int end = Math.min(n, (c + 1) * CHUNK);
            for (int slot = c * CHUNK; slot < end; slot++) {
                int i = grid.sortedIndex[slot];
                int written = scan(i, true, outOffsets[i]);
                if (written != counts[i]) {
                    throw new IllegalStateException("neighbor search is not reproducible at atom " + i);
                }
            }
        });
        NeighborList list = new NeighborList(n, cutoff, search.isHalf(), search.includesSelfPairs(), outCenters,
                outNeighbors, outShifts, outVectors, outDistances, outOffsets);
        outCenters = null;
        outNeighbors = null;
        outShifts = null;
        outVectors = null;
        outDistances = null;
        outOffsets = null;
        return list;
    }

    private static InvalidInputException tooMany(double atoms, double cutoff, String pairs) {
        return new InvalidInputException(String.format(Locale.ROOT,
                "neighbor list of %.0f atoms within %.4g Å would hold %s pairs, more than Java arrays can; "
                        + "use a smaller cutoff or fewer quantities", atoms, cutoff, pairs));
    }

    /** Search windows, wrap tables and the reachability table for the current grid. */
    private void prepare(double[] radii) {
        int n = grid.atoms;
        double cutoff = search.maxCutoff();
        maxRadius = 0;
        if (radii != null) {
            if (sortedRadii.length < n) {
                sortedRadii = new double[n];
            }
            for (int s = 0; s < n; s++) {
                double r = radii[grid.sortedIndex[s]];
                sortedRadii[s] = r;
                maxRadius = Math.max(maxRadius, r);
            }
        }
        // the window of atom i reaches (its radius + the largest radius) or the cutoff: at most cutoff
        int[] nk = {grid.na, grid.nb, grid.nc};
        int[] span = new int[3];
        for (int k = 0; k < 3; k++) {
            span[k] = (int) Math.ceil(cutoff * nk[k] / grid.widths[k] + 1e-6) + 2;
        }
        if (reach != null && reach.matches(grid.m, nk, span, cutoff, alwaysPrune ? Integer.MAX_VALUE : n)) {
            return; // same cell, bins and cutoff as the previous call (Verlet rebuilds)
        }
        spanA = span[0];
        spanB = span[1];
        spanC = span[2];
        wrapA = new int[grid.na + 2 * spanA];
        imageA = new int[wrapA.length];
        wrapB = new int[grid.nb + 2 * spanB];
        imageB = new int[wrapB.length];
        wrapC = new int[grid.nc + 2 * spanC];
        imageC = new int[wrapC.length];
        fillWrap(wrapA, imageA, spanA, grid.na);
        fillWrap(wrapB, imageB, spanB, grid.nb);
        fillWrap(wrapC, imageC, spanC, grid.nc);
        reach = new BinReach(grid.m, nk, span, cutoff, alwaysPrune ? Integer.MAX_VALUE : n);
    }

    private static void fillWrap(int[] wrap, int[] image, int span, int n) {
        for (int p = 0; p < wrap.length; p++) {
            int t = p - span;
            wrap[p] = Math.floorMod(t, n);
            image[p] = Math.floorDiv(t, n);
        }
    }

    /**
     * Neighbors of atom {@code i}: counted, and written from pair index {@code pos} if
     * {@code write}.
     *
     * @return number of pairs of atom i
     */
    private int scan(int i, boolean write, int pos) {
        final CellGrid g = grid;
        final double[] m = g.m;
        final double[] sc = g.sortedCart;
        final int[] sidx = g.sortedIndex;
        final int[] binStart = g.binStart;
        final int[] wrapI = g.wrap;
        final boolean half = search.isHalf();
        final boolean self = search.includesSelfPairs();
        final double[] radii = search.radiiView();
        final double[] sr = sortedRadii;
        final int[] oc = outCenters;
        final int[] on = outNeighbors;
        final int[] os = write ? outShifts : null;
        final double[] ov = write ? outVectors : null;
        final double[] od = write ? outDistances : null;
        final int nb = g.nb;
        final int nc = g.nc;
        final int mbStride = 2 * reach.mb + 1;
        final int[] rowLo = reach.rowLo;
        final int[] rowHi = reach.rowHi;

        final double xi = g.cart[3 * i];
        final double yi = g.cart[3 * i + 1];
        final double zi = g.cart[3 * i + 2];
        final int wia = wrapI[3 * i];
        final int wib = wrapI[3 * i + 1];
        final int wic = wrapI[3 * i + 2];
        final double ri = radii == null ? 0 : radii[i];
        final double reachI = radii == null ? search.maxCutoff() : ri + maxRadius;
        final double rc2 = reachI * reachI;
        final boolean simple = radii == null && !half;
        final int qi = g.slotOf[i];
        final int ba = g.bin[3 * i];
        final int bb = g.bin[3 * i + 1];
        final int bc = g.bin[3 * i + 2];
        final int loA = window(g.frac[3 * i], -reachI, g.widths[0], g.na);
        final int hiA = window(g.frac[3 * i], reachI, g.widths[0], g.na);
        final int loB = window(g.frac[3 * i + 1], -reachI, g.widths[1], nb);
        final int hiB = window(g.frac[3 * i + 1], reachI, g.widths[1], nb);
        final int loC = window(g.frac[3 * i + 2], -reachI, g.widths[2], nc);
        final int hiC = window(g.frac[3 * i + 2], reachI, g.widths[2], nc);

        int count = 0;
        for (int ta = loA; ta <= hiA; ta++) {
            final int ia = imageA[ta + spanA];
            final int rowA = wrapA[ta + spanA] * nb;
            final int da = (ta - ba + reach.ma) * mbStride + reach.mb - bb;
            final double ax = ia * m[0] - xi;
            final double ay = ia * m[1] - yi;
            final double az = ia * m[2] - zi;
            for (int tb = loB; tb <= hiB; tb++) {
                final int row = da + tb;
                final int cLo = Math.max(loC, bc + rowLo[row]);
                final int cHi = Math.min(hiC, bc + rowHi[row]);
                if (cLo > cHi) {
                    continue;
                }
                final int ib = imageB[tb + spanB];
                final int rowB = (rowA + wrapB[tb + spanB]) * nc;
                final double bx = ax + ib * m[3];
                final double by = ay + ib * m[4];
                final double bz = az + ib * m[5];
                // the bins of a row are contiguous in sorted order while the image along c is constant
                int tc = cLo;
                while (tc <= cHi) {
                    final int ic = imageC[tc + spanC];
                    final int wc = wrapC[tc + spanC];
                    final int last = Math.min(cHi, tc + nc - 1 - wc);
                    final int qEnd = binStart[rowB + wc + last - tc + 1];
                    final int qStart = binStart[rowB + wc];
                    tc = last + 1;
                    final double sx = bx + ic * m[6];
                    final double sy = by + ic * m[7];
                    final double sz = bz + ic * m[8];
                    final boolean zeroImage = ia == 0 && ib == 0 && ic == 0;
                    if (simple) {
                        // full list, one cutoff: only the distance decides (and the self slot)
                        final int skip = zeroImage && !self ? qi : -1;
                        if (!write) {
                            int c = 0;
                            for (int q = qStart; q < qEnd; q++) {
                                final double dx = sc[3 * q] + sx;
                                final double dy = sc[3 * q + 1] + sy;
                                final double dz = sc[3 * q + 2] + sz;
                                if (dx * dx + dy * dy + dz * dz <= rc2) {
                                    c++;
                                }
                            }
                            // the self slot lies at distance exactly 0 (x_i - x_i)
                            count += skip >= qStart && skip < qEnd ? c - 1 : c;
                            continue;
                        }
                        for (int q = qStart; q < qEnd; q++) {
                            final double dx = sc[3 * q] + sx;
                            final double dy = sc[3 * q + 1] + sy;
                            final double dz = sc[3 * q + 2] + sz;
                            final double d2 = dx * dx + dy * dy + dz * dz;
                            if (d2 > rc2 || q == skip) {
                                continue;
                            }
                            final int j = sidx[q];
                            final int p = pos + count;
                            oc[p] = i;
                            on[p] = j;
                            if (os != null) {
                                os[3 * p] = ia + wia - wrapI[3 * j];
                                os[3 * p + 1] = ib + wib - wrapI[3 * j + 1];
                                os[3 * p + 2] = ic + wic - wrapI[3 * j + 2];
                            }
                            if (ov != null) {
                                ov[3 * p] = dx;
                                ov[3 * p + 1] = dy;
                                ov[3 * p + 2] = dz;
                            }
                            if (od != null) {
                                od[p] = Math.sqrt(d2);
                            }
                            count++;
                        }
                        continue;
                    }
                    for (int q = qStart; q < qEnd; q++) {
                        final int j = sidx[q];
                        if (half && j < i) {
                            continue;
                        }
                        final double dx = sc[3 * q] + sx;
                        final double dy = sc[3 * q + 1] + sy;
                        final double dz = sc[3 * q + 2] + sz;
                        final double d2 = dx * dx + dy * dy + dz * dz;
                        if (radii == null) {
                            if (d2 > rc2) {
                                continue;
                            }
                        } else {
                            final double lim = ri + sr[q];
                            if (d2 > lim * lim) {
                                continue;
                            }
                        }
                        if (j == i) {
                            if (zeroImage) {
                                if (!self) {
                                    continue;
                                }
                            } else if (half && !lexicographicallyPositive(ia, ib, ic)) {
                                continue;
                            }
                        }
                        if (write) {
                            final int p = pos + count;
                            oc[p] = i;
                            on[p] = j;
                            if (os != null) {
                                os[3 * p] = ia + wia - wrapI[3 * j];
                                os[3 * p + 1] = ib + wib - wrapI[3 * j + 1];
                                os[3 * p + 2] = ic + wic - wrapI[3 * j + 2];
                            }
                            if (ov != null) {
                                ov[3 * p] = dx;
                                ov[3 * p + 1] = dy;
                                ov[3 * p + 2] = dz;
                            }
                            if (od != null) {
                                od[p] = Math.sqrt(d2);
                            }
                        }
                        count++;
                    }
                }
            }
        }
        return count;
    }

    /**
     * Bin (unwrapped, may lie outside [0, n)) holding fractional coordinate {@code f + r / width},
     * widened by a hair so that rounding never loses a pair (all candidates are checked exactly).
     */
    private static int window(double f, double r, double width, int n) {
        double t = (f + r / width) * n;
        return (int) Math.floor(r < 0 ? t - 1e-6 * (1 + Math.abs(t)) : t + 1e-6 * (1 + Math.abs(t)));
    }

    private static boolean lexicographicallyPositive(int a, int b, int c) {
        return a > 0 || (a == 0 && (b > 0 || (b == 0 && c > 0)));
    }

    /** Runs {@code task} for chunks 0..chunks-1, in parallel when the settings ask for it. */
    private void run(int chunks, int atoms, IntConsumer task) {
        ParallelChunks.run(chunks, search.threads(), atoms >= NeighborSearch.PARALLEL_THRESHOLD, task);
    }
}
