package org.ionmat.core.io;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code key=value} pairs of an extended-XYZ comment line. Values may be bare words,
 * double- or single-quoted strings (with backslash escapes), or bracketed {@code [..]} / {@code {..}}
 * arrays; a key without {@code =} means {@code T}.
 */
final class ExtXyzComment {

    private static final Pattern BARE = Pattern.compile("[A-Za-z0-9_.+\\-:/]+");

    private ExtXyzComment() {
    }

    /** Parses the line into keys and unquoted values, in order; errors point at {@code in}'s current line. */
    static Map<String, String> parse(String line, LineReader in) {
        Map<String, String> out = new LinkedHashMap<>();
        int n = line.length();
        int i = 0;
        while (true) {
            while (i < n && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int[] end = new int[1];
            String key = token(line, i, in, end, true);
            i = end[0];
            int j = i;
            while (j < n && Character.isWhitespace(line.charAt(j))) {
                j++;
            }
            String value = "T";
            if (j < n && line.charAt(j) == '=') {
                j++;
                while (j < n && Character.isWhitespace(line.charAt(j))) {
                    j++;
                }
                if (j >= n) {
                    throw in.error(key + "=", "missing value after '" + key + "='");
                }
                value = token(line, j, in, end, false);
                i = end[0];
            }
            if (key.isEmpty()) {
                throw in.error(line.strip(), "empty key in the comment line");
            }
            if (out.put(key, value) != null) {
                throw in.error(key, "key '" + key + "' appears twice in the comment line");
            }
        }
        return out;
    }

    private static String token(String s, int i, LineReader in, int[] end, boolean key) {
        int n = s.length();
        char c = s.charAt(i);
        if (c == '"' || c == '\'') {
            StringBuilder sb = new StringBuilder();
            int j = i + 1;
            while (j < n && s.charAt(j) != c) {
                char d = s.charAt(j);
                if (d == '\\' && j + 1 < n) {
                    char e = s.charAt(j + 1);
                    sb.append(e == 'n' ? '\n' : e);
                    j += 2;
                } else {
                    sb.append(d);
                    j++;
                }
            }
            if (j >= n) {
                throw in.error(s.substring(i, Math.min(n, i + 30)), "unterminated quote in the comment line");
            }
            end[0] = j + 1;
            return sb.toString();
        }
        if (!key && (c == '[' || c == '{')) {
            char close = c == '[' ? ']' : '}';
            int depth = 0;
            int j = i;
            for (; j < n; j++) {
                char d = s.charAt(j);
                if (d == c) {
                    depth++;
                } else if (d == close) {
                    depth--;
                    if (depth == 0) {
                        break;
                    }
                }
            }
            if (j >= n) {
                throw in.error(s.substring(i, Math.min(n, i + 30)), "unterminated '" + c + "' in the comment line");
            }
            end[0] = j + 1;
            return s.substring(i, j + 1);
        }
        int j = i;
        while (j < n && !Character.isWhitespace(s.charAt(j)) && (!key || s.charAt(j) != '=')) {
            j++;
        }
        end[0] = j;
        return s.substring(i, j);
    }

    /** Numbers of an array value: {@code "1 2 3"}, {@code [1, 2, 3]}, {@code [[1,0,0],[0,1,0],[0,0,1]]}. */
    static String[] arrayTokens(String value) {
        return Tokens.split(value.replace('[', ' ').replace(']', ' ').replace('{', ' ').replace('}', ' ')
                .replace(',', ' '));
    }

    /** The value as written in a comment line: bare if safe, else double-quoted with escapes. */
    static String quote(String value) {
        if (!value.isEmpty() && BARE.matcher(value).matches()) {
            return value;
        }
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }
}
