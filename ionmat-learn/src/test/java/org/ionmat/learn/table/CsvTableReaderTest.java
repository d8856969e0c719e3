package org.ionmat.learn.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.ionmat.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableReaderTest {

    @Test
    void typesColumnsAndReadsMissingValues() {
        String csv = "\uFEFF# a comment\nmaterial,family,\"D [cm2/s]\",B [GPa],note\n"
                + "Li3PS4,Li,1.5e-6,20,\"a, quoted\"\"text\"\"\"\n"
                + "\n"
                + "NaCl,Na,,NA,NaN\n"
                + "AgI,Ag,3e-5,-,\"two\nlines\"\n";
        DataTable t = CsvTableReader.auto().parse(csv, "t.csv");
        assertEquals(3, t.rows());
        assertEquals(List.of("material", "family", "D [cm2/s]", "B [GPa]", "note"), t.names());
        assertEquals(List.of("D [cm2/s]", "B [GPa]"), t.numericNames());
        double[] d = t.numeric("D [cm2/s]");
        assertEquals(1.5e-6, d[0]);
        assertTrue(Double.isNaN(d[1]));
        assertEquals(2, t.missing("B [GPa]"));
        assertEquals("a, quoted\"text\"", t.labels("note")[0]);
        assertEquals("two\nlines", t.labels("note")[2]);
        assertEquals(null, t.labels("note")[1]);
        assertEquals("D [cm2/s]", t.find("D"));
        assertEquals("B [GPa]", t.find("b"));
        assertFalse(t.isNumeric(t.indexOf("family")));
        assertEquals("Na", t.labels("family")[1]); // sodium, not a missing value
    }

    @Test
    void badNumberNamesLineAndColumn() {
        String csv = "id,x,y\na,1,2\nb,3,4\nc,1.2.3,5\n";
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CsvTableReader.auto().parse(csv, "t.csv"));
        assertEquals("t.csv:4: column 'x' (2): '1.2.3' is not a number (leave the field empty or write NA for a missing value)",
                e.getMessage());
        InvalidInputException f = assertThrows(InvalidInputException.class, () -> CsvTableReader.auto().parse("a,b\n1,2\n3\n", "u.csv"));
        assertEquals("u.csv:3: row has 1 fields but the header has 2", f.getMessage());
        assertThrows(InvalidInputException.class, () -> CsvTableReader.auto().parse("a,a\n1,2\n", "v.csv"));
        assertThrows(InvalidInputException.class, () -> CsvTableReader.auto().parse("a,b\n", "w.csv"));
        assertThrows(InvalidInputException.class, () -> CsvTableReader.auto().parse("a,b\n\"1,2\n", "x.csv"));
    }

    @Test
    void forcedCategoricalAndOtherDelimiters(@TempDir Path dir) throws Exception {
        DataTable t = CsvTableReader.withCategorical(List.of("sg")).parse("sg;v\n225;1,5\n62;2\n", "s.csv");
        assertEquals(List.of("sg"), t.categoricalNames());
        assertEquals("225", t.labels("sg")[0]);
        assertArrayEquals(new double[] {1.5, 2}, t.numeric("v"), 0); // decimal comma in a semicolon file
        Path p = dir.resolve("tab.tsv");
        Files.writeString(p, "a\tb\n1\t2\n");
        assertArrayEquals(new double[] {2}, CsvTableReader.auto().read(p).numeric("b"), 0);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CsvTableReader.auto().read(dir.resolve("none.csv")));
        assertTrue(e.getMessage().endsWith("no such file"));
    }
}
