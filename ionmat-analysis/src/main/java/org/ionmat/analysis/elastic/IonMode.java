package org.ionmat.analysis.elastic;

/** How the ions respond to a homogeneous strain. */
public enum IonMode {
    /** Ions follow the strain homogeneously (fixed fractional coordinates): clamped-ion constants. */
    CLAMPED,
    /**
     * Ions relax to the strained cell's minimum: relaxed-ion constants, from the internal-strain
     * correction C_relaxed = C_clamped − Λᵀ Φ⁺ Λ / V (Λ = ∂F/∂ε, Φ the force-constant matrix).
     */
    RELAXED
}
