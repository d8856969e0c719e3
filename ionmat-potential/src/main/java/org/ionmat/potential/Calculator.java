package org.ionmat.potential;

/**
 * An energy model: energy, forces, virial (hence stress and pressure) and per-atom energies of an
 * {@link AtomicSystem}. One contract for every potential (pair potentials, Coulomb, SoftBV, ML
 * potentials, external codes); every implementation is tested with {@link FiniteDifferenceCheck}.
 *
 * <p>Implementations may keep neighbor lists between calls (rebuilt with a skin when atoms move
 * or the cell deforms far enough) and are therefore not required to be thread-safe; use one
 * instance per simulation.
 */
public interface Calculator {

    /** Short name, e.g. {@code "buckingham+ewald"}. */
    String name();

    /**
     * Computes what {@code request} asks for (energy is always computed).
     *
     * @throws org.ionmat.core.InvalidInputException if the system has a species the model does not cover
     */
    CalculatorResult calculate(AtomicSystem system, Request request);

    /** Energy, forces and virial. */
    default CalculatorResult calculate(AtomicSystem system) {
        return calculate(system, Request.FORCES_AND_VIRIAL);
    }

    /** Potential energy only, eV. */
    default double energy(AtomicSystem system) {
        return calculate(system, Request.ENERGY).energy();
    }

    /**
     * What to compute besides the energy.
     *
     * @param forces      forces on the atoms
     * @param virial      the virial tensor (for stress and pressure)
     * @param atomEnergies per-atom energies (summing to the energy)
     */
    record Request(boolean forces, boolean virial, boolean atomEnergies) {
        /** Energy only. */
        public static final Request ENERGY = new Request(false, false, false);
        /** Energy and forces. */
        public static final Request FORCES = new Request(true, false, false);
        /** Energy, forces and virial. */
        public static final Request FORCES_AND_VIRIAL = new Request(true, true, false);
        /** Everything. */
        public static final Request ALL = new Request(true, true, true);
    }
}
