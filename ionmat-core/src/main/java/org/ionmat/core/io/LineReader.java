package org.ionmat.core.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;

import org.ionmat.core.InvalidInputException;

/**
 * Sequential reader of text lines that knows its source name and the current line number, with
 * one-line look-ahead and strict token parsing. Every parse failure becomes an
 * {@link InvalidInputException} naming source, line and token.
 */
public final class LineReader {

    private final BufferedReader reader;
    private final String source;
    private String peeked;
    private boolean hasPeeked;
    private int lineNumber;

    /**
     * @param reader line source (not closed by this class)
     * @param source file name or other origin used in messages
     */
    public LineReader(BufferedReader reader, String source) {
        this.reader = reader;
        this.source = source;
    }

    /** A reader over in-memory text. */
    public static LineReader of(String text, String source) {
        return new LineReader(new BufferedReader(new StringReader(text)), source);
    }

    /** File name or other origin used in messages. */
    public String source() {
        return source;
    }

    /** 1-based number of the line last returned by {@link #next()}; 0 before the first. */
    public int lineNumber() {
        return lineNumber;
    }

    /** The next line without consuming it, or null at the end of the input. */
    public String peek() {
        if (!hasPeeked) {
            peeked = readRaw();
            hasPeeked = true;
        }
        return peeked;
    }

    /** The next line (without line terminator), or null at the end of the input. */
    public String next() {
        String line = peek();
        hasPeeked = false;
        peeked = null;
        if (line != null) {
            lineNumber++;
        }
        return line;
    }

    /**
     * The next line.
     *
     * @param what what the line should hold, for the message at the end of the input
     * @throws InvalidInputException if the input has ended
     */
    public String require(String what) {
        String line = next();
        if (line == null) {
            throw new InvalidInputException(source, lineNumber + 1, null,
                    "unexpected end of file: expected " + what);
        }
        return line;
    }

    /** Skips blank lines; returns true if a non-blank line follows. */
    public boolean skipBlankLines() {
        String l;
        while ((l = peek()) != null && l.isBlank()) {
            next();
        }
        return l != null;
    }

    private String readRaw() {
        try {
            String line = reader.readLine();
            if (line != null && lineNumber == 0 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            return line;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(source, lineNumber + 1, null,
                    "not a text file: bytes that are not valid UTF-8 text");
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw new InvalidInputException(source, lineNumber + 1, null, "corrupt or truncated gzip data");
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + source + ": " + e.getMessage(), e);
        }
    }

    /**
     * A reader without lines whose messages and parse errors point at line {@code line} of the same
     * source, for checking lines that were read earlier.
     */
    public LineReader at(int line) {
        LineReader r = new LineReader(new BufferedReader(new StringReader("")), source);
        r.lineNumber = line;
        return r;
    }

    /** An error at the current line. */
    public InvalidInputException error(String token, String problem) {
        return new InvalidInputException(source, lineNumber, token, problem);
    }

    /** Whitespace-separated tokens of {@code line}. */
    public static String[] split(String line) {
        return Tokens.split(line);
    }

    /**
     * The first {@code n} tokens of the line, which must have at least {@code n}.
     *
     * @param what what the tokens are, for the message
     */
    public String[] tokens(String line, int n, String what) {
        String[] t = Tokens.split(line);
        if (t.length < n) {
            throw error(line.strip(), "expected " + what + " (" + n + " values), found " + t.length);
        }
        return t;
    }

    /** A finite floating-point number ({@code 1.5}, {@code -2e-3}, Fortran {@code 1.0D-3}). */
    public double parseDouble(String token, String what) {
        double v = Tokens.parseDouble(token);
        if (Double.isNaN(v)) {
            throw error(token, "expected a number for " + what + ", found '" + token + "'");
        }
        return v;
    }

    /** An int (digits with optional sign). */
    public int parseInt(String token, String what) {
        long v = parseLong(token, what);
        if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
            throw error(token, what + " is out of range: '" + token + "'");
        }
        return (int) v;
    }

    /** A long integer (digits with optional sign). */
    public long parseLong(String token, String what) {
        if (!Tokens.isInteger(token) || token.length() > 18) {
            throw error(token, "expected an integer for " + what + ", found '" + token + "'");
        }
        return Long.parseLong(token.charAt(0) == '+' ? token.substring(1) : token);
    }

    /** A non-negative count. */
    public int parseCount(String token, String what) {
        int v = parseInt(token, what);
        if (v < 0) {
            throw error(token, what + " must not be negative: '" + token + "'");
        }
        return v;
    }

    /** Three numbers from tokens {@code t[from..from+2]}. */
    public double[] parseVector(String[] t, int from, String what) {
        if (t.length < from + 3) {
            throw error(String.join(" ", t), "expected 3 numbers for " + what + ", found " + Math.max(0, t.length - from));
        }
        return new double[] {parseDouble(t[from], what), parseDouble(t[from + 1], what), parseDouble(t[from + 2], what)};
    }
}
