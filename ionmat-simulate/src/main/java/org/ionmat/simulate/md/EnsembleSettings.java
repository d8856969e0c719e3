package org.ionmat.simulate.md;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ionmat.core.InvalidInputException;

/**
 * An ensemble and its control parameters.
 *
 * @param ensemble        the ensemble
 * @param temperatureK    target temperature, K
 * @param pressureGPa     target pressure, GPa (barostats only)
 * @param tdampPs         thermostat damping time, ps (Nosé–Hoover τ; Langevin 1/γ)
 * @param pdampPs         barostat damping time, ps
 * @param chainLength     Nosé–Hoover chain length
 * @param chainLoops      Nosé–Hoover sub-steps per half step
 * @param cell            allowed cell deformations (barostats only)
 * @param bulkModulusGPa  bulk modulus estimate of the Berendsen barostat, GPa
 */
public record EnsembleSettings(Ensemble ensemble, double temperatureK, double pressureGPa, double tdampPs,
                               double pdampPs, int chainLength, int chainLoops, CellMode cell, double bulkModulusGPa) {

    /** Default thermostat damping time, ps (100 steps of 1 fs, as LAMMPS recommends). */
    public static final double DEFAULT_TDAMP_PS = 0.1;
    /** Default damping time of a Langevin production run, ps (weak friction, little effect on diffusion). */
    public static final double DEFAULT_LANGEVIN_TDAMP_PS = 1.0;
    /** Default barostat damping time, ps. */
    public static final double DEFAULT_PDAMP_PS = 1.0;
    /** Default Berendsen bulk modulus estimate, GPa. */
    public static final double DEFAULT_BULK_MODULUS_GPA = 100;

    public EnsembleSettings {
        if (!(temperatureK >= 0) || Double.isInfinite(temperatureK)) {
            throw new InvalidInputException("temperature must be a non-negative number of K, got " + temperatureK);
        }
        if (ensemble.hasThermostat() && !(temperatureK > 0)) {
            throw new InvalidInputException(ensemble.id() + " needs a positive temperature, got " + temperatureK + " K");
        }
        if (!(tdampPs > 0) || !(pdampPs > 0)) {
            throw new InvalidInputException("damping times must be positive");
        }
        if (chainLength < 1 || chainLength > 20 || chainLoops < 1 || chainLoops > 100) {
            throw new InvalidInputException("Nose-Hoover chain length must be 1..20 and loops 1..100");
        }
        if (!Double.isFinite(pressureGPa)) {
            throw new InvalidInputException("pressure must be finite");
        }
        if (!(bulkModulusGPa > 0)) {
            throw new InvalidInputException("bulk modulus must be positive");
        }
    }

    /** The defaults of an ensemble at a temperature (pressure 0, isotropic cell). */
    public static EnsembleSettings defaults(Ensemble e, double temperatureK) {
        return new EnsembleSettings(e, temperatureK, 0, e == Ensemble.NVT_LANGEVIN ? DEFAULT_LANGEVIN_TDAMP_PS
                : DEFAULT_TDAMP_PS, DEFAULT_PDAMP_PS, 3, 1, CellMode.ISOTROPIC, DEFAULT_BULK_MODULUS_GPA);
    }

    /** Same with another temperature. */
    public EnsembleSettings withTemperature(double t) {
        return new EnsembleSettings(ensemble, t, pressureGPa, tdampPs, pdampPs, chainLength, chainLoops, cell, bulkModulusGPa);
    }

    /** The integrator for a system of {@code atoms} atoms. */
    public Integrator integrator(double dtPs, int atoms, Xoshiro256 rng) {
        return switch (ensemble) {
            case NVE -> new VelocityVerlet(dtPs);
            case NVT -> new NoseHooverNvt(dtPs, atoms, temperatureK, tdampPs, chainLength, chainLoops);
            case NVT_LANGEVIN -> new LangevinBaoab(dtPs, temperatureK, tdampPs, rng, null);
            case NPT -> new MtkNpt(dtPs, atoms, temperatureK, pressureGPa, tdampPs, pdampPs, chainLength, chainLoops, cell);
            case NPT_BERENDSEN -> new LangevinBaoab(dtPs, temperatureK, tdampPs, rng,
                    new BerendsenBarostat(dtPs, pressureGPa, pdampPs, bulkModulusGPa, cell));
        };
    }

    /** As a JSON object (for metadata and restarts). */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ensemble", ensemble.id());
        m.put("temperature_K", temperatureK);
        m.put("pressure_GPa", pressureGPa);
        m.put("tdamp_ps", tdampPs);
        m.put("pdamp_ps", pdampPs);
        m.put("chain", chainLength);
        m.put("loops", chainLoops);
        m.put("cell", cell.id());
        m.put("bulk_modulus_GPa", bulkModulusGPa);
        return m;
    }

    /** From {@link #toJson()}. */
    public static EnsembleSettings fromJson(Map<?, ?> m) {
        return new EnsembleSettings(Ensemble.parse((String) m.get("ensemble")), num(m, "temperature_K"),
                num(m, "pressure_GPa"), num(m, "tdamp_ps"), num(m, "pdamp_ps"), (int) num(m, "chain"),
                (int) num(m, "loops"), CellMode.parse((String) m.get("cell")), num(m, "bulk_modulus_GPa"));
    }

    static double num(Map<?, ?> m, String key) {
        Object v = m.get(key);
        if (!(v instanceof Number n)) {
            throw new InvalidInputException("run settings: missing number '" + key + "'");
        }
        return n.doubleValue();
    }
}
