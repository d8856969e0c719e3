package org.ionmat.potential.spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.ionmat.core.InvalidInputException;
import org.ionmat.potential.pair.TabulatedPair;

/**
 * A pair table in a text file: one row per distance with two columns, r (Å) and E (eV), or three,
 * r, E and F = −dE/dr (eV/Å); blank lines and text after {@code #} are ignored. All rows must have
 * the same number of columns.
 */
final class TableFile {

    private TableFile() {
    }

    static TabulatedPair read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file.toString(), -1, null, "no such table file");
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), -1, null, "cannot read the table file: " + e.getMessage());
        }
        double[][] cols = new double[3][lines.size()];
        int rows = 0;
        int width = -1;
        for (int ln = 0; ln < lines.size(); ln++) {
            String s = lines.get(ln);
            int hash = s.indexOf('#');
            if (hash >= 0) {
                s = s.substring(0, hash);
            }
            s = s.strip();
            if (s.isEmpty()) {
                continue;
            }
            String[] tok = s.split("[\\s,]+");
            if (tok.length < 2 || tok.length > 3 || (width >= 0 && tok.length != width)) {
                throw new InvalidInputException(file.toString(), ln + 1, s, width < 0
                        ? "expected 2 columns (r, E) or 3 (r, E, F), got " + tok.length
                        : "expected " + width + " columns like the first row, got " + tok.length);
            }
            width = tok.length;
            for (int c = 0; c < width; c++) {
                try {
                    cols[c][rows] = Double.parseDouble(tok[c]);
                } catch (NumberFormatException e) {
                    throw new InvalidInputException(file.toString(), ln + 1, tok[c], "not a number: '" + tok[c] + "'");
                }
            }
            rows++;
        }
        try {
            return TabulatedPair.of(java.util.Arrays.copyOf(cols[0], rows), java.util.Arrays.copyOf(cols[1], rows),
                    width == 3 ? java.util.Arrays.copyOf(cols[2], rows) : null);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(file.toString(), -1, null, e.problem());
        }
    }
}
