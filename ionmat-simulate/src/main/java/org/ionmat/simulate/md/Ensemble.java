package org.ionmat.simulate.md;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.ionmat.core.InvalidInputException;

/** The statistical ensembles (and their integrators) the MD engine offers. */
public enum Ensemble {
    /** Microcanonical: {@link VelocityVerlet}. */
    NVE("nve", false, false),
    /** Canonical with a Nosé–Hoover chain: {@link NoseHooverNvt}. */
    NVT("nvt", true, false),
    /** Canonical with Langevin dynamics: {@link LangevinBaoab}. */
    NVT_LANGEVIN("nvt-langevin", true, false),
    /** Isothermal–isobaric, Martyna–Tobias–Klein: {@link MtkNpt}. */
    NPT("npt", true, true),
    /** Langevin thermostat with a Berendsen barostat (for equilibration): {@link LangevinBaoab} + {@link BerendsenBarostat}. */
    NPT_BERENDSEN("npt-berendsen", true, true);

    private final String id;
    private final boolean thermostat;
    private final boolean barostat;

    Ensemble(String id, boolean thermostat, boolean barostat) {
        this.id = id;
        this.thermostat = thermostat;
        this.barostat = barostat;
    }

    /** Name on the command line and in metadata. */
    public String id() {
        return id;
    }

    /** True if the temperature is controlled. */
    public boolean hasThermostat() {
        return thermostat;
    }

    /** True if the pressure is controlled (the cell changes). */
    public boolean hasBarostat() {
        return barostat;
    }

    /** The ensemble used by default to equilibrate before a production run in this one. */
    public Ensemble defaultEquilibration() {
        return switch (this) {
            case NVE, NVT_LANGEVIN -> NVT_LANGEVIN;
            case NVT -> NVT;
            case NPT, NPT_BERENDSEN -> NPT_BERENDSEN;
        };
    }

    /** Parses a name ({@code nve}, {@code nvt}, {@code nvt-langevin}, {@code npt}, {@code npt-berendsen}). */
    public static Ensemble parse(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Ensemble e : values()) {
            if (e.id.equals(t)) {
                return e;
            }
        }
        if (t.equals("nvt-nh") || t.equals("nvt-nose-hoover")) {
            return NVT;
        }
        if (t.equals("npt-mtk")) {
            return NPT;
        }
        throw new InvalidInputException(null, -1, s, "unknown ensemble '" + s + "'; use one of "
                + Arrays.stream(values()).map(Ensemble::id).collect(Collectors.joining(", ")));
    }
}
