package org.ionmat.core.composition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;

/**
 * Charge-balanced oxidation-state guesses for a composition, ranked by how common the states are
 * in the ICSD (the approach of pymatgen's {@code Composition.oxi_state_guesses}; our own search).
 *
 * <h2>Method</h2>
 * Every atom gets an integer oxidation state from its element's candidates (by default the states
 * observed in the ICSD, see {@link OxidationStatistics#icsdStates}; elements without ICSD data use
 * all their known states). An assignment is valid when the states add up to the target charge
 * (0). Its score is the sum over atoms of the ICSD occurrence count of the assigned species;
 * guesses are returned best first. Atoms of one element may take different states (mixed
 * valence: Fe3O4 = Fe2+ + 2 Fe3+); the guess reports their average and the species split.
 *
 * <p>For each element the best-scoring multiset of states is found for every possible total by
 * dynamic programming over the atoms; the elements are then combined by a best-first search
 * bounded by the exact best completion, so the top guesses come out in order without enumerating
 * all combinations (pymatgen enumerates them, which explodes for large cells).
 *
 * <h2>Non-integer compositions</h2>
 * Amounts are first multiplied by the smallest integer m &lt;= {@code maxMultiplier} that makes
 * them all integral (m = 2 for Li6.5La3Zr1.5Ta0.5O12, m = 1000 for Li0.33La0.557TiO3); the scaled
 * composition is charge balanced exactly, and the score is divided by m again. Only if no
 * multiplier makes them exactly integral, the smallest one that does so within the relative
 * {@code amountTolerance} is used (Li5.3333 -> 16/3 with m = 3); such guesses are balanced to
 * within that tolerance. If the search for the scaled composition would be too large (cell
 * contents of big disordered structures), the smallest integer composition proportional to it is
 * used instead (its gcd divided out). The species split keeps the input amounts in every case. Nominal
 * compositions that are not exactly balanced then come out as small mixed-valence deviations (Ti
 * 3.999 in Li0.33La0.557TiO3, because 0.33 + 3 x 0.557 + 4 = 6.001), which is the honest answer
 * for the formula as written. No multiplier up to the limit, or a search too large for the bounds
 * below, gives an {@link InvalidInputException} naming the composition.
 *
 * <h2>Ties</h2>
 * Guesses with equal scores are ordered by the total oxidation state of each element in
 * electronegativity order, lower first.
 *
 * <p>Pure elements get no guess (0 is not a candidate state), nor do compositions containing an
 * element without any candidate state (noble gases).
 */
public final class OxidationStateGuesser {

    /** Upper bound on dynamic-programming cells (sum over atoms of reachable totals) per element. */
    static final long MAX_CELLS_PER_ELEMENT = 60_000_000L;
    /** Upper bound on the cells of the best-completion tables. */
    static final long MAX_COMPLETION_CELLS = 50_000_000L;
    private static final long UNREACHABLE = Long.MIN_VALUE;
    /** Relative tolerance of the first, exact search for a multiplier. */
    private static final double EXACT = 1e-9;

    private OxidationStateGuesser() {
    }

    /** Guesses with {@link OxidationStateOptions#DEFAULTS}, best first; empty if none balances. */
    public static List<OxidationStateGuess> guesses(Composition composition) {
        return guesses(composition, OxidationStateOptions.DEFAULTS);
    }

