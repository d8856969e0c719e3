package org.ionmat.potential;

/**
 * What a {@link Calculator} computed. Sign conventions:
 * <ul>
 * <li>{@code forces} F = −∂E/∂r, eV/Å, 3 per atom.</li>
 * <li>{@code virial} W_ab = −∂E/∂ε_ab at zero strain (eV, 3x3 row-major, symmetric); for pair
 * forces W = Σ_pairs r_ij,a f_ij,b.</li>
 * <li>{@link #stress()} σ = −W/V (eV/Å^3), the convention of ASE ({@code Atoms.get_stress}):
 * negative when the system is compressed.</li>
 * <li>{@link #pressure()} P = tr(W)/(3V) (eV/Å^3), the virial part of the pressure, positive when
 * compressed, as LAMMPS reports it (without the kinetic term).</li>
 * </ul>
 *
 * @param energy       potential energy, eV
 * @param forces       forces, eV/Å, or null if not requested
 * @param virial       virial, eV, or null if not requested
 * @param atomEnergies per-atom energies, eV, or null if not requested
 * @param volume       cell volume, Å^3
 */
public record CalculatorResult(double energy, double[] forces, double[] virial, double[] atomEnergies, double volume) {

    /** Stress σ = −W/V, eV/Å^3 (3x3 row-major), ASE sign; null without virial. */
    public double[] stress() {
        if (virial == null) {
            return null;
        }
        double[] s = new double[9];
        for (int k = 0; k < 9; k++) {
            s[k] = -virial[k] / volume;
        }
        return s;
    }

    /** Virial pressure tr(W)/(3V), eV/Å^3, positive when compressed; NaN without virial. */
    public double pressure() {
        return virial == null ? Double.NaN : (virial[0] + virial[4] + virial[8]) / (3 * volume);
    }

    /** Sum of two results of the same system (fields missing in either become null). */
    public CalculatorResult plus(CalculatorResult o) {
        return new CalculatorResult(energy + o.energy, add(forces, o.forces), add(virial, o.virial),
                add(atomEnergies, o.atomEnergies), volume);
    }

    private static double[] add(double[] a, double[] b) {
        if (a == null || b == null) {
            return null;
        }
        double[] r = a.clone();
        for (int i = 0; i < r.length; i++) {
            r[i] += b[i];
        }
        return r;
    }
}
