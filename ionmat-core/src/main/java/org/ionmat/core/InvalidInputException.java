package org.ionmat.core;

/**
 * Bad user input: a malformed file, formula or option. The message names the problem and, when known,
 * where it is (source, line, token), so that the CLI can print it as one line and exit with code 2.
 *
 * <p>Use the static factories to build messages of a consistent shape:
 * {@code source:line: message (near 'token')}.
 */
public class InvalidInputException extends RuntimeException {

    private final String source;
    private final int line;
    private final String token;
    private final String problem;

    /**
     * @param source file name or other origin of the input, or null
     * @param line   1-based line number, or -1 when not applicable
     * @param token  the offending token, or null
     * @param problem what is wrong, in words
     */
    public InvalidInputException(String source, int line, String token, String problem) {
        this(source, line, token, problem, null);
    }

    public InvalidInputException(String source, int line, String token, String problem, Throwable cause) {
        super(format(source, line, token, problem), cause);
        this.source = source;
        this.line = line;
        this.token = token;
        this.problem = problem;
    }

    /** An input problem with no location. */
    public InvalidInputException(String problem) {
        this(null, -1, null, problem);
    }

    private static String format(String source, int line, String token, String problem) {
        StringBuilder sb = new StringBuilder();
        if (source != null) {
            sb.append(source);
            if (line > 0) {
                sb.append(':').append(line);
            }
            sb.append(": ");
        } else if (line > 0) {
            sb.append("line ").append(line).append(": ");
        }
        sb.append(problem);
        if (token != null && !problem.contains("'" + token + "'")) {
            sb.append(" (at '").append(abbreviate(token)).append("')");
        }
        return sb.toString();
    }

    private static String abbreviate(String token) {
        String t = token.replaceAll("\\p{Cntrl}", "?");
        return t.length() > 60 ? t.substring(0, 57) + "..." : t;
    }

    /** Returns a copy that names {@code newSource} as the origin, keeping line and token. */
    public InvalidInputException withSource(String newSource) {
        if (source != null) {
            return this;
        }
        return new InvalidInputException(newSource, line, token, problem, this);
    }

    /** File name or other origin, or null. */
    public String source() {
        return source;
    }

    /** 1-based line number, or -1. */
    public int line() {
        return line;
    }

    /** The offending token, or null. */
    public String token() {
        return token;
    }

    /** The problem without location. */
    public String problem() {
        return problem;
    }
}