    /**
     * Charge-balanced guesses, best first (at most {@code options.maxResults()}); empty if no
     * assignment of candidate states balances.
     *
     * @throws InvalidInputException if the amounts cannot be made integral with a multiplier up to
     *                               {@code options.maxMultiplier()} or the search is too large
     */
    public static List<OxidationStateGuess> guesses(Composition composition, OxidationStateOptions options) {
        Map<Element, Double> amounts = composition.elementAmounts();
        if (amounts.isEmpty()) {
            return List.of();
        }
        int m = multiplier(composition, amounts, options);
        List<Element> elements = new ArrayList<>(amounts.keySet());
        int[][] states = new int[elements.size()][];
        long[] atoms = new long[elements.size()];
        for (int i = 0; i < states.length; i++) {
            states[i] = candidates(elements.get(i), options);
            if (states[i].length == 0) {
                return List.of();
            }
            atoms[i] = Math.round(amounts.get(elements.get(i)) * m);
        }
        double scale = m;
        double target = options.targetCharge() * scale;
        if (!fits(atoms, states)) {
            // fall back to the smallest integer composition proportional to the scaled one
            long g = 0;
            for (long n : atoms) {
                g = ReducedFormula.gcd(g, n);
            }
            for (int i = 0; i < atoms.length; i++) {
                atoms[i] /= g;
            }
            scale /= g;
            target /= g;
            if (!fits(atoms, states)) {
                throw new InvalidInputException(null, -1, composition.formula(), "cannot guess oxidation states of '"
                        + composition.formula() + "': the search over " + Arrays.toString(atoms)
                        + " atoms with several candidate states each is too large");
            }
        }
        if (Math.abs(target - Math.rint(target)) > 1e-9 * Math.max(1, Math.abs(target))) {
            return List.of(); // a fractional total charge cannot be reached with integer states
        }
        long lowest = 0;
        long highest = 0;
        for (int i = 0; i < states.length; i++) {
            lowest += atoms[i] * states[i][0];
            highest += atoms[i] * states[i][states[i].length - 1];
        }
        if (Math.rint(target) < lowest || Math.rint(target) > highest) {
            return List.of(); // even the extreme states cannot reach the target charge
        }
        ElementTotals[] tables = new ElementTotals[elements.size()];
        for (int i = 0; i < tables.length; i++) {
            tables[i] = ElementTotals.build(elements.get(i), (int) atoms[i], states[i]);
        }
        Completion completion = Completion.build(tables);
        List<int[]> picks = search(tables, completion, (long) Math.rint(target), options.maxResults());
        List<OxidationStateGuess> out = new ArrayList<>(picks.size());
        for (int[] pick : picks) {
            out.add(toGuess(tables, pick, scale, amounts));
        }
        return List.copyOf(out);
    }

    /** Whether the dynamic programs for these atom counts stay within the cell budgets. */
    static boolean fits(long[] atoms, int[][] states) {
        long restWidth = 1;
        for (int i = atoms.length - 1; i >= 0; i--) {
            long n = atoms[i];
            long span = states[i][states[i].length - 1] - states[i][0];
            if (n > Integer.MAX_VALUE / 16) {
                return false;
            }
            long width = n * span + 1;
            long dpCells = span == 0 ? n : n * (n + 1) / 2 * span + n;
            if (dpCells > MAX_CELLS_PER_ELEMENT || width * restWidth > MAX_COMPLETION_CELLS) {
                return false;
            }
            restWidth += width - 1;
        }
        return true;
    }

    /** The best guess, if any. */
    public static Optional<OxidationStateGuess> best(Composition composition) {
        List<OxidationStateGuess> g = guesses(composition, OxidationStateOptions.DEFAULTS.withMaxResults(1));
        return g.isEmpty() ? Optional.empty() : Optional.of(g.get(0));
    }

    /** Candidate states of {@code e}, ascending and distinct. */
    static int[] candidates(Element e, OxidationStateOptions options) {
        List<Integer> list = options.overrides().get(e);
        if (list == null) {
            list = options.allOxidationStates() ? e.oxidationStates() : OxidationStatistics.icsdStates(e);
            if (list.isEmpty()) {
                list = e.oxidationStates();
            }
        }
        return list.stream().mapToInt(Integer::intValue).distinct().sorted().toArray();
    }

    /**
     * Smallest integer m that makes all amounts integral: exactly (within 1e-9 relative) if
     * possible, else within the relative {@code amountTolerance}.
     */
    static int multiplier(Composition c, Map<Element, Double> amounts, OxidationStateOptions options) {
        for (double tol : new double[] {EXACT, options.amountTolerance()}) {
            for (int m = 1; m <= options.maxMultiplier(); m++) {
                if (integralAfterScaling(amounts, m, tol)) {
                    return m;
                }
            }
        }
        throw new InvalidInputException(null, -1, c.formula(), "cannot guess oxidation states of '" + c.formula()
                + "': no multiplier up to " + options.maxMultiplier() + " makes all amounts integers");
    }

