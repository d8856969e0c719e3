package org.ionmat.potential.softbv;

import org.ionmat.core.InvalidInputException;

/**
 * Every choice that the SoftBV energy of K. Kameda et al., Digital Discovery 3, 1967 (2024)
 * (eqns 1–5, after Adams and co-workers) leaves open, made explicit. Immutable; change one field
 * with the {@code with...} methods. {@link #DEFAULT} is the set the project uses; each component
 * says what the paper prints and why the default is what it is.
 *
 * <ul>
 * <li><b>γ1, γ2</b> (eqn 3, R_min = (γ1 + γ2 |σ_i − σ_j|) R0 − b ln(V_i/N_C)): not given in the
 * paper. Default γ1 = 0.9185, γ2 = 0.2285, the values of Adams' softBV papers (quoted from memory in
 * the seed extraction; they give R_min(Li+–O2-) = 1.945 Å, close to the observed Li–O bond).</li>
 * <li><b>κ</b> (eqns 1, 2, 4): eqn 2 gives κ = 14.4 "eV Å^-1" (it is e²/4πε0 = 14.40 eV·Å); eqn 1
 * prints no constant in the Coulomb term. Default 14.4 eV·Å in both.</li>
 * <li><b>D0 formula</b>: eqn 2, or eqn 4 ("matching to UFF"), which is eqn 2 times R0 (in Å).
 * Default {@link D0Formula#EQN2}.</li>
 * <li><b>Coulomb pair counting</b>: eqn 1 sums E_BVSE,i over all cations i and, inside, over all
 * cations i' ≠ i, so every cation–cation pair appears twice. Default {@link PairCounting#TWICE},
 * the printed double sum (equivalent to doubling the charge product; applied to anion–anion pairs
 * too): with it, the screening factors that zero the pressure of cubic BaCeO3 (a = 4.40 Å) and
 * LaGaO3 (3.89 Å) are 0.589 and 0.632, close to the values ≈ 0.60 and ≈ 0.65 at which the paper's
 * Fig. 3 relaxations reproduce the reference lattice; counting each pair once gives 0.669 and 0.734,
 * outside most of the paper's sf grid 0.55–0.75. {@link PairCounting#ONCE} gives the physical pair
 * energy.</li>
 * <li><b>Anion–anion repulsion</b>: eqn 1 has only cation–cation repulsion, yet eqn 5 defines anion
 * charges q_j, used in softBV for anion–anion repulsion. Default on; off follows eqn 1 literally.</li>
 * <li><b>Radii in the erfc</b> ("r_i are ionic radii", "coordination-dependent in SoftBV"; the
 * machine-learning features use CN 6 Shannon radii): default {@link RadiusSource#TABLE}, the
 * softBV table's radius column; {@link RadiusSource#SHANNON_CN6} or {@link RadiusSource#COVALENT}
 * (as BVlain) on request.</li>
 * <li><b>Charges</b> in the Coulomb term: eqn 5 effective charges q = V/√n, rescaled so that the
 * cell is neutral (default); or V/√n without rescaling (as BVlain's BVSE); or formal charges V.</li>
 * <li><b>Bond cutoff</b>: the sum over anions runs over the "first coordination sphere defined by a
 * cutoff radius R_cutoff" (table). The paper does not say whether the Morse term is truncated
 * plainly at R_cutoff (a jump of about 2 D0 exp(−(R_cutoff − R_min)/b), ~1e-4 eV per bond) or
 * smoothly. Default {@link BondTruncation#SHIFTED} (energy and force go to zero at R_cutoff, so
 * that relaxations and MD see a smooth surface); {@link BondTruncation#PLAIN} on request.</li>
 * <li><b>Coulomb range</b>: the screened Coulomb pair energy is included up to
 * R = {@code screeningRange} · sf · (r_i + r_i') and force-shifted there (energy and force vanish
 * at the cutoff); erfc(5) = 1.5e-12, so the default 5 changes each pair energy by ~1e-11 eV (no
 * Ewald sum is needed).</li>
 * <li><b>sf_auto</b>: "sf can be automatically set to minimize the pressure" – implemented as the
 * root of P(sf) = 0 ({@link ScreeningFactorSolver#solve}), or the range bound of smallest |P| when
 * no root exists ({@link ScreeningFactorSolver#minimizePressure}).</li>
 * </ul>
 *
 * @param gamma1          γ1 of eqn 3
 * @param gamma2          γ2 of eqn 3
 * @param kappa           κ, eV·Å
 * @param d0Formula       eqn 2 or eqn 4
 * @param pairCounting    counting of each same-sign pair in the Coulomb sum
 * @param anionRepulsion  whether anion–anion pairs repel like cation–cation pairs
 * @param radii           radii r_i in erfc(R / (sf (r_i + r_i')))
 * @param charges         charges q in the Coulomb term
 * @param bondTruncation  truncation of the Morse bond term at R_cutoff
 * @param screeningRange  Coulomb cutoff in units of sf·(r_i + r_i')
 */
