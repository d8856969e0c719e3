package org.ionmat.core.io.cif;

import java.math.BigDecimal;

/**
 * A CIF number with its standard uncertainty: {@code 5.640(2)} is 5.640 ± 0.002,
 * {@code 1.2E3(4)} is 1200 ± 400, {@code 12(1)} is 12 ± 1.
 *
 * @param value       the number
 * @param uncertainty standard uncertainty in the same unit, 0 when none is given
 * @param decimals    number of digits written after the decimal point (-1 with an exponent)
 */
public record CifNumber(double value, double uncertainty, int decimals) {

    /**
     * Parses the CIF numeric form {@code [+-]digits[.digits][(E|e)[+-]digits][(digits)]}; returns null
     * for anything else (including {@code ?}, {@code .} and numbers with a missing {@code )}).
     */
    public static CifNumber parse(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int intStart = i;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
        }
        int intDigits = i - intStart;
        int fracDigits = 0;
        if (i < n && s.charAt(i) == '.') {
            i++;
            int fs = i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            fracDigits = i - fs;
        }
        if (intDigits + fracDigits == 0) {
            return null;
        }
        int exponent = 0;
        boolean hasExponent = false;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int es = ++i;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int ds = i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == ds || i - ds > 4) {
                return null;
            }
            exponent = Integer.parseInt(s.substring(es, i).replace("+", ""));
            hasExponent = true;
        }
        int mantissaEnd = i;
        double su = 0;
        if (i < n && s.charAt(i) == '(') {
            int ds = ++i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == ds || i >= n || s.charAt(i) != ')' || i - ds > 9) {
                return null;
            }
            long digits = Long.parseLong(s.substring(ds, i));
            i++;
            su = new BigDecimal(digits).scaleByPowerOfTen(exponent - fracDigits).doubleValue();
        }
        if (i != n) {
            return null;
        }
        double value = Double.parseDouble(s.substring(0, mantissaEnd));
        return new CifNumber(value, su, hasExponent ? -1 : fracDigits);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
