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

    /**
     * Parses a decimal number with optional exponent ({@code e}, {@code E}, Fortran {@code d}/{@code D}).
     * Returns NaN for anything else (including {@code NaN}, {@code Infinity}, Java suffixes such as
     * {@code 1f}, hexadecimal, and overflow to infinity).
     */
    static double parseDouble(String s) {
        int n = s.length();
        int i = 0;
        if (n == 0) {
            return Double.NaN;
        }
        if (s.charAt(0) == '+' || s.charAt(0) == '-') {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        boolean fortran = false;
        if (i < n) {
            char c = s.charAt(i);
            if (c == 'e' || c == 'E' || c == 'd' || c == 'D') {
                fortran = c == 'd' || c == 'D';
                i++;
                if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                    i++;
                }
                int expDigits = 0;
                while (i < n && isDigit(s.charAt(i))) {
                    i++;
                    expDigits++;
                }
                if (expDigits == 0) {
                    return Double.NaN;
                }
            }
        }
        if (i != n) {
            return Double.NaN;
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
