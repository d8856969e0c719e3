package org.ionmat.core.symmetry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The 530 Hall settings of the International Tables, read from the resource {@code space-groups.tsv}
 * (provenance in its header and in scripts/data/make_space_group_table.py).
 */
final class SpaceGroupTable {

    /** One row of the table. */
    record Entry(int hallNumber, int number, String setting, String hallSymbol, String hmShort, String hmFull,
                 String schoenflies, String pointGroup, List<String> aliases) {
    }

    private static final String RESOURCE = "space-groups.tsv";
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    private static volatile SpaceGroupTable instance;

    private final List<Entry> entries;                       // index hallNumber - 1
    private final Map<Integer, List<Entry>> byNumber;
    private final Map<String, Entry> byHallSymbol;           // normalized Hall symbol

    private SpaceGroupTable(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        Map<Integer, List<Entry>> bn = new HashMap<>();
        Map<String, Entry> bh = new HashMap<>();
        for (Entry e : entries) {
            bn.computeIfAbsent(e.number(), k -> new ArrayList<>()).add(e);
            bh.putIfAbsent(normalizeHall(e.hallSymbol()), e);
        }
        bn.replaceAll((k, v) -> List.copyOf(v));
        this.byNumber = Collections.unmodifiableMap(bn);
        this.byHallSymbol = Collections.unmodifiableMap(bh);
    }

    static SpaceGroupTable get() {
        SpaceGroupTable t = instance;
        if (t == null) {
            synchronized (SpaceGroupTable.class) {
                t = instance;
                if (t == null) {
                    t = load();
                    instance = t;
                }
            }
        }
        return t;
    }

    private static SpaceGroupTable load() {
        List<Entry> entries = new ArrayList<>(530);
        try (InputStream in = SpaceGroupTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 9) {
                    throw new IllegalStateException(RESOURCE + ": expected 9 columns in '" + line + "'");
                }
                List<String> aliases = f[8].isEmpty() ? List.of() : List.of(f[8].split(","));
                Entry e = new Entry(Integer.parseInt(f[0]), Integer.parseInt(f[1]), f[2], f[3], f[4], f[5], f[6],
                        f[7], aliases);
                if (e.hallNumber() != entries.size() + 1) {
                    throw new IllegalStateException(RESOURCE + ": Hall numbers not consecutive at " + e.hallNumber());
                }
                entries.add(e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (entries.size() != 530) {
            throw new IllegalStateException(RESOURCE + ": expected 530 settings, found " + entries.size());
        }
        return new SpaceGroupTable(entries);
    }

    /** Collapses spaces and underscores, upper-cases the lattice letter and lower-cases the rest. */
    static String normalizeHall(String s) {
        String t = WHITESPACE.matcher(s.replace('_', ' ').replace("''", "\"").trim()).replaceAll(" ");
        int lat = t.startsWith("-") ? 1 : 0;
        if (t.length() <= lat) {
            return t;
        }
        return t.substring(0, lat) + Character.toUpperCase(t.charAt(lat))
                + t.substring(lat + 1).toLowerCase(java.util.Locale.ROOT);
    }

    List<Entry> entries() {
        return entries;
    }

    /** Entry of a Hall number 1..530. */
    Entry entry(int hallNumber) {
        return entries.get(hallNumber - 1);
    }

    /** Settings of an ITA number, ascending Hall number; empty list for numbers outside 1..230. */
    List<Entry> settings(int number) {
        return byNumber.getOrDefault(number, List.of());
    }

    /** Entry whose tabulated Hall symbol equals {@code symbol} after normalization, or null. */
    Entry byHallSymbol(String symbol) {
        return byHallSymbol.get(normalizeHall(symbol));
    }
}
