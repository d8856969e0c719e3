package org.ionmat.learn.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ionmat.core.InvalidInputException;

/**
 * A comma-separated table with a header row (RFC 4180 quoting: fields in double quotes may hold
 * commas and doubled quotes). Blank lines are skipped. Immutable.
 */
public final class CsvTable {

    private final String source;
    private final List<String> header;
    private final List<String[]> rows;
    private final int[] lines;

    private CsvTable(String source, List<String> header, List<String[]> rows, int[] lines) {
        this.source = source;
        this.header = List.copyOf(header);
        this.rows = rows;
        this.lines = lines;
    }

    /** Reads a CSV file. */
    public static CsvTable read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file.toString(), -1, null, "file not found");
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), -1, null, "cannot read: " + e.getMessage());
        }
        return parse(text, file.toString());
    }

    /** Parses CSV text. */
    public static CsvTable parse(String text, String source) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        String[] raw = text.split("\r?\n", -1);
        List<String> header = null;
        List<String[]> rows = new ArrayList<>();
        List<Integer> lineNo = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            if (raw[i].isBlank()) {
                continue;
            }
            List<String> f = split(raw[i], source, i + 1);
            if (header == null) {
                header = f;
                continue;
            }
            if (f.size() < header.size()) {
                while (f.size() < header.size()) {
                    f.add("");
                }
            } else if (f.size() > header.size()) {
                throw new InvalidInputException(source, i + 1, null,
                        "row has " + f.size() + " fields, the header has " + header.size());
            }
            rows.add(f.toArray(new String[0]));
            lineNo.add(i + 1);
        }
        if (header == null) {
            throw new InvalidInputException(source, -1, null, "empty CSV file");
        }
        return new CsvTable(source, header, rows, lineNo.stream().mapToInt(Integer::intValue).toArray());
    }

    private static List<String> split(String line, String source, int lineNo) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        sb.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    sb.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(sb.toString().trim());
                sb.setLength(0);
            } else {
                sb.append(c);
            }
        }
        if (quoted) {
            throw new InvalidInputException(source, lineNo, null, "unterminated quoted field");
        }
        out.add(sb.toString().trim());
        return out;
    }

    /** Where the table came from. */
    public String source() {
        return source;
    }

    /** Column names. */
    public List<String> header() {
        return header;
    }

    /** Number of data rows. */
    public int size() {
        return rows.size();
    }

    /** Index of a column; throws {@link InvalidInputException} naming the available columns. */
    public int column(String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new InvalidInputException(source, -1, name, "no column '" + name + "'; columns are " + header);
        }
        return i;
    }

    /** Cell of data row {@code row} (0-based) and column {@code col}. */
    public String get(int row, int col) {
        return rows.get(row)[col];
    }

    /** 1-based line number of data row {@code row} in the source. */
    public int line(int row) {
        return lines[row];
    }
}
