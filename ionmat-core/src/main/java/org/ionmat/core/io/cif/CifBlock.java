package org.ionmat.core.io.cif;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ionmat.core.InvalidInputException;

/**
 * One {@code data_} block (or {@code save_} frame) of a CIF file: data names with their values,
 * grouped into loops.
 *
 * <p>Data names are looked up case-insensitively and with {@code .} equivalent to {@code _}, so
 * that CIF 1.1 names ({@code _atom_site_fract_x}) and DDLm/CIF 2.0 names
 * ({@code _atom_site.fract_x}) are the same. A name defined twice with different values is an
 * error, reported when the name is looked up.
 */
public final class CifBlock {

    private final String source;
    private final String name;
    private final int line;
    private final Map<String, Item> items;
    private final List<List<String>> loops;
    private final Map<String, Item> conflicts;
    private final List<CifBlock> saveFrames;

    /** A data name with its values; {@code loop} is the index of its loop or -1 for a single value. */
    private record Item(String tag, int line, List<CifValue> values, int loop) {
    }

    private CifBlock(Builder b) {
        this.source = b.source;
        this.name = b.name;
        this.line = b.line;
        this.items = Collections.unmodifiableMap(new LinkedHashMap<>(b.items));
        List<List<String>> l = new ArrayList<>();
        for (List<String> loop : b.loops) {
            l.add(List.copyOf(loop));
        }
        this.loops = Collections.unmodifiableList(l);
        this.conflicts = Map.copyOf(b.conflicts);
        this.saveFrames = List.copyOf(b.saveFrames);
    }

    /** Normalised form of a data name: lower case, {@code .} replaced by {@code _}. */
    public static String normalize(String tag) {
        return tag.toLowerCase(Locale.ROOT).replace('.', '_');
    }

    /** Block name (the text after {@code data_} or {@code save_}). */
    public String name() {
        return name;
    }

    /** Line of the {@code data_} or {@code save_} header. */
    public int line() {
        return line;
    }

    /** Name of the file (or other source) the block was read from. */
    public String source() {
        return source;
    }

    /** Normalised data names in file order. */
    public Set<String> tags() {
        return items.keySet();
    }

    /** True if the data name is present. */
    public boolean contains(String tag) {
        return items.containsKey(normalize(tag));
    }

    /** True if the data name is present with at least one value that is not {@code ?} or {@code .}. */
    public boolean hasValue(String tag) {
        List<CifValue> v = values(tag);
        if (v == null) {
            return false;
        }
        for (CifValue x : v) {
            if (!x.isMissing()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The single value of a data name, or null when absent. A loop column with exactly one value is
     * accepted.
     *
     * @throws InvalidInputException if the name is a loop column with several values or is defined
     *                               twice with different values
     */
    public CifValue value(String tag) {
        Item it = item(tag);
        if (it == null) {
            return null;
        }
        if (it.values.size() != 1) {
            throw new InvalidInputException(source, it.line, it.tag, "data name '" + it.tag
                    + "' has " + it.values.size() + " values in a loop where one value is expected");
        }
        return it.values.get(0);
    }

    /**
     * All values of a data name (a loop column, or a list of one for a single value), or null when
     * absent.
     *
     * @throws InvalidInputException if the name is defined twice with different values
     */
    public List<CifValue> values(String tag) {
        Item it = item(tag);
        return it == null ? null : it.values;
    }

    /** Line where the data name is written, or -1 when absent. */
    public int tagLine(String tag) {
        Item it = items.get(normalize(tag));
        return it == null ? -1 : it.line;
    }

    /** The data name as spelled in the file, or null when absent. */
    public String spelling(String tag) {
        Item it = items.get(normalize(tag));
        return it == null ? null : it.tag;
    }

    /** Index of the loop holding the data name, -1 for a single value, -2 when absent. */
    public int loopIndex(String tag) {
        Item it = items.get(normalize(tag));
        return it == null ? -2 : it.loop;
    }

    /** The loops of this block, each as its normalised data names in file order. */
    public List<List<String>> loops() {
        return loops;
    }

    /** {@code save_} frames inside this block (not part of its data). */
    public List<CifBlock> saveFrames() {
        return saveFrames;
    }

    private Item item(String tag) {
        String key = normalize(tag);
        Item c = conflicts.get(key);
        if (c != null) {
            throw new InvalidInputException(source, c.line, c.tag, "data name '" + c.tag
                    + "' is defined twice in block '" + name + "' with different values");
        }
        return items.get(key);
    }

    @Override
    public String toString() {
        return "data_" + name + " (" + items.size() + " data names, " + loops.size() + " loops)";
    }

    /** Collects the items of a block while parsing. */
    static final class Builder {
        private final String source;
        private final String name;
        private final int line;
        private final Map<String, Item> items = new LinkedHashMap<>();
        private final List<List<String>> loops = new ArrayList<>();
        private final Map<String, Item> conflicts = new LinkedHashMap<>();
        private final List<CifBlock> saveFrames = new ArrayList<>();

        Builder(String source, String name, int line) {
            this.source = source;
            this.name = name;
            this.line = line;
        }

        void put(String tag, int tagLine, CifValue value) {
            add(new Item(tag, tagLine, List.of(value), -1));
        }

        void putLoop(List<String> tags, List<Integer> tagLines, List<List<CifValue>> columns) {
            int index = loops.size();
            List<String> keys = new ArrayList<>();
            for (int k = 0; k < tags.size(); k++) {
                keys.add(normalize(tags.get(k)));
                add(new Item(tags.get(k), tagLines.get(k), columns.get(k), index));
            }
            loops.add(keys);
        }

        void addSaveFrame(CifBlock frame) {
            saveFrames.add(frame);
        }

        private void add(Item it) {
            String key = normalize(it.tag);
            Item old = items.get(key);
            if (old == null) {
                items.put(key, it);
            } else if (!sameText(old.values, it.values)) {
                conflicts.putIfAbsent(key, it);
            }
        }

        private static boolean sameText(List<CifValue> a, List<CifValue> b) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!a.get(i).toString().equals(b.get(i).toString())) {
                    return false;
                }
            }
            return true;
        }

        CifBlock build() {
            return new CifBlock(this);
        }
    }
}
