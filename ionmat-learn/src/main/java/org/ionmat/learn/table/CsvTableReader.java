package org.ionmat.learn.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.ionmat.core.InvalidInputException;

/**
 * Reads a descriptor table from CSV text: a header row of column names, then one row per material.
 *
 * <ul>
 * <li>Delimiter: comma; semicolon or tab when the header has none of the others. In a semicolon
 *     file a decimal comma is accepted ({@code 1,5}). Fields may be
 *     quoted with {@code "} ({@code ""} inside a quoted field is a quote; quoted fields may span
 *     lines). A UTF-8 byte-order mark is ignored.</li>
 * <li>Lines starting with {@code #} (outside quoted fields) and blank lines are skipped.</li>
 * <li>Missing values: an empty field or one of {@code NA, N/A, n/a, NaN, nan, NAN, null, NULL, None, none,
 *     -, ?} (case-sensitive: {@code Na} is sodium).</li>
 * <li>A column is numeric when most of its non-missing fields are decimal numbers ({@code 1.5},
 *     {@code -2e-7}); a field that is then not a finite number is an error naming line and column.
 *     Other columns are categorical (text labels). Columns listed as categorical stay text.</li>
 * </ul>
 */
public final class CsvTableReader {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d+,\\d+([eE][+-]?\\d+)?");
    /** Missing-value markers, case-sensitive (so that the element Na is not read as missing). */
    private static final Set<String> MISSING = Set.of("", "NA", "N/A", "n/a", "NaN", "nan", "NAN", "null", "NULL", "None",
            "none", "-", "?");

    private final Set<String> forcedCategorical;

    private CsvTableReader(Set<String> forcedCategorical) {
        this.forcedCategorical = forcedCategorical;
    }

    /** A reader that types columns automatically. */
    public static CsvTableReader auto() {
        return new CsvTableReader(Set.of());
    }

    /** A reader that keeps the named columns as categorical text. */
    public static CsvTableReader withCategorical(List<String> names) {
        return new CsvTableReader(Set.copyOf(names));
    }

