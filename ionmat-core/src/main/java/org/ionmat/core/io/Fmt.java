package org.ionmat.core.io;

import java.util.Locale;

/** Fast, locale-independent number formatting for the writers. */
final class Fmt {

    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private Fmt() {
    }

    /**
     * Appends {@code v} with exactly {@code decimals} digits after the point, right-aligned in
     * {@code width} characters (same result as {@code %width.decimalsf} up to the last digit).
     */
    static StringBuilder fixed(StringBuilder sb, double v, int decimals, int width) {
        int start = sb.length();
        double scaled = Math.abs(v) * POW10[decimals];
        if (decimals > 18 || !(scaled < 9.0e15)) { // beyond 2^53 the scaled product is not exact
            sb.append(String.format(Locale.ROOT, "%" + width + "." + decimals + "f", v));
            return sb;
        }
        long r = Math.round(scaled);
        long ip = r / POW10[decimals];
        long fp = r % POW10[decimals];
        if (v < 0 && r != 0) {
            sb.append('-');
        }
        sb.append(ip);
        if (decimals > 0) {
            sb.append('.');
            String f = Long.toString(fp);
            for (int i = f.length(); i < decimals; i++) {
                sb.append('0');
            }
            sb.append(f);
        }
        int len = sb.length() - start;
        if (len < width) {
            sb.insert(start, " ".repeat(width - len));
        }
        return sb;
    }

    /** {@code v} with the given decimals, no padding. */
    static String fixed(double v, int decimals) {
        return fixed(new StringBuilder(), v, decimals, 0).toString();
    }

    /** Shortest text that reads back as exactly {@code v} ({@code 0.25}, {@code 1.0E-5}). */
    static String exact(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v) + ".0";
        }
        return Double.toString(v);
    }
}
