package org.ionmat.core.io.cif;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.io.cif.CifLexer.Token;
import org.ionmat.core.io.cif.CifLexer.Type;

/**
 * Builds a {@link CifFile} from tokens: data blocks, data names with one value each, loops,
 * {@code save_} frames (kept apart from their block's data) and {@code global_} blocks (dropped).
 * Every syntax error is an {@link InvalidInputException} naming the source, line and token.
 */
final class CifSyntaxParser {

    private static final String CIF2_MAGIC = "#\\#CIF_2.0";

    private CifSyntaxParser() {
    }

    static CifFile parse(String text, String source) {
        String t = normalize(text, source);
        boolean cif2 = t.startsWith(CIF2_MAGIC);
        CifLexer lex = new CifLexer(t, source, cif2);
        List<CifBlock> blocks = new ArrayList<>();
        CifBlock.Builder block = null;   // current data block (null before the first, or in global_)
        CifBlock.Builder frame = null;   // current save frame
        boolean inGlobal = false;
        boolean anyToken = false;
        while (true) {
            Token tok = lex.next();
            if (tok.type() != Type.EOF) {
                anyToken = true;
            }
            switch (tok.type()) {
                case EOF -> {
                    if (frame != null) {
                        throw new InvalidInputException(source, frame.build().line(), "save_" + frame.build().name(),
                                "save frame is not closed by 'save_'");
                    }
                    if (block != null) {
                        blocks.add(block.build());
                    }
                    if (!anyToken) {
                        throw new InvalidInputException(source, -1, null, t.isBlank()
                                ? "empty file" : "file contains only comments, no data block");
                    }
                    if (blocks.isEmpty() && !inGlobal) {
                        throw new InvalidInputException(source, 1, null, "no data_ block found");
                    }
                    return new CifFile(source, cif2 ? "2.0" : "1.1", blocks);
                }
                case DATA -> {
                    if (frame != null) {
                        throw new InvalidInputException(source, tok.line(), "data_" + tok.text(),
                                "data block starts inside an unclosed save frame");
                    }
                    if (tok.text().isEmpty()) {
                        throw new InvalidInputException(source, tok.line(), "data_", "data block without a name");
                    }
                    if (block != null) {
                        blocks.add(block.build());
                    }
                    block = new CifBlock.Builder(source, tok.text(), tok.line());
                    inGlobal = false;
                }
                case GLOBAL -> {
                    if (frame != null) {
                        throw new InvalidInputException(source, tok.line(), tok.text(), "global_ inside a save frame");
                    }
                    if (block != null) {
                        blocks.add(block.build());
                    }
                    // read into a builder that is then dropped
                    block = null;
                    inGlobal = true;
                    frame = null;
                    readGlobal(lex, source);
                }
                case SAVE -> {
                    if (block == null) {
                        throw new InvalidInputException(source, tok.line(), "save_" + tok.text(),
                                "save frame outside a data block");
                    }
                    if (frame != null) {
                        throw new InvalidInputException(source, tok.line(), "save_" + tok.text(),
                                "save frame inside another save frame");
                    }
                    frame = new CifBlock.Builder(source, tok.text(), tok.line());
                }
                case SAVE_END -> {
                    if (frame == null) {
                        throw new InvalidInputException(source, tok.line(), "save_", "'save_' without an open save frame");
                    }
                    block.addSaveFrame(frame.build());
                    frame = null;
                }
                case STOP -> throw new InvalidInputException(source, tok.line(), tok.text(),
                        "'stop_' is not allowed in CIF");
                case TAG -> {
                    CifBlock.Builder target = frame != null ? frame : block;
                    if (target == null) {
                        throw new InvalidInputException(source, tok.line(), tok.text(),
                                "data name outside a data block (no data_ line before it)");
                    }
                    readItem(lex, source, tok, target);
                }
                case LOOP -> {
                    CifBlock.Builder target = frame != null ? frame : block;
                    if (target == null) {
                        throw new InvalidInputException(source, tok.line(), tok.text(),
                                "loop_ outside a data block (no data_ line before it)");
                    }
                    readLoop(lex, source, tok, target);
                }
                case VALUE -> throw new InvalidInputException(source, tok.line(), tok.text(),
                        block == null && !inGlobal ? "text before the first data_ block"
                                : "value without a data name");
                default -> throw new IllegalStateException(tok.type().toString());
            }
        }
    }

    /** Consumes the items of a global_ block up to the next data_ (or end). */
    private static void readGlobal(CifLexer lex, String source) {
        CifBlock.Builder sink = new CifBlock.Builder(source, "global_", 0);
        while (true) {
            Token t = lex.peek();
            switch (t.type()) {
                case TAG -> readItem(lex, source, lex.next(), sink);
                case LOOP -> readLoop(lex, source, lex.next(), sink);
                case VALUE -> throw new InvalidInputException(source, t.line(), t.text(), "value without a data name");
                default -> {
                    return;
                }
            }
        }
    }

