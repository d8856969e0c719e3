package org.ionmat.core.io.cif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ionmat.core.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The CIF syntax layer: tokens, blocks, loops, quoting, text fields, CIF 2.0 additions. */
class CifSyntaxTest {

    private static CifFile parse(String text) {
        return CifFile.parse(text, "t.cif");
    }

    private static InvalidInputException error(String text) {
        return assertThrows(InvalidInputException.class, () -> parse(text));
    }

    @Test
    void blocksItemsAndLoopsWithComments() {
        CifFile f = parse("""
                # a comment
                data_first   # trailing comment
                _cell_length_a 5.0 # number
                _Cell_Length_B   '6.0'
                loop_
                  _atom_site_label _atom_site_fract_x
                  Li1 0.1   O1 0.2
                  Li#2 0.3
                data_second
                _title 'it''s'
                """);
        assertEquals("1.1", f.version());
        assertEquals(2, f.blocks().size());
        CifBlock b = f.block("FIRST");
        assertEquals(2, b.line());
        assertEquals("5.0", b.value("_CELL_LENGTH_A").text());
        assertEquals(CifValue.Kind.QUOTED, b.value("_cell_length_b").kind());
        assertEquals(4, b.tagLine("_cell_length_b"));
        assertEquals("_Cell_Length_B", b.spelling("_cell_length_b"));
        List<CifValue> labels = b.values("_atom_site_label");
        assertEquals(List.of("Li1", "O1", "Li#2"), labels.stream().map(CifValue::text).toList());
        assertEquals(8, labels.get(2).line());
        assertEquals(0, b.loopIndex("_atom_site_fract_x"));
        assertEquals(-1, b.loopIndex("_cell_length_a"));
        assertEquals(-2, b.loopIndex("_nothing"));
        // CIF 1.1: a quote ends a string only when followed by white space
        assertEquals("it''s", f.block("second").value("_title").text());
    }

    @Test
    void quoteInsideValueRuleOfCif11() {
        CifBlock b = parse("data_x\n_a 'O'Neil' _b \"say \"hi\"!\" _c 'x'\n").blocks().get(0);
        assertEquals("O'Neil", b.value("_a").text());
        assertEquals("say \"hi\"!", b.value("_b").text());
        assertEquals("x", b.value("_c").text());
    }

    @Test
    void textFieldsKeepTheirLines() {
        CifBlock b = parse("data_x\n_note\n;first line\n  second; line\n;\n_after 1\n").blocks().get(0);
        CifValue v = b.value("_note");
        assertEquals(CifValue.Kind.TEXT_FIELD, v.kind());
        assertEquals("first line\n  second; line", v.text());
        assertEquals(3, v.line());
        assertEquals(6, b.value("_after").line());
    }

    @Test
    void unknownAndInapplicableDifferFromQuotedStrings() {
        CifBlock b = parse("data_x\n_a ? _b . _c '?' _d '.' _e .5\n").blocks().get(0);
        assertEquals(CifValue.Kind.UNKNOWN, b.value("_a").kind());
        assertEquals(CifValue.Kind.INAPPLICABLE, b.value("_b").kind());
        assertTrue(b.value("_a").isMissing());
        assertFalse(b.value("_c").isMissing());
        assertEquals(CifValue.Kind.QUOTED, b.value("_d").kind());
        assertEquals(CifValue.Kind.UNQUOTED, b.value("_e").kind());
        assertFalse(b.hasValue("_a"));
        assertTrue(b.hasValue("_e"));
    }

    @Test
    void globalBlocksAreDroppedAndSaveFramesKeptApart() {
        CifFile f = parse("""
                global_
                _audit_creation_method 'by hand'
                data_a
                _x 1
                save_frame1
                _x 2
                _y 3
                save_
                _z 4
                """);
        assertEquals(1, f.blocks().size());
        CifBlock b = f.blocks().get(0);
        assertEquals("1", b.value("_x").text());
        assertNull(b.value("_y"));
        assertEquals("4", b.value("_z").text());
        assertEquals(1, b.saveFrames().size());
        assertEquals("3", b.saveFrames().get(0).value("_y").text());
    }

    @Test
    void cif2TripleQuotesListsTablesAndDdlmNames() {
        CifFile f = parse("""
                #\\#CIF_2.0
                data_c2
                _atom_site.fract_x 0.25
                _text '''line one
                line 'two' '''
                _list [1 2 [3 'a b'] ]
                _table {'k1':1.5 'k2':[x y]}
                """);
        assertEquals("2.0", f.version());
        CifBlock b = f.blocks().get(0);
        assertEquals("0.25", b.value("_atom_site_fract_x").text());
        assertEquals("line one\nline 'two' ", b.value("_text").text());
        CifValue list = b.value("_list");
        assertEquals(CifValue.Kind.LIST, list.kind());
        assertEquals(3, list.elements().size());
        assertEquals("a b", list.elements().get(2).elements().get(1).text());
        CifValue table = b.value("_table");
        assertEquals(CifValue.Kind.TABLE, table.kind());
        assertEquals("k2", table.elements().get(2).text());
        assertEquals(2, table.elements().get(3).elements().size());
        // CIF 2.0: a string ends at the first matching quote, so 'a'b' is 'a' followed by b'
        InvalidInputException e = error("#\\#CIF_2.0\ndata_x\n_q 'a'b'\n");
        assertEquals("b'", e.token());
    }

