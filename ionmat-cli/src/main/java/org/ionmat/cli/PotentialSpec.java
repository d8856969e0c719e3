package org.ionmat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.ionmat.core.InvalidInputException;

import picocli.CommandLine;

/**
 * The value of a {@code --potential} option: the name of a built-in force field ({@code softbv}) or
 * the path of a potential file (JSON pair-potential definitions). Unknown names that are not
 * existing files are rejected with the list of accepted values.
 *
 * @param name the built-in name in lower case, or null for a file
 * @param file the potential file, or null for a built-in
 */
record PotentialSpec(String name, Path file) {

    /** Built-in force fields. */
    static final String SOFTBV = "softbv";

    /** True for the built-in SoftBV force field. */
    boolean isSoftBv() {
        return SOFTBV.equals(name);
    }

    /**
     * Parses an option value.
     *
     * @throws InvalidInputException if the value is neither a built-in name nor an existing file
     */
    static PotentialSpec parse(String text) {
        String t = text.trim();
        if (t.toLowerCase(Locale.ROOT).equals(SOFTBV)) {
            return new PotentialSpec(SOFTBV, null);
        }
        Path p = Path.of(t);
        if (Files.isRegularFile(p)) {
            return new PotentialSpec(null, p);
        }
        throw new InvalidInputException(null, -1, t, "--potential: unknown potential '" + t
                + "': give 'softbv' or the path of a pair-potential JSON file");
    }

    @Override
    public String toString() {
        return name != null ? name : file.toString();
    }

    /** Picocli converter. */
    static final class Converter implements CommandLine.ITypeConverter<PotentialSpec> {
        @Override
        public PotentialSpec convert(String value) {
            try {
                return parse(value);
            } catch (InvalidInputException e) {
                throw new CommandLine.TypeConversionException(e.problem());
            }
        }
    }
}
