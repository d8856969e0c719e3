package org.ionmat.potential.softbv;

/**
 * The parameter relations of the SoftBV force field (K. Kameda et al., Digital Discovery 3, 1967
 * (2024), eqns 2–5, after Adams and co-workers) on plain numbers. Oxidation states enter as
 * magnitudes |V|.
 */
public final class SoftBvFormulas {

    private SoftBvFormulas() {
    }

    /**
     * Eqn 3: the equilibrium cation–anion distance R_min = (γ1 + γ2 |σ_i − σ_j|) R0 − b ln(|V_i| / N_C), Å.
     *
     * @param r0              R0, Å
     * @param b               b, Å
     * @param softnessCation  σ_i
     * @param softnessAnion   σ_j
     * @param cationValence   V_i (magnitude used)
     * @param coordination    N_C (mean coordination of the cation)
     */
    public static double rMin(double r0, double b, double softnessCation, double softnessAnion, double cationValence,
                              double coordination, double gamma1, double gamma2) {
        return (gamma1 + gamma2 * Math.abs(softnessCation - softnessAnion)) * r0 - b * Math.log(Math.abs(cationValence) / coordination);
    }

    /**
     * Eqn 2: bond-breaking energy D0 = κ (b²/2) c (|V_i V_j|)^(1/c) / (R_min √(n_i n_j)), eV.
     *
     * @param kappa  κ, eV·Å
     * @param b      b, Å
     * @param rMin   R_min, Å
     * @param c      1 for s/p-block cations, 2 for d/f-block cations
     * @param nCation principal quantum number of the cation
     * @param nAnion  principal quantum number of the anion
     */
    public static double d0Eqn2(double kappa, double b, double rMin, int c, double cationValence, double anionValence,
                                int nCation, int nAnion) {
        return kappa * b * b / 2 * c * Math.pow(Math.abs(cationValence * anionValence), 1.0 / c)
                / (rMin * Math.sqrt((double) nCation * nAnion));
    }

    /** Eqn 4 ("matching to UFF"): eqn 2 times R0 (R0 in Å, taken as a pure number), eV. */
    public static double d0Eqn4(double kappa, double b, double rMin, double r0, int c, double cationValence,
                                double anionValence, int nCation, int nAnion) {
        return d0Eqn2(kappa, b, rMin, c, cationValence, anionValence, nCation, nAnion) * r0;
    }

    /**
     * Eqn 5: effective charges of the ion kinds of a cell,
     * q_i = (V_i/√n_i) (Σ_j |V_j| N_j/√n_j / Σ_i |V_i| N_i/√n_i)^(1/2) for cations and the
     * reciprocal ratio for anions (the second formula of eqn 5 as printed has a typo Σ_i V_j N_j
     * for Σ_j). The cell is then neutral: Σ q N = 0. Kinds with V = 0 get q = 0.
     *
     * @param valences  oxidation state V of each kind (sign kept in the result)
     * @param counts    number N of ions of each kind in the cell
     * @param principal principal quantum number n of each kind
     * @return the effective charge of each kind, e
     * @throws IllegalArgumentException if the cell has only cations or only anions
     */
    public static double[] effectiveCharges(double[] valences, double[] counts, int[] principal) {
        double cat = 0;
        double an = 0;
        for (int k = 0; k < valences.length; k++) {
            double t = Math.abs(valences[k]) * counts[k] / Math.sqrt(principal[k]);
            if (valences[k] > 0) {
                cat += t;
            } else if (valences[k] < 0) {
                an += t;
            }
        }
        if (!(cat > 0) || !(an > 0)) {
            throw new IllegalArgumentException("effective charges need both cations and anions");
        }
        double[] q = new double[valences.length];
        for (int k = 0; k < q.length; k++) {
            double base = valences[k] / Math.sqrt(principal[k]);
            q[k] = valences[k] > 0 ? base * Math.sqrt(an / cat) : valences[k] < 0 ? base * Math.sqrt(cat / an) : 0;
        }
        return q;
    }
}
