package org.ionmat.cli;

import org.ionmat.core.InvalidInputException;

/** Parses supercell specifications: {@code 2}, {@code 2x2x1}, or nine integers {@code a,b,c,d,e,f,g,h,i}. */
final class SupercellSpec {

    private SupercellSpec() {
    }

    /** The integer matrix (rows = new vectors in terms of the old ones). */
    static int[][] parse(String spec) {
        String s = spec.trim().toLowerCase(java.util.Locale.ROOT);
        try {
            if (s.matches("\\d+")) {
                int n = Integer.parseInt(s);
                return check(new int[][] {{n, 0, 0}, {0, n, 0}, {0, 0, n}}, spec);
            }
            if (s.matches("\\d+x\\d+x\\d+")) {
                String[] p = s.split("x");
                return check(new int[][] {{Integer.parseInt(p[0]), 0, 0}, {0, Integer.parseInt(p[1]), 0},
                    {0, 0, Integer.parseInt(p[2])}}, spec);
            }
            String[] p = s.split("[,\\s]+");
            if (p.length == 9) {
                int[][] t = new int[3][3];
                for (int i = 0; i < 9; i++) {
                    t[i / 3][i % 3] = Integer.parseInt(p[i]);
                }
                return check(t, spec);
            }
        } catch (NumberFormatException e) {
            // fall through to the error below
        }
        throw new InvalidInputException(null, -1, spec,
                "--supercell expects N, NAxNBxNC or nine integers 'a,b,c,d,e,f,g,h,i', got '" + spec + "'");
    }

    private static int[][] check(int[][] t, String spec) {
        long det = (long) t[0][0] * ((long) t[1][1] * t[2][2] - (long) t[1][2] * t[2][1])
                - (long) t[0][1] * ((long) t[1][0] * t[2][2] - (long) t[1][2] * t[2][0])
                + (long) t[0][2] * ((long) t[1][0] * t[2][1] - (long) t[1][1] * t[2][0]);
        if (det == 0) {
            throw new InvalidInputException(null, -1, spec, "--supercell matrix '" + spec + "' is singular");
        }
        if (Math.abs(det) > 1_000_000) {
            throw new InvalidInputException(null, -1, spec, "--supercell '" + spec + "' asks for " + Math.abs(det)
                    + " cells; at most 1000000");
        }
        return t;
    }
}