public record SoftBvConventions(double gamma1, double gamma2, double kappa, D0Formula d0Formula,
                                PairCounting pairCounting, boolean anionRepulsion, RadiusSource radii,
                                ChargeModel charges, BondTruncation bondTruncation, double screeningRange) {

    /** The project's defaults (see the class comment). */
    public static final SoftBvConventions DEFAULT = new SoftBvConventions(0.9185, 0.2285, 14.4, D0Formula.EQN2,
            PairCounting.TWICE, true, RadiusSource.TABLE, ChargeModel.EFFECTIVE, BondTruncation.SHIFTED, 5.0);

    /** Bond-breaking energy D0: eqn 2, or eqn 4 (eqn 2 times R0 in Å, "matching to UFF"). */
    public enum D0Formula { EQN2, EQN4 }

    /** How often each same-sign pair enters the Coulomb sum. */
    public enum PairCounting {
        /** Once per unordered pair (physical pair energy). */
        ONCE,
        /** Twice, as the printed double sum of eqn 1 over i and i' ≠ i. */
        TWICE;

        /** The factor on the pair energy. */
        public double factor() {
            return this == ONCE ? 1 : 2;
        }
    }

    /** Source of the radii in the erfc screening. */
    public enum RadiusSource {
        /** The softBV ion table's radius column ({@link SoftBvIon#radius()}). */
        TABLE,
        /** Shannon's effective ionic radius for coordination VI (high spin where two are given). */
        SHANNON_CN6,
        /** The element's covalent radius (Cordero 2008), as BVlain uses. */
        COVALENT
    }

    /** Charges in the Coulomb term. */
    public enum ChargeModel {
        /** Eqn 5: q = V/√n rescaled for neutrality (cations by √(A/C), anions by √(C/A)). */
        EFFECTIVE,
        /** q = V/√n without rescaling (BVlain's BVSE). */
        OVER_SQRT_N,
        /** Formal oxidation states. */
        FORMAL
    }

    /** Truncation of the Morse bond term at R_cutoff. */
    public enum BondTruncation {
        /** Plain cut: the energy jumps by −E(R_cutoff) when a bond leaves the sphere. */
        PLAIN,
        /** Force-shifted: E(R) − E(Rc) − (R − Rc) E'(Rc), so energy and force vanish at Rc. */
        SHIFTED
    }

    /**
     * @throws InvalidInputException if a number is not finite or out of range
     */
    public SoftBvConventions {
        if (!Double.isFinite(gamma1) || !Double.isFinite(gamma2)) {
            throw new InvalidInputException("SoftBV γ1 and γ2 must be finite numbers");
        }
        if (!(kappa > 0) || Double.isInfinite(kappa)) {
            throw new InvalidInputException("SoftBV κ must be a positive number of eV·Å, got " + kappa);
        }
        if (!(screeningRange >= 1) || Double.isInfinite(screeningRange)) {
            throw new InvalidInputException("SoftBV screening range must be a finite number >= 1, got " + screeningRange);
        }
        if (d0Formula == null || pairCounting == null || radii == null || charges == null || bondTruncation == null) {
            throw new InvalidInputException("SoftBV conventions must all be set");
        }
    }

    /** With other γ1, γ2 (eqn 3). */
    public SoftBvConventions withGammas(double g1, double g2) {
        return new SoftBvConventions(g1, g2, kappa, d0Formula, pairCounting, anionRepulsion, radii, charges, bondTruncation, screeningRange);
    }

    /** With another κ, eV·Å. */
    public SoftBvConventions withKappa(double k) {
        return new SoftBvConventions(gamma1, gamma2, k, d0Formula, pairCounting, anionRepulsion, radii, charges, bondTruncation, screeningRange);
    }

    /** With another D0 formula. */
    public SoftBvConventions withD0Formula(D0Formula f) {
        return new SoftBvConventions(gamma1, gamma2, kappa, f, pairCounting, anionRepulsion, radii, charges, bondTruncation, screeningRange);
    }

    /** With another Coulomb pair counting. */
    public SoftBvConventions withPairCounting(PairCounting p) {
        return new SoftBvConventions(gamma1, gamma2, kappa, d0Formula, p, anionRepulsion, radii, charges, bondTruncation, screeningRange);
    }

    /** With or without anion–anion repulsion. */
    public SoftBvConventions withAnionRepulsion(boolean on) {
        return new SoftBvConventions(gamma1, gamma2, kappa, d0Formula, pairCounting, on, radii, charges, bondTruncation, screeningRange);
    }

    /** With another radius source. */
    public SoftBvConventions withRadii(RadiusSource r) {
        return new SoftBvConventions(gamma1, gamma2, kappa, d0Formula, pairCounting, anionRepulsion, r, charges, bondTruncation, screeningRange);
    }

    /** With another charge model. */
    public SoftBvConventions withCharges(ChargeModel c) {
        return new SoftBvConventions(gamma1, gamma2, kappa, d0Formula, pairCounting, anionRepulsion, radii, c, bondTruncation, screeningRange);
    }

    /** With another bond truncation. */
    public SoftBvConventions withBondTruncation(BondTruncation t) {
        return new SoftBvConventions(gamma1, gamma2, kappa, d0Formula, pairCounting, anionRepulsion, radii, charges, t, screeningRange);
    }

    /** With another Coulomb range (units of sf·(r_i + r_i')). */
    public SoftBvConventions withScreeningRange(double x) {
        return new SoftBvConventions(gamma1, gamma2, kappa, d0Formula, pairCounting, anionRepulsion, radii, charges, bondTruncation, x);
    }
}
