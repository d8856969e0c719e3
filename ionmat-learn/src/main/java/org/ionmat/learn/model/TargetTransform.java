package org.ionmat.learn.model;

import org.ionmat.core.InvalidInputException;

/** A transform applied to regression targets before training (e.g. log10 of a conductivity). */
public enum TargetTransform {
    /** Targets used as they are. */
    NONE,
    /** log10 of a positive target; the model predicts and reports in log10 units. */
    LOG10;

    /** Transforms a raw target; throws {@link InvalidInputException} for log10 of a non-positive value. */
    public double apply(double raw) {
        if (this == LOG10) {
            if (!(raw > 0) || !Double.isFinite(raw)) {
                throw new InvalidInputException("cannot take log10 of target " + raw);
            }
            return Math.log10(raw);
        }
        return raw;
    }

    /** Lower-case name used in model files. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses {@link #key()}. */
    public static TargetTransform of(String key) {
        for (TargetTransform t : values()) {
            if (t.key().equals(key)) {
                return t;
            }
        }
        throw new InvalidInputException("unknown target transform '" + key + "'");
    }
}