    private static void readItem(CifLexer lex, String source, Token tag, CifBlock.Builder target) {
        Token v = lex.peek();
        if (v.type() != Type.VALUE) {
            throw new InvalidInputException(source, tag.line(), tag.text(), "data name '" + tag.text()
                    + "' has no value" + (v.type() == Type.EOF ? " (end of file)" : ""));
        }
        lex.next();
        target.put(tag.text(), tag.line(), v.value());
    }

    private static void readLoop(CifLexer lex, String source, Token loop, CifBlock.Builder target) {
        List<String> tags = new ArrayList<>();
        List<Integer> tagLines = new ArrayList<>();
        while (lex.peek().type() == Type.TAG) {
            Token t = lex.next();
            tags.add(t.text());
            tagLines.add(t.line());
        }
        if (tags.isEmpty()) {
            Token t = lex.peek();
            throw new InvalidInputException(source, loop.line(), t.type() == Type.EOF ? "loop_" : t.text(),
                    "loop_ without data names");
        }
        List<CifValue> values = new ArrayList<>();
        while (lex.peek().type() == Type.VALUE) {
            values.add(lex.next().value());
        }
        int n = tags.size();
        if (values.size() % n != 0) {
            throw loopCountError(source, loop, tags, values, lex.peek().type() == Type.EOF);
        }
        List<List<CifValue>> columns = new ArrayList<>();
        int rows = values.size() / n;
        for (int k = 0; k < n; k++) {
            List<CifValue> col = new ArrayList<>(rows);
            for (int r = 0; r < rows; r++) {
                col.add(values.get(r * n + k));
            }
            columns.add(col);
        }
        target.putLoop(tags, tagLines, columns);
    }

    /**
     * Describes a loop whose value count is not a multiple of its data names. When most lines
     * hold one row each, the first line with a different count is named; otherwise the last row.
     */
    private static InvalidInputException loopCountError(String source, Token loop, List<String> tags,
            List<CifValue> values, boolean atEnd) {
        int n = tags.size();
        String names = n <= 3 ? String.join(", ", tags) : tags.get(0) + ", ..., " + tags.get(n - 1);
        String head = "loop_ with " + n + " data names (" + names + ") has " + values.size()
                + " values, not a multiple of " + n;
        Map<Integer, Integer> perLine = new LinkedHashMap<>();
        Map<Integer, CifValue> firstOnLine = new LinkedHashMap<>();
        for (CifValue v : values) {
            perLine.merge(v.line(), 1, Integer::sum);
            firstOnLine.putIfAbsent(v.line(), v);
        }
        int full = 0;
        for (int c : perLine.values()) {
            if (c == n) {
                full++;
            }
        }
        int lastRowStart = values.size() - values.size() % n;
        CifValue v = values.isEmpty() ? null : values.get(Math.min(lastRowStart, values.size() - 1));
        int lastLine = values.isEmpty() ? -1 : values.get(values.size() - 1).line();
        if (full * 2 >= perLine.size()) {
            for (Map.Entry<Integer, Integer> e : perLine.entrySet()) {
                if (e.getValue() != n && !(atEnd && e.getKey() == lastLine)) {
                    return new InvalidInputException(source, e.getKey(), firstOnLine.get(e.getKey()).toString(),
                            head + "; this row has " + e.getValue() + " values");
                }
            }
        }
        String tail = "; the last row has " + (values.size() % n) + " values"
                + (atEnd ? " at the end of the file (is the file truncated?)" : "");
        return new InvalidInputException(source, v == null ? loop.line() : v.line(),
                v == null ? "loop_" : v.toString(), head + tail);
    }

    /**
     * Normalises line ends to {@code \n}, drops a byte-order mark, and rejects binary content
     * (C0 and C1 control characters other than tab, line feed, carriage return and form feed).
     */
    static String normalize(String text, String source) {
        int n = text.length();
        int start = n > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
        StringBuilder sb = null;
        int line = 1;
        for (int i = start; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c >= 0x7f && c <= 0x9f) {
                if (c == 0x1a && text.substring(i + 1).isBlank()) {
                    // DOS end-of-file marker: ignore it and what follows
                    n = i;
                    break;
                }
                throw new InvalidInputException(source, line, String.format("\\u%04x", (int) c),
                        String.format("binary or corrupt content: control character 0x%02x; a CIF must be text", (int) c));
            }
            if (c == '\n') {
                line++;
            } else if (c == '\r') {
                if (sb == null) {
                    sb = new StringBuilder(n);
                    sb.append(text, start, i);
                }
                sb.append('\n');
                line++;
                if (i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                continue;
            }
            if (sb != null) {
                sb.append(c);
            }
        }
        if (sb != null) {
            return sb.toString();
        }
        return start == 0 && n == text.length() ? text : text.substring(start, n);
    }
}
