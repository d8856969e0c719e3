package org.ionmat.core.symmetry.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The 1731 Wyckoff positions of the 230 space-group types in the standard settings, from the
 * resource {@code wyckoff-positions.tsv} (letters and site symmetries of the International Tables as
 * in spglib's database; made by {@code scripts/data/make_wyckoff_table.py}).
 */
final class WyckoffTable {

    private static volatile List<List<WyckoffPosition>> table;

    private WyckoffTable() {
    }

    /** The Wyckoff positions of a space-group type, in letter order. */
    static List<WyckoffPosition> of(int number) {
        List<List<WyckoffPosition>> t = table;
        if (t == null) {
            t = load();
            table = t;
        }
        return t.get(number);
    }

    private static List<List<WyckoffPosition>> load() {
        List<List<WyckoffPosition>> t = new ArrayList<>();
        for (int i = 0; i <= 230; i++) {
            t.add(new ArrayList<>());
        }
        try (InputStream in = WyckoffTable.class.getResourceAsStream("wyckoff-positions.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing resource wyckoff-positions.tsv");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                String[] rep = f[5].trim().split(" ");
                int[][] dirs = new int[Integer.parseInt(f[4])][];
                if (dirs.length > 0) {
                    String[] ds = f[6].split(";");
                    for (int k = 0; k < dirs.length; k++) {
                        String[] v = ds[k].trim().split(" ");
                        dirs[k] = new int[] {Integer.parseInt(v[0]), Integer.parseInt(v[1]), Integer.parseInt(v[2])};
                    }
                }
                int number = Integer.parseInt(f[0]);
                t.get(number).add(new WyckoffPosition(number, f[1], Integer.parseInt(f[2]), f[3],
                        new double[] {Double.parseDouble(rep[0]), Double.parseDouble(rep[1]), Double.parseDouble(rep[2])},
                        dirs));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return t;
    }
}
