package org.ionmat.core.symmetry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reader of the golden operations made by scripts/golden/spglib_space_group_operations.py:
 * spglib's operations of each Hall setting, as sets of strings "r11 ... r33 | t1 t2 t3" with the
 * translations in twelfths.
 */
final class SpglibGolden {

    private static Map<Integer, Set<String>> cache;

    private SpglibGolden() {
    }

    static synchronized Map<Integer, Set<String>> operationsByHallNumber() {
        if (cache != null) {
            return cache;
        }
        Map<Integer, String> rotations = new HashMap<>();
        Map<Integer, Set<String>> out = new HashMap<>();
        try (InputStream in = SpglibGolden.class.getResourceAsStream("spglib-operations.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.trim().split("\\s+");
                if (f[0].equals("R")) {
                    rotations.put(Integer.parseInt(f[1]), String.join(" ", List.of(f).subList(2, 11)));
                } else if (f[0].equals("H")) {
                    int hall = Integer.parseInt(f[1]);
                    int order = Integer.parseInt(f[2]);
                    Set<String> ops = new HashSet<>();
                    for (int i = 3; i < f.length; i++) {
                        String[] p = f[i].split(":");
                        String t = p[1];
                        ops.add(rotations.get(Integer.parseInt(p[0])) + " | " + Character.digit(t.charAt(0), 12)
                                + " " + Character.digit(t.charAt(1), 12) + " " + Character.digit(t.charAt(2), 12));
                    }
                    if (ops.size() != order) {
                        throw new IllegalStateException("golden file: order mismatch for Hall number " + hall);
                    }
                    out.put(hall, ops);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        cache = out;
        return out;
    }

    /** The same string form for our operations (translations must be multiples of 1/12). */
    static Set<String> keys(List<SymmetryOperation> ops) {
        Set<String> out = new HashSet<>();
        for (SymmetryOperation op : ops) {
            StringBuilder sb = new StringBuilder();
            int[] rot = op.rotation();
            for (int i = 0; i < 9; i++) {
                sb.append(i == 0 ? "" : " ").append(rot[i]);
            }
            sb.append(" |");
            for (double t : op.translation()) {
                double k = t * 12;
                long n = Math.round(k);
                if (Math.abs(k - n) > 1e-9) {
                    throw new IllegalStateException("translation not in twelfths: " + op);
                }
                sb.append(' ').append(Math.floorMod(n, 12L));
            }
            out.add(sb.toString());
        }
        return out;
    }

    static List<Integer> hallNumbers() {
        List<Integer> l = new ArrayList<>(operationsByHallNumber().keySet());
        l.sort(null);
        return l;
    }
}
