package org.ionmat.core.io.cif;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ionmat.core.InvalidInputException;

/**
 * Splits CIF text into tokens: data names, reserved words ({@code data_}, {@code loop_},
 * {@code global_}, {@code save_}, {@code stop_}) and values.
 *
 * <p>Values follow CIF 1.1: bare words, quoted strings in which a quote only ends the string when
 * followed by white space (so {@code 'O'Neil'} is {@code O'Neil}), and text fields between lines
 * starting with {@code ;}. From CIF 2.0 it also reads triple-quoted strings ({@code '''...'''},
 * {@code """..."""}, which may span lines) and lists {@code [...]}, in any file, and tables
 * {@code {'key':value}} and the CIF 2.0 quote rule (a quote ends at the next matching quote) in
 * files marked {@code #\#CIF_2.0}.
 */
final class CifLexer {

    enum Type { TAG, DATA, LOOP, GLOBAL, SAVE, SAVE_END, STOP, VALUE, EOF }

    /** A token; {@code text} is the raw word for tags and reserved words. */
    record Token(Type type, String text, int line, CifValue value) {
    }

    private final String s;
    private final String source;
    private final boolean cif2;
    private int pos;
    private int line = 1;
    private int lineStart; // index of the first character of the current line
    private Token peeked;

    /**
     * @param text   CIF text with line ends normalised to {@code \n}
     * @param source file name for messages
     * @param cif2   true for CIF 2.0 rules
     */
    CifLexer(String text, String source, boolean cif2) {
        this.s = text;
        this.source = source;
        this.cif2 = cif2;
    }

    Token peek() {
        if (peeked == null) {
            peeked = read();
        }
        return peeked;
    }

    Token next() {
        Token t = peek();
        peeked = null;
        return t;
    }

    private InvalidInputException error(int atLine, String token, String problem) {
        return new InvalidInputException(source, atLine, token, problem);
    }

    private void newline() {
        line++;
        lineStart = pos;
    }

    /** Skips white space and comments; returns false at end of input. */
    private boolean skipBlank() {
        int n = s.length();
        while (pos < n) {
            char c = s.charAt(pos);
            if (c == '\n') {
                pos++;
                newline();
            } else if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else if (c == '#') {
                while (pos < n && s.charAt(pos) != '\n') {
                    pos++;
                }
            } else {
                return true;
            }
        }
        return false;
    }

    private Token read() {
        if (!skipBlank()) {
            return new Token(Type.EOF, "", line, null);
        }
        int startLine = line;
        char c = s.charAt(pos);
        if (c == '_') {
            String w = word(false);
            return new Token(Type.TAG, w, startLine, null);
        }
        CifValue v = value(false);
        if (v != null) {
            return new Token(Type.VALUE, v.text(), startLine, v);
        }
        // a bare word that may be a reserved word
        String w = word(false);
        String lw = w.toLowerCase(Locale.ROOT);
        if (lw.startsWith("data_")) {
            return new Token(Type.DATA, w.substring(5), startLine, null);
        }
        if (lw.equals("loop_")) {
            return new Token(Type.LOOP, w, startLine, null);
        }
        if (lw.equals("global_")) {
            return new Token(Type.GLOBAL, w, startLine, null);
        }
        if (lw.equals("save_")) {
            return new Token(Type.SAVE_END, w, startLine, null);
        }
        if (lw.startsWith("save_")) {
            return new Token(Type.SAVE, w.substring(5), startLine, null);
        }
        if (lw.equals("stop_")) {
            return new Token(Type.STOP, w, startLine, null);
        }
        return new Token(Type.VALUE, w, startLine, bare(w, startLine));
    }

    private static CifValue bare(String w, int line) {
        if (w.equals("?")) {
            return CifValue.of(CifValue.Kind.UNKNOWN, w, line);
        }
        if (w.equals(".")) {
            return CifValue.of(CifValue.Kind.INAPPLICABLE, w, line);
        }
        return CifValue.of(CifValue.Kind.UNQUOTED, w, line);
    }

    /**
     * Reads a delimited value (text field, quoted string, list, table) at the current position, or
     * returns null if the next token is a bare word.
     */
    private CifValue value(boolean inCompound) {
        char c = s.charAt(pos);
        int startLine = line;
        if (c == ';' && pos == lineStart) {
            return textField();
        }
        if (c == '\'' || c == '"') {
            if (s.startsWith(c == '\'' ? "'''" : "\"\"\"", pos)) {
                return tripleQuoted(c);
            }
            return quoted(c);
        }
        if (c == '[') {
            return list();
        }
        if (c == '{' && cif2) {
            return table();
        }
        if (inCompound) {
            String w = word(true);
            if (w.startsWith("_")) {
                throw error(startLine, w, "data name inside a list or table");
            }
            return bare(w, startLine);
        }
        return null;
    }