    @Test
    void listsAndTripleQuotesAlsoInCif11Files() {
        CifBlock b = parse("data_x\n_l [a b]\n_t \"\"\"q\"\"\"\n").blocks().get(0);
        assertEquals(2, b.value("_l").elements().size());
        assertEquals("q", b.value("_t").text());
    }

    @Test
    void numbersWithStandardUncertainties() {
        CifNumber n = CifNumber.parse("5.640(2)");
        assertEquals(5.640, n.value(), 0);
        assertEquals(0.002, n.uncertainty(), 1e-15);
        assertEquals(3, n.decimals());
        assertEquals(1200, CifNumber.parse("1.2E3(4)").value(), 0);
        assertEquals(400, CifNumber.parse("1.2E3(4)").uncertainty(), 1e-9);
        assertEquals(12, CifNumber.parse("12(1)").value(), 0);
        assertEquals(1, CifNumber.parse("12(1)").uncertainty(), 0);
        assertEquals(-0.5, CifNumber.parse("-.5").value(), 0);
        assertEquals(90, CifNumber.parse("90.").value(), 0);
        assertEquals(0, CifNumber.parse("0.25").uncertainty(), 0);
        for (String bad : new String[] {"5.64(", "5.64(2", "abc", "", ".", "?", "1e", "1.2.3", "1,5", "5.64)", "--1"}) {
            assertNull(CifNumber.parse(bad), bad);
        }
    }

    @Test
    void conflictingDuplicatesAreReportedWhenUsed() {
        CifBlock b = parse("data_x\n_a 1\n_a 1\n_b 1\n_b 2\n").blocks().get(0);
        assertEquals("1", b.value("_a").text());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> b.value("_b"));
        assertEquals(5, e.line());
        assertTrue(e.getMessage().contains("defined twice"), e.getMessage());
    }

    @Test
    void syntaxErrorsNameFileLineAndToken() {
        InvalidInputException e = error("data_x\n_a 1\n_note\n;never closed\nmore\n");
        assertEquals("t.cif", e.source());
        assertEquals(4, e.line());
        assertTrue(e.getMessage().startsWith("t.cif:4: unterminated text field"), e.getMessage());

        e = error("data_x\n_a 'open\n");
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("unterminated quoted string"), e.getMessage());

        e = error("data_x\nloop_\n_a\n_b\n_c\n1 2 3\n4 5\n7 8 9\n");
        assertEquals(7, e.line());
        assertTrue(e.getMessage().contains("has 8 values, not a multiple of 3; this row has 2 values"), e.getMessage());
        assertEquals("4", e.token());

        e = error("data_x\nloop_\n_a\n_b\n_c\n1 2 3\n4 5\n");
        assertEquals(7, e.line());
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());

        e = error("data_x\n_a\n_b 2\n");
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("'_a' has no value"), e.getMessage());

        e = error("_a 1\ndata_x\n");
        assertTrue(e.getMessage().contains("outside a data block"), e.getMessage());
        e = error("data_\n_a 1\n");
        assertTrue(e.getMessage().contains("without a name"), e.getMessage());
        e = error("data_x\n_a 1 2\n");
        assertEquals("2", e.token());
        e = error("data_x\nloop_\ndata_y\n");
        assertTrue(e.getMessage().contains("loop_ without data names"), e.getMessage());
        e = error("data_x\n_a [1 2\n");
        assertTrue(e.getMessage().contains("unterminated list"), e.getMessage());
        e = error("data_x\n_a '''abc\n");
        assertTrue(e.getMessage().contains("unterminated triple-quoted"), e.getMessage());
        e = error("data_x\nsave_f\n_a 1\n");
        assertTrue(e.getMessage().contains("save frame is not closed"), e.getMessage());
        e = error("data_x\nstop_\n");
        assertTrue(e.getMessage().contains("stop_"), e.getMessage());
    }

    @Test
    void emptyAndBinaryInput() {
        assertEquals("t.cif: empty file", error("").getMessage());
        assertEquals("t.cif: empty file", error(" \n\t\n").getMessage());
        assertTrue(error("# only a comment\n").getMessage().contains("only comments"));
        InvalidInputException e = error("data_x\n_a 1\n\u0000\u0001PNG");
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
        assertFalse(e.getMessage().contains("\u0000"));
    }

    @Test
    void lineEndsOfAllKindsAndByteOrderMark() {
        CifBlock b = parse("\uFEFFdata_x\r\n_a 1\r_b\r\n;t1\r\nt2\r\n;\r\n_c 3\n").blocks().get(0);
        assertEquals("t1\nt2", b.value("_b").text());
        assertEquals(7, b.tagLine("_c"));
        assertEquals(2, b.tagLine("_a"));
    }
}
