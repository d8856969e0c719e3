package org.ionmat.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void fastPathAgreesBitForBitWithTheJdk() {
        SplittableRandom r = new SplittableRandom(42);
        String[] edge = {"0", "-0", "-0.0", "+1", "0.2500000000000000", "1200", "1e5", "1.5E-3", "-.5", "5.",
            "123456789012345", "1234567890123456789", "0.000000000000000000000123", "9007199254740993", "1e22",
            "1e23", "4.9e-324", "1.7976931348623157e308", "2.2250738585072014E-308", "0.1", "1e-22", "1e-23",
            "100000000000000000000000", "3.164379999999999", "0.30000000000000004"};
        for (String s : edge) {
            assertEquals(Double.doubleToLongBits(Double.parseDouble(s)), Double.doubleToLongBits(Tokens.parseDouble(s)), s);
        }
        for (int i = 0; i < 40_000; i++) {
            double v = switch (i % 4) {
                case 0 -> r.nextDouble() * 100 - 50;
                case 1 -> (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(40) - 20);
                case 2 -> r.nextInt(100000) / 1000.0;
                default -> Double.longBitsToDouble(r.nextLong());
            };
            if (!Double.isFinite(v)) {
                continue;
            }
            String s = switch (i % 3) {
                case 0 -> Double.toString(v);
                case 1 -> String.format(Locale.ROOT, "%.6f", v);
                default -> String.format(Locale.ROOT, "%.10e", v);
            };
            assertEquals(Double.doubleToLongBits(Double.parseDouble(s)), Double.doubleToLongBits(Tokens.parseDouble(s)), s);
        }
    }

    @Test
    void fortranExponentsAndRejections() {
        assertEquals(1e-3, Tokens.parseDouble("1.0D-03"), 0);
        assertEquals(0.12345678e-1, Tokens.parseDouble("0.12345678d-01"), 0);
        for (String bad : new String[] {"", "-", ".", "e5", "1e", "1e+", "NaN", "Infinity", "1f", "1d", "0x10", "1.2.3",
            "1e999", "--1", "1,5", "T"}) {
            assertTrue(Double.isNaN(Tokens.parseDouble(bad)), bad);
        }
    }

    @Test
    void splitOnAnyWhitespace() {
        assertArrayEquals(new String[] {"a", "b", "c"}, Tokens.split("  a\tb \r c  "));
        assertArrayEquals(new String[0], Tokens.split(" \t "));
        assertArrayEquals(new String[] {"x"}, Tokens.split("x"));
        assertTrue(Tokens.isInteger("-12") && !Tokens.isInteger("1.0") && !Tokens.isInteger("+"));
    }

    @Test
    void fixedFormatMatchesStringFormat() {
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < 20_000; i++) {
            double v = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(8) - 2);
            int d = r.nextInt(13);
            String mine = Fmt.fixed(new StringBuilder(), v, d, 20).toString();
            String jdk = String.format(Locale.ROOT, "%20." + d + "f", v);
            // the two may differ in the last digit when v is within rounding of a half-way point
            assertEquals(Double.parseDouble(jdk), Double.parseDouble(mine), 1.5 * Math.pow(10, -d), v + " " + d);
            assertEquals(20, mine.length());
        }
        assertEquals("-0.50", Fmt.fixed(-0.5, 2));
        assertEquals("0.00", Fmt.fixed(-0.001, 2));
        assertEquals("1.0", Fmt.exact(1.0));
        assertEquals(0.1 + 0.2, Double.parseDouble(Fmt.exact(0.1 + 0.2)), 0);
    }
}
