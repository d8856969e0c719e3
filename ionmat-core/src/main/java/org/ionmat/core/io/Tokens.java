package org.ionmat.core.io;

import java.util.ArrayList;
import java.util.List;

/** Fast whitespace tokenizing and strict number recognition for the text formats. */
final class Tokens {

    private static final String[] EMPTY = new String[0];

    private Tokens() {
    }

    /** Whitespace-separated tokens. */
    static String[] split(String line) {
        int n = line.length();
        int i = 0;
        List<String> out = null;
        String first = null;
        int count = 0;
        while (i < n) {
            while (i < n && isSpace(line.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            while (i < n && !isSpace(line.charAt(i))) {
                i++;
            }
            String tok = line.substring(start, i);
            if (count == 0) {
                first = tok;
            } else {
                if (out == null) {
                    out = new ArrayList<>(8);
                    out.add(first);
                }
                out.add(tok);
            }
            count++;
        }
        if (count == 0) {
            return EMPTY;
        }
        if (count == 1) {
            return new String[] {first};
        }
        return out.toArray(EMPTY);
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B;
    }

    /** True for an optional sign followed by one or more digits. */
    static boolean isInteger(String s) {
        int n = s.length();
        int i = 0;
        if (n > 0 && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            i = 1;
        }
        if (i >= n) {
            return false;
        }
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Exactly representable powers of ten (10^0 .. 10^22). */
    private static final double[] POW10 = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    /**
     * Parses a decimal number with optional exponent ({@code e}, {@code E}, Fortran {@code d}/{@code D}).
     * Returns NaN for anything else (including {@code NaN}, {@code Infinity}, Java suffixes such as
     * {@code 1f}, hexadecimal, and overflow to infinity). Numbers with at most 15 significant digits
     * and a decimal exponent within ±22 are converted with one exact IEEE operation (Clinger's fast
     * path, correctly rounded); others by {@link Double#parseDouble}.
     */
    static double parseDouble(String s) {
        int n = s.length();
        int i = 0;
        if (n == 0) {
            return Double.NaN;
        }
        boolean neg = false;
        char c0 = s.charAt(0);
        if (c0 == '+' || c0 == '-') {
            neg = c0 == '-';
            i++;
        }
        int digits = 0;
        int significant = 0;
        long mantissa = 0;
        int decimals = 0;
        while (i < n && isDigit(s.charAt(i))) {
            int d = s.charAt(i) - '0';
            if (significant > 0 || d != 0) {
                significant++;
                if (significant <= 18) {
                    mantissa = 10 * mantissa + d;
                }
            }
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                int d = s.charAt(i) - '0';
                if (significant > 0 || d != 0) {
                    significant++;
                    if (significant <= 18) {
                        mantissa = 10 * mantissa + d;
                        decimals++;
                    }
                } else {
                    decimals++;
                }
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        boolean fortran = false;
        int exp = 0;
        if (i < n) {
            char c = s.charAt(i);
            if (c == 'e' || c == 'E' || c == 'd' || c == 'D') {
                fortran = c == 'd' || c == 'D';
                i++;
                boolean expNeg = false;
                if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                    expNeg = s.charAt(i) == '-';
                    i++;
                }
                int expDigits = 0;
                while (i < n && isDigit(s.charAt(i))) {
                    if (exp < 100000) {
                        exp = 10 * exp + (s.charAt(i) - '0');
                    }
                    i++;
                    expDigits++;
                }
                if (expDigits == 0) {
                    return Double.NaN;
                }
                if (expNeg) {
                    exp = -exp;
                }
            }
        }
        if (i != n) {
            return Double.NaN;
        }
        if (significant <= 18) {
            // every significant digit is in the mantissa: drop trailing zeros of the fraction
            while (significant > 15 && decimals > 0 && mantissa % 10 == 0) {
                mantissa /= 10;
                decimals--;
                significant--;
            }
        }
        if (significant <= 15) {
            int e10 = exp - decimals;
            if (mantissa == 0) {
                return neg ? -0.0 : 0.0;
            }
            if (e10 >= 0 && e10 <= 22) {
                double v = mantissa * POW10[e10];
                return neg ? -v : v;
            }
            if (e10 < 0 && e10 >= -22) {
                double v = mantissa / POW10[-e10];
                return neg ? -v : v;
            }
        }
        String t = fortran ? s.replace('d', 'e').replace('D', 'e') : s;
        double v = Double.parseDouble(t);
        return Double.isInfinite(v) ? Double.NaN : v;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** True if the token is a number in the sense of {@link #parseDouble}. */
    static boolean isNumber(String s) {
        return !Double.isNaN(parseDouble(s));
    }
}
