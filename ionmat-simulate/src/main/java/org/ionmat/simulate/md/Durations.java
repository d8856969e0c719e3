package org.ionmat.simulate.md;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ionmat.core.InvalidInputException;

/**
 * Parses durations with units, as every duration option of the CLI accepts them: {@code 1fs},
 * {@code 0.5 fs}, {@code 0.1ps}, {@code 2ns}, {@code 1e3fs}, {@code 1us} (or {@code µs}). A bare
 * number is rejected unless a default unit is given, so that "10" is never silently femtoseconds
 * in one place and picoseconds in another.
 */
public final class Durations {

    private static final Pattern PATTERN = Pattern.compile(
            "\\s*([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*([a-zA-Zµμ]*)\\s*");

    private Durations() {
    }

    /**
     * A duration in ps.
     *
     * @param text   e.g. {@code 1fs}, {@code 0.1ps}, {@code 2ns}
     * @param option the option name for messages (e.g. {@code --time}), or null
     * @throws InvalidInputException if the text is not a non-negative finite duration with a known unit
     */
    public static double parsePs(String text, String option) {
        return parsePs(text, option, null);
    }

    /**
     * A duration in ps; a bare number takes {@code defaultUnit} ({@code fs}, {@code ps}, ...) or is
     * rejected when it is null.
     */
    public static double parsePs(String text, String option, String defaultUnit) {
        String where = option == null ? "" : option + ": ";
        if (text == null) {
            throw new InvalidInputException(where + "missing duration");
        }
        Matcher m = PATTERN.matcher(text);
        if (!m.matches()) {
            throw new InvalidInputException(null, -1, text, where + "'" + text
                    + "' is not a duration; write a number and a unit, e.g. 1fs, 0.1ps, 2ns");
        }
        double value = Double.parseDouble(m.group(1));
        String unit = m.group(2).isEmpty() ? defaultUnit : m.group(2);
        if (unit == null) {
            throw new InvalidInputException(null, -1, text, where + "'" + text
                    + "' has no unit; write e.g. " + m.group(1) + "fs or " + m.group(1) + "ps");
        }
        double factor = factorPs(unit);
        if (Double.isNaN(factor)) {
            throw new InvalidInputException(null, -1, text, where + "unknown time unit '" + unit
                    + "' in '" + text + "'; use fs, ps, ns or us");
        }
        double ps = value * factor;
        if (!Double.isFinite(ps) || ps < 0) {
            throw new InvalidInputException(null, -1, text, where + "duration must be a non-negative finite number, got '"
                    + text + "'");
        }
        return ps;
    }

    private static double factorPs(String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "fs" -> 1e-3;
            case "ps" -> 1.0;
            case "ns" -> 1e3;
            case "us", "µs", "μs" -> 1e6;
            default -> Double.NaN;
        };
    }

    /**
     * The whole number of steps of {@code dtPs} in {@code durationPs}.
     *
     * @throws InvalidInputException if the duration is not a multiple of the time step (relative
     *                               tolerance 1e-9)
     */
    public static long steps(double durationPs, double dtPs, String option) {
        double n = durationPs / dtPs;
        long k = Math.round(n);
        if (Math.abs(n - k) > 1e-9 * Math.max(1, n)) {
            throw new InvalidInputException((option == null ? "" : option + ": ") + format(durationPs)
                    + " is not a multiple of the time step " + format(dtPs));
        }
        return k;
    }

    /** A duration in readable form: {@code 1 fs}, {@code 2.5 ps}, {@code 1 ns}. */
    public static String format(double ps) {
        if (ps != 0 && Math.abs(ps) < 1) {
            return trim(ps * 1e3) + " fs";
        }
        if (Math.abs(ps) >= 1e3) {
            return trim(ps / 1e3) + " ns";
        }
        return trim(ps) + " ps";
    }

    private static String trim(double v) {
        String s = String.format(Locale.ROOT, "%.6f", v).replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
