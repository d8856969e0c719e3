package org.ionmat.analysis.bvse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Species;

/**
 * The softBV BVSE Morse parameter table (resource {@code bvse-morse.tsv}; provenance and checks in
 * the README beside it): per cation–anion pair the mean coordination N_c, R0, D0, Rmin and α. These
 * are the values BVlain uses, so landscapes computed with them reproduce BVlain's energies.
 */
public final class BvseMorseTable implements BvseParameterSource {

    /**
     * One row of the table.
     *
     * @param cation         cation element symbol
     * @param cationValence  cation oxidation state (positive)
     * @param anion          anion element symbol
     * @param anionValence   anion oxidation state (negative)
     * @param nc             mean coordination number N_c used for Rmin
     * @param r0             bond-valence R0, Å
     * @param rCutoff        softBV pair cutoff, Å
     * @param d0             Morse D0, eV
     * @param rMin           Morse Rmin, Å
     * @param alpha          Morse α = 1/b, 1/Å
     */
    public record Entry(String cation, int cationValence, String anion, int anionValence, double nc, double r0,
                        double rCutoff, double d0, double rMin, double alpha) {

        /** The Morse term of this pair. */
        public MorseTerm morse() {
            return new MorseTerm(d0, rMin, alpha);
        }

        /** "Li+–O2-" style label. */
        public String label() {
            return ion(cation, cationValence) + "–" + ion(anion, anionValence);
        }
    }

    private static final String RESOURCE = "bvse-morse.tsv";
    private static volatile BvseMorseTable standard;

    private final Map<String, Entry> entries;

    private BvseMorseTable(List<Entry> rows) {
        Map<String, Entry> m = new LinkedHashMap<>();
        for (Entry e : rows) {
            m.putIfAbsent(key(e.cation(), e.cationValence(), e.anion(), e.anionValence()), e);
        }
        this.entries = Collections.unmodifiableMap(m);
    }

    /** The bundled table. */
    public static BvseMorseTable standard() {
        BvseMorseTable t = standard;
        if (t == null) {
            synchronized (BvseMorseTable.class) {
                if (standard == null) {
                    standard = load();
                }
                t = standard;
            }
        }
        return t;
    }

    /** All rows, in file order. */
    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /** The row of a cation–anion pair (signed oxidation states), if tabulated. */
    public Optional<Entry> find(String cation, int cationValence, String anion, int anionValence) {
        return Optional.ofNullable(entries.get(key(cation, cationValence, anion, anionValence)));
    }

    @Override
    public MorseTerm morse(Species mobile, Species counterIon) {
        int qm = BvseFramework.integerCharge(mobile);
        int qc = BvseFramework.integerCharge(counterIon);
        if ((long) qm * qc >= 0) {
            throw new IllegalArgumentException("Morse term needs ions of opposite charge: " + mobile + ", " + counterIon);
        }
        Species cat = qm > 0 ? mobile : counterIon;
        Species an = qm > 0 ? counterIon : mobile;
        int qCat = Math.max(qm, qc);
        int qAn = Math.min(qm, qc);
        return find(cat.symbol(), qCat, an.symbol(), qAn).map(Entry::morse).orElseThrow(() -> new InvalidInputException(
                "no BVSE Morse parameters for the pair " + ion(cat.symbol(), qCat) + "–" + ion(an.symbol(), qAn)
                        + " in the softBV BVSE table; try --parameters softbv"));
    }

    @Override
    public String name() {
        return "bvse-table";
    }

    static String ion(String symbol, int charge) {
        int a = Math.abs(charge);
        return symbol + (a == 1 ? "" : Integer.toString(a)) + (charge < 0 ? "-" : "+");
    }

    private static String key(String cation, int cv, String anion, int av) {
        return cation + '|' + cv + '|' + anion + '|' + av;
    }

    private static BvseMorseTable load() {
        try (InputStream in = BvseMorseTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Entry> rows = new ArrayList<>();
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.trim().split("\\s+");
                if (f.length != 10) {
                    throw new IllegalStateException(RESOURCE + " line " + n + ": expected 10 columns");
                }
                rows.add(new Entry(f[0], Integer.parseInt(f[1]), f[2], Integer.parseInt(f[3]), Double.parseDouble(f[4]),
                        Double.parseDouble(f[5]), Double.parseDouble(f[6]), Double.parseDouble(f[7]),
                        Double.parseDouble(f[8]), Double.parseDouble(f[9])));
            }
            return new BvseMorseTable(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
