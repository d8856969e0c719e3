package org.ionmat.simulate.md;

/**
 * An MD run cannot go on for a physical reason (atoms collided, energies became non-finite). The
 * message says what happened and what to change; the run's outputs up to that point stay valid.
 */
public class SimulationException extends RuntimeException {

    /** With a message for the user. */
    public SimulationException(String message) {
        super(message);
    }

    /** With a message for the user and the underlying error. */
    public SimulationException(String message, Throwable cause) {
        super(message, cause);
    }
}
