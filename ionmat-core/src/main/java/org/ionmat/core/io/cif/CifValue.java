package org.ionmat.core.io.cif;

import java.util.List;
import java.util.Objects;

/**
 * One value of a CIF file as written, with the line where it starts.
 *
 * <p>Unquoted {@code ?} (unknown) and {@code .} (inapplicable) are distinguished from the quoted
 * strings {@code '?'} and {@code '.'}. CIF 2.0 lists ({@code [a b c]}) and tables
 * ({@code {'k':v}}) carry their elements in {@link #elements()}; for tables the elements alternate key
 * and value.
 *
 * @param kind     how the value was written
 * @param text     the text of the value without quotes or text-field delimiters ({@code ""} for lists)
 * @param line     1-based line number where the value starts
 * @param elements the elements of a list or table (keys and values alternating), else empty
 */
public record CifValue(Kind kind, String text, int line, List<CifValue> elements) {

    /** How a value was written. */
    public enum Kind {
        /** A bare word such as {@code 5.640(2)} or {@code Li1}. */
        UNQUOTED,
        /** A single-, double- or triple-quoted string. */
        QUOTED,
        /** A semicolon-delimited multi-line text field. */
        TEXT_FIELD,
        /** Unquoted {@code ?}: the value is unknown. */
        UNKNOWN,
        /** Unquoted {@code .}: the value is inapplicable. */
        INAPPLICABLE,
        /** A CIF 2.0 list {@code [...]}. */
        LIST,
        /** A CIF 2.0 table {@code {...}}. */
        TABLE
    }

    public CifValue {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        elements = List.copyOf(elements);
    }

    /** A scalar (non-list) value. */
    static CifValue of(Kind kind, String text, int line) {
        return new CifValue(kind, text, line, List.of());
    }

    /** True for unquoted {@code ?} or {@code .}: no value is given. */
    public boolean isMissing() {
        return kind == Kind.UNKNOWN || kind == Kind.INAPPLICABLE;
    }

    /** True for lists and tables. */
    public boolean isCompound() {
        return kind == Kind.LIST || kind == Kind.TABLE;
    }

    /** The value as it could be written back (quotes and text-field delimiters omitted). */
    @Override
    public String toString() {
        return switch (kind) {
            case UNKNOWN -> "?";
            case INAPPLICABLE -> ".";
            case LIST -> elements.toString();
            case TABLE -> "{" + elements + "}";
            default -> text;
        };
    }
}
