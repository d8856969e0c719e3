package org.ionmat.simulate.md;

import org.ionmat.core.structure.Lattice;
import org.ionmat.core.units.Units;
import org.ionmat.potential.AtomicSystem;

/**
 * The mutable dynamical state of an MD run: unwrapped Cartesian positions (Å), velocities (Å/ps),
 * forces (eV/Å), potential energy (eV) and virial (eV) of the last force call, and the cell.
 * Integrators update the arrays in place; nothing here allocates per step except a new
 * {@link Lattice} when the cell changes.
 */
public final class MdState {

    final int n;
    final double[] masses;
    /** FORCE_TO_ACCEL / m per atom: a = f × accel. */
    final double[] accel;
    final double[] x;
    final double[] v;
    final double[] f;
    final double[] virial = new double[9];
    final double[] cell = new double[9];
    Lattice lattice;
    double potentialEnergy;
    final AtomicSystem template;

    /** A state at the positions and cell of {@code system}, at rest, with no forces yet. */
    public MdState(AtomicSystem system) {
        this.template = system;
        this.n = system.size();
        this.masses = system.masses();
        this.accel = new double[n];
        for (int i = 0; i < n; i++) {
            if (!(masses[i] > 0)) {
                throw new IllegalArgumentException("atom " + (i + 1) + " has no mass");
            }
            accel[i] = Units.FORCE_TO_ACCEL / masses[i];
        }
        this.x = system.positions();
        this.v = new double[3 * n];
        this.f = new double[3 * n];
        setLattice(system.lattice());
    }

    /** Number of atoms. */
    public int size() {
        return n;
    }

    /** The system the state was made from (species, types, initial positions). */
    public AtomicSystem template() {
        return template;
    }

    /** Masses, amu (backing array, read-only). */
    public double[] massesView() {
        return masses;
    }

    /** Unwrapped Cartesian positions, Å (backing array). */
    public double[] positionsView() {
        return x;
    }

    /** Velocities, Å/ps (backing array). */
    public double[] velocitiesView() {
        return v;
    }

    /** Forces of the last force call, eV/Å (backing array, read-only). */
    public double[] forcesView() {
        return f;
    }

    /** Virial of the last force call, eV, row-major 3x3 (backing array, read-only). */
    public double[] virialView() {
        return virial;
    }

    /** Potential energy of the last force call, eV. */
    public double potentialEnergy() {
        return potentialEnergy;
    }

    /** The current cell. */
    public Lattice lattice() {
        return lattice;
    }

    /** The current cell matrix, row-major, Å (backing array, read-only). */
    public double[] cellView() {
        return cell;
    }

    /** Cell volume, Å^3. */
    public double volume() {
        return Math.abs(det(cell));
    }

    /** Sets the cell (rows a, b, c). */
    public void setLattice(Lattice l) {
        this.lattice = l;
        System.arraycopy(l.rowMajor(), 0, cell, 0, 9);
    }

    /** Sets the cell from {@link #cellView()} after it was modified in place. */
    void cellChanged() {
        this.lattice = Lattice.ofRowMajor(cell);
    }

    /** Kinetic energy, eV. */
    public double kineticEnergy() {
        double s = 0;
        for (int i = 0; i < n; i++) {
            int p = 3 * i;
            s += masses[i] * (v[p] * v[p] + v[p + 1] * v[p + 1] + v[p + 2] * v[p + 2]);
        }
        return 0.5 * s * Units.MVV_TO_EV;
    }

    /** Kinetic tensor Σ m v_a v_b, eV, row-major 3x3, into {@code out}. */
    public void kineticTensor(double[] out) {
        double xx = 0;
        double yy = 0;
        double zz = 0;
        double xy = 0;
        double xz = 0;
        double yz = 0;
        for (int i = 0; i < n; i++) {
            int p = 3 * i;
            double m = masses[i];
            double a = v[p];
            double b = v[p + 1];
            double c = v[p + 2];
            xx += m * a * a;
            yy += m * b * b;
            zz += m * c * c;
            xy += m * a * b;
            xz += m * a * c;
            yz += m * b * c;
        }
        double k = Units.MVV_TO_EV;
        out[0] = xx * k;
        out[4] = yy * k;
        out[8] = zz * k;
        out[1] = out[3] = xy * k;
        out[2] = out[6] = xz * k;
        out[5] = out[7] = yz * k;
    }

    /** Temperature for {@code dof} degrees of freedom, K. */
    public double temperature(int dof) {
        return dof > 0 ? 2 * kineticEnergy() / (dof * Units.BOLTZMANN_EV_PER_K) : 0;
    }

    /** Pressure with the kinetic term, (2 E_kin + tr W) / (3V), eV/Å^3. */
    public double pressure() {
        return (2 * kineticEnergy() + virial[0] + virial[4] + virial[8]) / (3 * volume());
    }

    /** Total momentum, amu·Å/ps, into {@code out} (3 numbers). */
    public void momentum(double[] out) {
        out[0] = 0;
        out[1] = 0;
        out[2] = 0;
        for (int i = 0; i < n; i++) {
            out[0] += masses[i] * v[3 * i];
            out[1] += masses[i] * v[3 * i + 1];
            out[2] += masses[i] * v[3 * i + 2];
        }
    }

    static double det(double[] m) {
        return m[0] * (m[4] * m[8] - m[5] * m[7]) - m[1] * (m[3] * m[8] - m[5] * m[6]) + m[2] * (m[3] * m[7] - m[4] * m[6]);
    }
}