    /**
     * Reads a CSV file.
     *
     * @throws InvalidInputException if the file is missing, unreadable or malformed
     */
    public DataTable read(Path file) {
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file.toString(), -1, null, "no such file");
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(file.toString(), -1, null, "not a UTF-8 text file");
        } catch (IOException e) {
            if (Files.isDirectory(file)) {
                throw new InvalidInputException(file.toString(), -1, null, "is a directory, not a CSV file");
            }
            throw new UncheckedIOException("reading " + file + ": " + e.getMessage(), e);
        }
        return parse(text, file.toString());
    }

    /**
     * Parses CSV text.
     *
     * @param source name used in error messages
     */
    public DataTable parse(String text, String source) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Record> records = records(text, source);
        if (records.isEmpty()) {
            throw new InvalidInputException(source, -1, null, "no header row: the table is empty");
        }
        Record header = records.get(0);
        char delimiter = header.delimiterGuess;
        List<String> names = split(header, delimiter, source);
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < names.size(); c++) {
            String n = names.get(c).trim();
            if (n.isEmpty()) {
                n = "column" + (c + 1);
            }
            if (!seen.add(n)) {
                throw new InvalidInputException(source, header.line, n, "duplicate column name '" + n + "'");
            }
            names.set(c, n);
        }
        for (String f : forcedCategorical) {
            if (!names.contains(f)) {
                boolean base = names.stream().anyMatch(n -> DataTable.baseName(n).equals(f));
                if (!base) {
                    throw new InvalidInputException(source, -1, f, "no column '" + f + "' to read as categorical; the columns are " + names);
                }
            }
        }
        int nc = names.size();
        List<String[]> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            Record rec = records.get(r);
            List<String> f = split(rec, delimiter, source);
            if (f.size() != nc) {
                // a trailing delimiter on every line is common: tolerate one empty extra field
                if (!(f.size() == nc + 1 && f.get(nc).isBlank())) {
                    throw new InvalidInputException(source, rec.line, null, "row has " + f.size()
                            + " fields but the header has " + nc);
                }
            }
            String[] row = new String[nc];
            for (int c = 0; c < nc; c++) {
                row[c] = f.get(c).trim();
                if (delimiter == ';' && DECIMAL_COMMA.matcher(row[c]).matches()) {
                    row[c] = row[c].replace(',', '.');
                }
            }
            rows.add(row);
            lines.add(rec.line);
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException(source, -1, null, "the table has a header but no rows");
        }
        DataTable.Builder b = DataTable.builder(source, rows.size());
        for (int c = 0; c < nc; c++) {
            String name = names.get(c);
            boolean forced = forcedCategorical.contains(name) || forcedCategorical.contains(DataTable.baseName(name));
            int numbers = 0;
            int present = 0;
            for (String[] row : rows) {
                String t = row[c];
                if (!isMissing(t)) {
                    present++;
                    if (NUMBER.matcher(t).matches()) {
                        numbers++;
                    }
                }
            }
            if (!forced && present > 0 && 2 * numbers > present) {
                double[] v = new double[rows.size()];
                for (int i = 0; i < v.length; i++) {
                    String t = rows.get(i)[c];
                    if (isMissing(t)) {
                        v[i] = Double.NaN;
                    } else if (NUMBER.matcher(t).matches()) {
                        v[i] = Double.parseDouble(t);
                        if (!Double.isFinite(v[i])) {
                            throw new InvalidInputException(source, lines.get(i), t, "column '" + name + "' (" + (c + 1)
                                    + "): '" + t + "' is out of the range of double numbers");
                        }
                    } else {
                        throw new InvalidInputException(source, lines.get(i), t, "column '" + name + "' (" + (c + 1)
                                + "): '" + t + "' is not a number (leave the field empty or write NA for a missing value)");
                    }
                }
                b.numeric(name, v);
            } else {
                String[] v = new String[rows.size()];
                for (int i = 0; i < v.length; i++) {
                    String t = rows.get(i)[c];
                    v[i] = isMissing(t) ? null : t;
                }
                b.categorical(name, v);
            }
        }
        return b.build();
    }

    /** True for an empty field or a missing-value marker. */
    public static boolean isMissing(String token) {
        return MISSING.contains(token.trim());
    }

    /** One logical record (possibly several physical lines when quoted fields hold line breaks). */
    private record Record(String text, int line, char delimiterGuess) {
    }

    private static List<Record> records(String text, String source) {
        List<Record> out = new ArrayList<>();
        int n = text.length();
        int pos = 0;
        int line = 1;
        char delim = 0;
        while (pos < n) {
            int start = pos;
            int startLine = line;
            boolean quoted = false;
            while (pos < n) {
                char ch = text.charAt(pos);
                if (ch == '"') {
                    quoted = !quoted;
                } else if (ch == '\n') {
                    line++;
                    if (!quoted) {
                        break;
                    }
                }
                pos++;
            }
            if (quoted) {
                throw new InvalidInputException(source, startLine, null, "a quoted field is not closed");
            }
            String rec = text.substring(start, Math.min(pos, n));
            pos++; // skip the newline
            if (rec.endsWith("\r")) {
                rec = rec.substring(0, rec.length() - 1);
            }
            if (rec.isBlank() || rec.stripLeading().startsWith("#")) {
                continue;
            }
            if (delim == 0) {
                delim = guessDelimiter(rec);
            }
            out.add(new Record(rec, startLine, delim));
        }
        return out;
    }

    private static char guessDelimiter(String header) {
        int commas = 0;
        int semis = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char ch = header.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (ch == ',') {
                    commas++;
                } else if (ch == ';') {
                    semis++;
                } else if (ch == '\t') {
                    tabs++;
                }
            }
        }
        if (commas == 0 && tabs > semis) {
            return '\t';
        }
        if (commas == 0 && semis > 0) {
            return ';';
        }
        return ',';
    }

    private static List<String> split(Record rec, char delim, String source) {
        List<String> fields = new ArrayList<>();
        String s = rec.text;
        StringBuilder cur = new StringBuilder();
        int i = 0;
        boolean inQuotes = false;
        boolean wasQuoted = false;
        while (i < s.length()) {
            char ch = s.charAt(i);
            if (inQuotes) {
                if (ch == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        inQuotes = false;
                    }
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"') {
                if (cur.toString().isBlank() && !wasQuoted) {
                    cur.setLength(0);
                    inQuotes = true;
                    wasQuoted = true;
                } else {
                    throw new InvalidInputException(source, rec.line, null,
                            "field " + (fields.size() + 1) + ": a quote inside an unquoted field");
                }
            } else if (ch == delim) {
                fields.add(cur.toString());
                cur.setLength(0);
                wasQuoted = false;
            } else {
                if (wasQuoted && !Character.isWhitespace(ch)) {
                    throw new InvalidInputException(source, rec.line, null,
                            "field " + (fields.size() + 1) + ": text after the closing quote");
                }
                cur.append(ch);
            }
            i++;
        }
        fields.add(cur.toString());
        return fields;
    }
}
