package org.ionmat.cli;

import java.util.Locale;

import picocli.CommandLine;

/**
 * The value of {@code --sf}: {@code auto} (sf_auto, the screening factor that zeroes the pressure
 * of the input structure) or a positive number.
 *
 * @param value the screening factor, or NaN for auto
 */
record ScreeningFactorOption(double value) {

    /** True for {@code auto}. */
    boolean auto() {
        return Double.isNaN(value);
    }

    @Override
    public String toString() {
        return auto() ? "auto" : Double.toString(value);
    }

    /** Picocli converter. */
    static final class Converter implements CommandLine.ITypeConverter<ScreeningFactorOption> {
        @Override
        public ScreeningFactorOption convert(String text) {
            String t = text.trim().toLowerCase(Locale.ROOT);
            if (t.equals("auto")) {
                return new ScreeningFactorOption(Double.NaN);
            }
            double v;
            try {
                v = Double.parseDouble(t);
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + text + "' is neither 'auto' nor a number");
            }
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new CommandLine.TypeConversionException("the screening factor must be a positive number, got " + text);
            }
            return new ScreeningFactorOption(v);
        }
    }
}
