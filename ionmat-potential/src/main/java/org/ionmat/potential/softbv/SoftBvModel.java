package org.ionmat.potential.softbv;

import java.util.List;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.ShannonRadius;
import org.ionmat.core.element.Species;

/**
 * The SoftBV parameter tables together with the conventions that turn them into force-field
 * parameters: bonds with R_min and D0 (eqns 2–4), the radii of the erfc screening and the Coulomb
 * charges (eqn 5). Immutable and thread-safe.
 */
public final class SoftBvModel {

    private final SoftBvParameters parameters;
    private final SoftBvConventions conventions;

    /** A model of the given tables and conventions. */
    public SoftBvModel(SoftBvParameters parameters, SoftBvConventions conventions) {
        this.parameters = parameters;
        this.conventions = conventions;
    }

    /** The shipped tables with the default conventions. */
    public static SoftBvModel standard() {
        return new SoftBvModel(SoftBvParameters.standard(), SoftBvConventions.DEFAULT);
    }

    /** The tables. */
    public SoftBvParameters parameters() {
        return parameters;
    }

    /** The conventions. */
    public SoftBvConventions conventions() {
        return conventions;
    }

    /** The same tables with other conventions. */
    public SoftBvModel withConventions(SoftBvConventions c) {
        return new SoftBvModel(parameters, c);
    }

    /**
     * The bond of a cation and an anion: table pair, R_min (eqn 3 with the pair's mean coordination
     * N_C and both ions' softness) and D0 (eqn 2, or eqn 4 if so chosen).
     *
     * @throws InvalidInputException naming the pair or ion that has no parameters
     */
    public SoftBvBond bond(Species cation, Species anion) {
        SoftBvPair p = parameters.pair(cation, anion);
        SoftBvIon ci = parameters.ion(cation);
        SoftBvIon ai = parameters.ion(anion);
        double rMin = SoftBvFormulas.rMin(p.r0(), p.b(), ci.softness(), ai.softness(), p.cationOxidation(),
                p.meanCoordination(), conventions.gamma1(), conventions.gamma2());
        double d0 = conventions.d0Formula() == SoftBvConventions.D0Formula.EQN2
                ? SoftBvFormulas.d0Eqn2(conventions.kappa(), p.b(), rMin, ci.c(), p.cationOxidation(), p.anionOxidation(),
                ci.principalQuantumNumber(), ai.principalQuantumNumber())
                : SoftBvFormulas.d0Eqn4(conventions.kappa(), p.b(), rMin, p.r0(), ci.c(), p.cationOxidation(),
                p.anionOxidation(), ci.principalQuantumNumber(), ai.principalQuantumNumber());
        return new SoftBvBond(p, rMin, d0);
    }

    /**
     * The radius r of an ion in the erfc screening, Å, from the chosen source.
     *
     * @throws InvalidInputException naming the ion if the source has no radius for it
     */
    public double radius(Species s) {
        switch (conventions.radii()) {
            case TABLE:
                return parameters.ion(s).radius();
            case COVALENT: {
                double r = s.element().covalentRadius();
                if (!(r > 0)) {
                    throw new InvalidInputException("no covalent radius for " + s.symbol());
                }
                return r;
            }
            default: {
                int o = SoftBvParameters.state(s);
                List<ShannonRadius> all = s.element().shannonRadii();
                ShannonRadius best = null;
                for (ShannonRadius r : all) {
                    if (r.oxidationState() == o && "VI".equals(r.coordination())
                            && (best == null || "High Spin".equals(r.spin()))) {
                        best = r;
                    }
                }
                if (best == null) {
                    throw new InvalidInputException("no Shannon radius for coordination VI of " + s.toCifString());
                }
                return best.ionicRadius();
            }
        }
    }

    /**
     * Coulomb charges of ion kinds in a cell (e), from the chosen charge model.
     *
     * @param kinds  the species of each kind (integer oxidation states)
     * @param counts number of ions of each kind in the cell
     * @throws InvalidInputException naming a species without ion data, or if the cell lacks
     *                               cations or anions (effective charges)
     */
    public double[] charges(Species[] kinds, double[] counts) {
        double[] v = new double[kinds.length];
        int[] n = new int[kinds.length];
        for (int k = 0; k < kinds.length; k++) {
            v[k] = SoftBvParameters.state(kinds[k]);
            if (conventions.charges() != SoftBvConventions.ChargeModel.FORMAL) {
                n[k] = parameters.ion(kinds[k]).principalQuantumNumber();
            }
        }
        switch (conventions.charges()) {
            case FORMAL:
                return v;
            case OVER_SQRT_N: {
                double[] q = new double[v.length];
                for (int k = 0; k < q.length; k++) {
                    q[k] = v[k] / Math.sqrt(n[k]);
                }
                return q;
            }
            default:
                try {
                    return SoftBvFormulas.effectiveCharges(v, counts, n);
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("SoftBV effective charges (eqn 5) need both cations and anions in the cell");
                }
        }
    }
}
