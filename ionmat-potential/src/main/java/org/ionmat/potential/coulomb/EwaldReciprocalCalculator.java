package org.ionmat.potential.coulomb;

import org.ionmat.core.electrostatics.EwaldParameters;
import org.ionmat.core.electrostatics.EwaldReciprocalSpace;
import org.ionmat.potential.AtomicSystem;
import org.ionmat.potential.Calculator;
import org.ionmat.potential.CalculatorResult;
import org.ionmat.potential.SpeciesSet;
import org.ionmat.potential.TypeBinding;

/**
 * The k-space part of an Ewald sum as a {@link Calculator}: reciprocal-space sum, self term and
 * neutralising background ({@link EwaldReciprocalSpace}), with charges per declared species. Add a
 * {@link org.ionmat.potential.pair.PairCalculator} with the {@link EwaldRealSpace} kernel of the same
 * α for the full Coulomb energy ({@link EwaldCoulomb} does both).
 */
public final class EwaldReciprocalCalculator implements Calculator {

    private final SpeciesSet species;
    private final double[] charges;
    private final EwaldParameters parameters;
    private final int threads;
    private final TypeBinding binding;
    private double[] typeCharge;

    /**
     * @param charges    charge of each declared species, e
     * @param parameters α (1/Å) and reciprocal cutoff k_c (1/Å) in use
     * @param threads    0 automatic, 1 serial, n &gt; 1 threads
     */
    public EwaldReciprocalCalculator(SpeciesSet species, double[] charges, EwaldParameters parameters, int threads) {
        if (charges.length != species.size()) {
            throw new IllegalArgumentException("need one charge per declared species");
        }
        this.species = species;
        this.charges = charges.clone();
        this.parameters = parameters;
        this.threads = threads;
        this.binding = new TypeBinding(species, name());
    }

    /** α and the reciprocal cutoff in use. */
    public EwaldParameters parameters() {
        return parameters;
    }

    @Override
    public String name() {
        return "ewald-kspace";
    }

    @Override
    public CalculatorResult calculate(AtomicSystem system, Request request) {
        bind(system);
        int n = system.size();
        int[] types = system.typesView();
        double[] q = new double[n];
        for (int i = 0; i < n; i++) {
            q[i] = typeCharge[types[i]];
        }
        EwaldReciprocalSpace.Result r = EwaldReciprocalSpace.compute(system.lattice(), system.positionsView(), q,
                parameters, request.forces(), request.virial(), request.atomEnergies(), threads);
        return new CalculatorResult(r.energy(), r.forces(), r.virial(), r.siteEnergies(), system.volume());
    }

    private void bind(AtomicSystem system) {
        if (binding.update(system)) {
            double[] tq = new double[binding.numTypes()];
            for (int t = 0; t < tq.length; t++) {
                tq[t] = charges[binding.declared(t)];
            }
            typeCharge = tq;
        }
    }
}