    /** A bare word up to white space (and, inside lists or in CIF 2.0, up to a bracket). */
    private String word(boolean inCompound) {
        int start = pos;
        int n = s.length();
        while (pos < n) {
            char c = s.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\f') {
                break;
            }
            if ((inCompound || cif2) && (c == ']' || c == '[' || c == '{' || c == '}')) {
                break;
            }
            pos++;
        }
        if (pos == start) {
            char c = s.charAt(pos);
            throw error(line, String.valueOf(c), "unexpected '" + c + "'");
        }
        return s.substring(start, pos);
    }

    private CifValue textField() {
        int startLine = line;
        int n = s.length();
        pos++; // the ';'
        StringBuilder sb = new StringBuilder();
        while (true) {
            int eol = s.indexOf('\n', pos);
            if (eol < 0) {
                throw error(startLine, ";", "unterminated text field (no closing ';' at the start of a line)");
            }
            sb.append(s, pos, eol);
            pos = eol + 1;
            newline();
            if (pos < n && s.charAt(pos) == ';') {
                pos++;
                break;
            }
            sb.append('\n');
        }
        return CifValue.of(CifValue.Kind.TEXT_FIELD, sb.toString(), startLine);
    }

    private CifValue quoted(char q) {
        int startLine = line;
        int n = s.length();
        int i = pos + 1;
        while (true) {
            if (i >= n || s.charAt(i) == '\n') {
                int eol = s.indexOf('\n', pos);
                throw error(startLine, s.substring(pos, eol < 0 ? n : eol),
                        "unterminated quoted string (no closing " + q + " on the line)");
            }
            if (s.charAt(i) == q) {
                if (cif2 || i + 1 >= n || isSpaceOrEnd(s.charAt(i + 1))) {
                    break;
                }
            }
            i++;
        }
        String text = s.substring(pos + 1, i);
        pos = i + 1;
        return CifValue.of(CifValue.Kind.QUOTED, text, startLine);
    }

    private boolean isSpaceOrEnd(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == ']' || c == '}';
    }

    private CifValue tripleQuoted(char q) {
        int startLine = line;
        String delim = q == '\'' ? "'''" : "\"\"\"";
        int end = s.indexOf(delim, pos + 3);
        if (end < 0) {
            throw error(startLine, delim, "unterminated triple-quoted string");
        }
        String text = s.substring(pos + 3, end);
        for (int i = pos; i < end; i++) {
            if (s.charAt(i) == '\n') {
                pos = i + 1;
                newline();
            }
        }
        pos = end + 3;
        return CifValue.of(CifValue.Kind.QUOTED, text, startLine);
    }

    private CifValue list() {
        int startLine = line;
        pos++; // '['
        List<CifValue> elements = new ArrayList<>();
        while (true) {
            if (!skipBlank()) {
                throw error(startLine, "[", "unterminated list (no closing ']')");
            }
            if (s.charAt(pos) == ']') {
                pos++;
                break;
            }
            elements.add(value(true));
        }
        return new CifValue(CifValue.Kind.LIST, "", startLine, elements);
    }

    private CifValue table() {
        int startLine = line;
        pos++; // '{'
        List<CifValue> elements = new ArrayList<>();
        while (true) {
            if (!skipBlank()) {
                throw error(startLine, "{", "unterminated table (no closing '}')");
            }
            char c = s.charAt(pos);
            if (c == '}') {
                pos++;
                break;
            }
            if (c != '\'' && c != '"') {
                throw error(line, String.valueOf(c), "table key must be a quoted string");
            }
            CifValue key = s.startsWith(c == '\'' ? "'''" : "\"\"\"", pos) ? tripleQuoted(c) : quoted(c);
            if (pos >= s.length() || s.charAt(pos) != ':') {
                throw error(line, key.text(), "table key must be followed by ':'");
            }
            pos++;
            if (!skipBlank()) {
                throw error(startLine, "{", "unterminated table (no closing '}')");
            }
            elements.add(key);
            elements.add(value(true));
        }
        return new CifValue(CifValue.Kind.TABLE, "", startLine, elements);
    }
}