    private static boolean integralAfterScaling(Map<Element, Double> amounts, int m, double tol) {
        for (double a : amounts.values()) {
            double x = a * m;
            double r = Math.rint(x);
            if (r < 1 || Math.abs(x - r) > tol * x) {
                return false;
            }
        }
        return true;
    }

    /** Best-first search for the top {@code limit} charge-balanced picks (per element: total index). */
    private static List<int[]> search(ElementTotals[] tables, Completion completion, long target, int limit) {
        int k = tables.length;
        if (completion.best(0, target) == UNREACHABLE) {
            return List.of();
        }
        PriorityQueue<Node> queue = new PriorityQueue<>(Comparator
                .comparingLong((Node n) -> -n.bound)
                .thenComparing((Node n) -> -n.depth)
                .thenComparing((a, b) -> Arrays.compare(a.picks, b.picks)));
        queue.add(new Node(0, new int[0], 0, 0, completion.best(0, target)));
        List<Node> done = new ArrayList<>();
        long pops = 0;
        long maxPops = 1000L * limit + 100_000L;
        while (!queue.isEmpty() && pops++ < maxPops) {
            Node n = queue.peek();
            if (done.size() >= limit && n.bound < done.get(done.size() - 1).bound) {
                break;
            }
            queue.poll();
            if (n.depth == k) {
                done.add(n);
                continue;
            }
            ElementTotals t = tables[n.depth];
            int[] js = new int[t.size()];
            long[] bounds = new long[t.size()];
            int count = 0;
            for (int j = 0; j < t.size(); j++) {
                long score = t.score(j);
                if (score == UNREACHABLE) {
                    continue;
                }
                long rest = completion.best(n.depth + 1, target - n.sum - t.total(j));
                if (rest != UNREACHABLE) {
                    js[count] = j;
                    bounds[count++] = n.score + score + rest;
                }
            }
            // every child's bound is attained by one of its completions, so the best `limit`
            // children (ties: lower total first) contain the best `limit` solutions below n
            long threshold = Long.MIN_VALUE;
            if (count > limit) {
                long[] sorted = Arrays.copyOf(bounds, count);
                Arrays.sort(sorted);
                threshold = sorted[count - limit];
            }
            int above = 0;
            for (int c = 0; c < count; c++) {
                if (bounds[c] > threshold) {
                    above++;
                }
            }
            int atThreshold = limit - above;
            for (int c = 0; c < count; c++) {
                if (bounds[c] < threshold || (bounds[c] == threshold && atThreshold-- <= 0)) {
                    continue;
                }
                int j = js[c];
                int[] picks = Arrays.copyOf(n.picks, n.depth + 1);
                picks[n.depth] = j;
                queue.add(new Node(n.depth + 1, picks, n.sum + t.total(j), n.score + t.score(j), bounds[c]));
            }
        }
        done.sort(Comparator.comparingLong((Node n) -> -n.score).thenComparing((a, b) -> Arrays.compare(a.picks, b.picks)));
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, done.size()); i++) {
            out.add(done.get(i).picks);
        }
        return out;
    }

    private static OxidationStateGuess toGuess(ElementTotals[] tables, int[] pick, double scale,
                                               Map<Element, Double> amounts) {
        Map<Element, Double> averages = new LinkedHashMap<>();
        Map<Species, Double> species = new LinkedHashMap<>();
        long score = 0;
        for (int i = 0; i < tables.length; i++) {
            ElementTotals t = tables[i];
            int j = pick[i];
            averages.put(t.element, (double) t.total(j) / t.atoms);
            score += t.score(j);
            int[] counts = t.stateCounts(j);
            for (int s = 0; s < counts.length; s++) {
                if (counts[s] > 0) {
                    species.merge(Species.of(t.element, t.states[s]),
                            amounts.get(t.element) * counts[s] / t.atoms, Double::sum);
                }
            }
        }
        return new OxidationStateGuess(averages, Composition.of(species), score / scale, scale);
    }

    private record Node(int depth, int[] picks, long sum, long score, long bound) {
    }

    /**
     * For one element with {@code atoms} atoms: the best score of every reachable total oxidation
     * state, and which states make it up. Totals are indexed by j = total - atoms * min(states).
     */
    static final class ElementTotals {
        final Element element;
        final int atoms;
        final int[] states;
        private final long[] best;
        /** choice[a][j]: index of the state of the a-th atom on the best path to j, or null if single. */
        private final byte[][] choice;

        private ElementTotals(Element element, int atoms, int[] states, long[] best,
                              byte[][] choice) {
            this.element = element;
            this.atoms = atoms;
            this.states = states;
            this.best = best;
            this.choice = choice;
        }

        static ElementTotals build(Element e, int atoms, int[] states) {
            long[] w = new long[states.length];
            for (int s = 0; s < states.length; s++) {
                w[s] = OxidationStatistics.occurrence(e, states[s]);
            }
            int min = states[0];
            int span = states[states.length - 1] - min;
            int width = atoms * span + 1;
            long[] prev = new long[width];
            Arrays.fill(prev, UNREACHABLE);
            prev[0] = 0;
            byte[][] choice = states.length > 1 ? new byte[atoms + 1][] : null;
            for (int a = 1; a <= atoms; a++) {
                long[] cur = new long[width];
                Arrays.fill(cur, UNREACHABLE);
                byte[] ch = choice != null ? new byte[(a * span) + 1] : null;
                int prevMax = (a - 1) * span;
                for (int s = 0; s < states.length; s++) {
                    int shift = states[s] - min;
                    long ws = w[s];
                    for (int j = 0; j <= prevMax; j++) {
                        long p = prev[j];
                        if (p != UNREACHABLE && p + ws > cur[j + shift]) {
                            cur[j + shift] = p + ws;
                            if (ch != null) {
                                ch[j + shift] = (byte) s;
                            }
                        }
                    }
                }
                if (choice != null) {
                    choice[a] = ch;
                }
                prev = cur;
            }
            return new ElementTotals(e, atoms, states, prev, choice);
        }

        int size() {
            return best.length;
        }

        long score(int j) {
            return best[j];
        }

        long total(int j) {
            return (long) atoms * states[0] + j;
        }

        long minTotal() {
            return (long) atoms * states[0];
        }

        /** How many atoms take each state on the best path to total index j. */
        int[] stateCounts(int j) {
            int[] counts = new int[states.length];
            if (choice == null) {
                counts[0] = atoms;
                return counts;
            }
            for (int a = atoms; a >= 1; a--) {
                int s = choice[a][j];
                counts[s]++;
                j -= states[s] - states[0];
            }
            return counts;
        }
    }

    /** best(i, x): the best score of elements i..k-1 whose totals add up to x. */
    static final class Completion {
        private final long[][] table;
        private final long[] offset;

        private Completion(long[][] table, long[] offset) {
            this.table = table;
            this.offset = offset;
        }

        static Completion build(ElementTotals[] t) {
            int k = t.length;
            long[][] table = new long[k + 1][];
            long[] offset = new long[k + 1];
            table[k] = new long[] {0};
            offset[k] = 0;
            for (int i = k - 1; i >= 0; i--) {
                long lo = offset[i + 1] + t[i].minTotal();
                int width = table[i + 1].length + t[i].size() - 1;
                long[] cur = new long[width];
                Arrays.fill(cur, UNREACHABLE);
                long[] next = table[i + 1];
                for (int j = 0; j < t[i].size(); j++) {
                    long s = t[i].score(j);
                    if (s == UNREACHABLE) {
                        continue;
                    }
                    for (int r = 0; r < next.length; r++) {
                        if (next[r] == UNREACHABLE) {
                            continue;
                        }
                        long v = s + next[r];
                        if (v > cur[j + r]) {
                            cur[j + r] = v;
                        }
                    }
                }
                table[i] = cur;
                offset[i] = lo;
            }
            return new Completion(table, offset);
        }

        long best(int i, long x) {
            long idx = x - offset[i];
            if (idx < 0 || idx >= table[i].length) {
                return UNREACHABLE;
            }
            return table[i][(int) idx];
        }
    }
}
