package org.ionmat.core.io.cif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.structure.Structure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The malformed-input corpus (test resources {@code malformed/}): each file gives one
 * {@link InvalidInputException} whose one-line message names the file, the line and the offending
 * token, and says what is wrong.
 */
class CifMalformedInputTest {

    static Path corpus(String name) throws URISyntaxException {
        return Paths.get(CifMalformedInputTest.class.getResource("malformed/" + name).toURI());
    }

    @Test
    void theBaselineOfTheCorpusIsValid() throws Exception {
        CifTestSupport.assumeElementData();
        Structure s = CifReader.readFirst(corpus("valid.cif"));
        assertEquals(6, s.size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // file                        | line | token          | words in the message
        "truncated.cif                 | 21   | O1             | values at the end of the file (is the file truncated?)",
        "missing_cell.cif              | 1    | data_Li2O      | missing cell parameter _cell_length_c",
        "unknown_element.cif           | 22   | Xx             | unknown element 'Xx' in _atom_site_type_symbol",
        "bad_symmetry_operation.cif    | 11   | -x, -y, -q     | bad symmetry operation",
        "not_a_group.cif               | 11   | -y, x, z       | do not form a group",
        "loop_value_count.cif          | 20   | Li2            | has 23 values, not a multiple of 6; this row has 5 values",
        "non_numeric_coordinate.cif    | 22   | 0.5x           | non-numeric coordinate _atom_site_fract_y of site O2",
        "occupancy_over_one.cif        | 23   | F2             | sites O2, F2 coincide",
        "unterminated_text_field.cif   | 9    | ;              | unterminated text field",
        "unterminated_quote.cif        | 11   | '-x, -y, -z    | unterminated quoted string",
        "binary.cif                    | 1    | \\u0089        | binary or corrupt content",
        "empty.cif                     | -1   |                | empty file",
        "no_atom_sites.cif             | -1   |                | no structure: no data block has atom sites",
    })
    void malformedFilesGiveOneClearMessage(String file, int line, String token, String words) throws Exception {
        if (file.equals("occupancy_over_one.cif") || file.equals("unknown_element.cif")) {
            CifTestSupport.assumeElementData();
        }
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CifReader.read(corpus(file)));
        String m = e.getMessage();
        assertFalse(m.contains("\n"), "one line: " + m);
        assertEquals(file, e.source(), m);
        assertTrue(m.startsWith(file + (line > 0 ? ":" + line + ": " : ": ")), m);
        assertEquals(line, e.line(), m);
        assertEquals(token, e.token(), m);
        if (token != null) {
            assertTrue(m.contains("'" + token + "'"), "message quotes the token: " + m);
        }
        assertTrue(m.contains(words), m);
    }
}
