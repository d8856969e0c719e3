package org.ionmat.simulate.md;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ionmat.core.units.Units;

/**
 * Berendsen's weak-coupling barostat (Berendsen et al., J. Chem. Phys. 81, 3684 (1984)): after the
 * drift of each step, positions and cell are scaled by μ = I − Δt / (3 τ_P B) · (P_0 I − P), with P
 * the pressure tensor of the previous step projected by the {@link CellMode}, so that the pressure
 * relaxes to P_0 with time constant τ_P when B is the bulk modulus. It does not sample the
 * isothermal–isobaric ensemble (volume fluctuations are too small): use it to equilibrate the
 * volume, then MTK ({@link MtkNpt}) or NVT.
 */
public final class BerendsenBarostat {

    private final double dt;
    private final double pressure;
    private final double pdampPs;
    private final double bulkModulus;
    private final CellMode mode;
    private final double[] p = new double[9];
    private final double[] projected = new double[9];
    private final double[] mu = new double[9];
    private final double[] kin = new double[9];
    private boolean measured;

    /**
     * @param dtPs            time step, ps
     * @param pressureGPa     target pressure, GPa
     * @param pdampPs         relaxation time τ_P, ps
     * @param bulkModulusGPa  estimate of the bulk modulus B, GPa (a larger value relaxes more slowly)
     * @param mode            allowed cell deformations
     */
    public BerendsenBarostat(double dtPs, double pressureGPa, double pdampPs, double bulkModulusGPa, CellMode mode) {
        if (!(pdampPs > 0) || !(bulkModulusGPa > 0)) {
            throw new IllegalArgumentException("Berendsen barostat needs positive damping time and bulk modulus");
        }
        this.dt = dtPs;
        this.pressure = pressureGPa / Units.EV_PER_A3_TO_GPA;
        this.pdampPs = pdampPs;
        this.bulkModulus = bulkModulusGPa / Units.EV_PER_A3_TO_GPA;
        this.mode = mode;
    }

    /** Parameters for metadata. */
    public Map<String, Object> parameters() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("barostat", "berendsen");
        m.put("pressure_GPa", pressure * Units.EV_PER_A3_TO_GPA);
        m.put("pdamp_ps", pdampPs);
        m.put("bulk_modulus_GPa", bulkModulus * Units.EV_PER_A3_TO_GPA);
        m.put("cell", mode.id());
        return m;
    }

    /** Records the pressure tensor of the current state (call after the final kick of a step). */
    public void measure(MdState s) {
        s.kineticTensor(kin);
        double v = s.volume();
        for (int k = 0; k < 9; k++) {
            p[k] = (kin[k] + s.virial[k]) / v;
        }
        measured = true;
    }

    /** Scales positions and cell (call between the drift and the force call). */
    public void apply(MdState s) {
        if (!measured) {
            measure(s);
        }
        mode.project(p, projected);
        double c = dt / (3 * pdampPs * bulkModulus);
        for (int k = 0; k < 9; k++) {
            mu[k] = (k % 4 == 0 ? 1 : 0) - c * ((k % 4 == 0 ? pressure : 0) - projected[k]);
        }
        transformRows(s.x, s.n, mu);
        transformRows(s.cell, 3, mu);
        s.cellChanged();
    }

    /** Replaces each row r (3 numbers) of {@code a} by r·m. */
    static void transformRows(double[] a, int rows, double[] m) {
        for (int i = 0, q = 0; i < rows; i++, q += 3) {
            double x = a[q];
            double y = a[q + 1];
            double z = a[q + 2];
            a[q] = x * m[0] + y * m[3] + z * m[6];
            a[q + 1] = x * m[1] + y * m[4] + z * m[7];
            a[q + 2] = x * m[2] + y * m[5] + z * m[8];
        }
    }

    /** The last measured pressure tensor, eV/Å^3 (9 numbers, copied into {@code out}). */
    void pressureTensor(double[] out) {
        System.arraycopy(p, 0, out, 0, 9);
    }

    double[] state() {
        double[] s = new double[10];
        System.arraycopy(p, 0, s, 0, 9);
        s[9] = measured ? 1 : 0;
        return s;
    }

    void restore(double[] s, int offset) {
        System.arraycopy(s, offset, p, 0, 9);
        measured = s[offset + 9] != 0;
    }
}
