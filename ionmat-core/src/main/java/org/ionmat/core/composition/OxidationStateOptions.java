package org.ionmat.core.composition;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.ionmat.core.element.Element;

/**
 * Options of {@link OxidationStateGuesser}. Start from {@link #DEFAULTS} and change with the
 * {@code with...} methods.
 *
 * @param targetCharge       total charge the guesses must add up to, e (0 = charge balance)
 * @param allOxidationStates use every known oxidation state of each element as candidates
 *                           instead of the states observed in the ICSD (very inclusive)
 * @param overrides          candidate states per element that replace the defaults
 * @param maxResults         at most this many guesses are returned, best first
 * @param maxMultiplier      non-integer amounts are made integral by the smallest integer
 *                           multiplier up to this value (e.g. 2 for Li6.5La3Zr1.5Ta0.5O12, 1000
 *                           for Li0.33La0.557TiO3)
 * @param amountTolerance    relative tolerance within which a scaled amount counts as an integer
 */
public record OxidationStateOptions(double targetCharge, boolean allOxidationStates,
                                    Map<Element, List<Integer>> overrides, int maxResults,
                                    int maxMultiplier, double amountTolerance) {

    /** Charge balance, ICSD states, at most 100 results, multipliers up to 1000, tolerance 1e-4. */
    public static final OxidationStateOptions DEFAULTS =
            new OxidationStateOptions(0, false, Map.of(), 100, 1000, 1e-4);

    public OxidationStateOptions {
        if (!Double.isFinite(targetCharge)) {
            throw new IllegalArgumentException("target charge must be finite: " + targetCharge);
        }
        if (maxResults < 1 || maxMultiplier < 1) {
            throw new IllegalArgumentException("maxResults and maxMultiplier must be >= 1");
        }
        if (!(amountTolerance >= 0 && amountTolerance < 0.1)) {
            throw new IllegalArgumentException("amount tolerance must be in [0, 0.1): " + amountTolerance);
        }
        EnumMap<Element, List<Integer>> copy = new EnumMap<>(Element.class);
        overrides.forEach((e, states) -> {
            if (states.isEmpty()) {
                throw new IllegalArgumentException("empty candidate states for " + e);
            }
            copy.put(e, List.copyOf(states));
        });
        overrides = java.util.Collections.unmodifiableMap(copy);
    }

    public OxidationStateOptions withTargetCharge(double charge) {
        return new OxidationStateOptions(charge, allOxidationStates, overrides, maxResults, maxMultiplier,
                amountTolerance);
    }

    public OxidationStateOptions withAllOxidationStates(boolean all) {
        return new OxidationStateOptions(targetCharge, all, overrides, maxResults, maxMultiplier, amountTolerance);
    }

    /** These options with the candidate states of {@code element} replaced by {@code states}. */
    public OxidationStateOptions withOverride(Element element, List<Integer> states) {
        EnumMap<Element, List<Integer>> m = new EnumMap<>(Element.class);
        m.putAll(overrides);
        m.put(element, states);
        return new OxidationStateOptions(targetCharge, allOxidationStates, m, maxResults, maxMultiplier,
                amountTolerance);
    }

    public OxidationStateOptions withMaxResults(int n) {
        return new OxidationStateOptions(targetCharge, allOxidationStates, overrides, n, maxMultiplier,
                amountTolerance);
    }

    public OxidationStateOptions withMaxMultiplier(int m) {
        return new OxidationStateOptions(targetCharge, allOxidationStates, overrides, maxResults, m,
                amountTolerance);
    }
}
