package org.ionmat.potential.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.electrostatics.EwaldParameters;
import org.ionmat.core.element.Species;
import org.ionmat.potential.AtomicSystem;
import org.ionmat.potential.Calculator;
import org.ionmat.potential.SpeciesSet;
import org.ionmat.potential.SumCalculator;
import org.ionmat.potential.coulomb.DampedShiftedForce;
import org.ionmat.potential.coulomb.EwaldCoulomb;
import org.ionmat.potential.coulomb.EwaldRealSpace;
import org.ionmat.potential.coulomb.EwaldReciprocalCalculator;
import org.ionmat.potential.pair.PairCalculator;
import org.ionmat.potential.pair.PairFunction;
import org.ionmat.potential.pair.TabulatedPair;

/**
 * A classical ionic potential: charges per species, short-range pair functions per pair of species
 * (each with cutoff and optional shift) and a Coulomb method (Ewald with an accuracy target, damped
 * shifted force, or none). The in-memory form of a potential file ({@link PotentialFiles}, format in
 * {@code docs/potential-file.md}); immutable.
 */
public final class PotentialSpec implements PotentialModel {

    /** How the Coulomb energy of the charges is computed. */
    public sealed interface Coulomb permits NoCoulomb, Ewald, Dsf {
        /** Name of the method as in the file. */
        String method();
    }

    /** No Coulomb energy. */
    public record NoCoulomb() implements Coulomb {
        @Override
        public String method() {
            return "none";
        }
    }

    /**
     * Ewald summation.
     *
     * @param accuracy   target ε (relative size of the largest neglected term), in (0, 0.1]
     * @param realCutoff real-space cutoff, Å, or NaN for the automatic split
     */
    public record Ewald(double accuracy, double realCutoff) implements Coulomb {
        public Ewald {
            if (!(accuracy > 0 && accuracy <= 0.1)) {
                throw new InvalidInputException("Ewald accuracy must be in (0, 0.1], got " + accuracy);
            }
            if (!Double.isNaN(realCutoff) && !(realCutoff > 0 && Double.isFinite(realCutoff))) {
                throw new InvalidInputException("Ewald real-space cutoff must be a positive number of Å, got " + realCutoff);
            }
        }

        @Override
        public String method() {
            return "ewald";
        }
    }

    /**
     * Damped shifted force Coulomb (as LAMMPS {@code coul/dsf}).
     *
     * @param alpha  damping, 1/Å
     * @param cutoff cutoff, Å
     */
    public record Dsf(double alpha, double cutoff) implements Coulomb {
        public Dsf {
            new DampedShiftedForce(alpha, cutoff); // validates
        }

        @Override
        public String method() {
            return "dsf";
        }
    }

    /**
     * The short-range term of one pair of species.
     *
     * @param a        first species
     * @param b        second species
     * @param function E(r)
     * @param cutoff   cutoff, Å
     * @param shift    energy shifted to zero at the cutoff
     */
    public record Pair(Species a, Species b, PairFunction function, double cutoff, boolean shift) {
    }

    private final String name;
    private final SpeciesSet species;
    private final double[] charges;
    private final double cutoff;
    private final List<Pair> pairs;
    private final Coulomb coulomb;
    private final double skin;

    private PotentialSpec(Builder b) {
        this.name = b.name;
        this.species = SpeciesSet.of(new ArrayList<>(b.charges.keySet()));
        this.charges = new double[species.size()];
        for (int i = 0; i < charges.length; i++) {
            charges[i] = b.charges.get(species.get(i));
        }
        this.cutoff = b.cutoff;
        this.pairs = List.copyOf(b.pairs);
        this.coulomb = b.coulomb;
        this.skin = b.skin;
    }

    /** A builder; {@code cutoff} (Å) is the default cutoff of the pairs and of the Coulomb sum. */
    public static Builder builder(double cutoff) {
        return new Builder(cutoff);
    }

    @Override
    public String name() {
        return name;
    }

    /** The declared species (in the order of the charges). */
    public SpeciesSet species() {
        return species;
    }

    /** Charge of declared species {@code i}, e. */
    public double charge(int i) {
        return charges[i];
    }

    /** Default cutoff, Å. */
    public double cutoff() {
        return cutoff;
    }

    /** The short-range pair terms. */
    public List<Pair> pairs() {
        return pairs;
    }

    /** The Coulomb method. */
    public Coulomb coulomb() {
        return coulomb;
    }

    /** Neighbor-list skin, Å. */
    public double skin() {
        return skin;
    }

    /**
     * The calculator: one {@link PairCalculator} for the short-range terms and the pair part of the
     * Coulomb energy, plus for Ewald an {@link EwaldReciprocalCalculator} with the split chosen for
     * this system ({@link EwaldCoulomb}).
     */
    @Override
    public Calculator calculatorFor(AtomicSystem system, int threads) {
        species.typeMap(system, name); // early, clear error for uncovered species
        PairCalculator.Builder b = PairCalculator.builder(species).charges(charges).skin(skin).threads(threads).name(name);
        for (Pair p : pairs) {
            b.pair(species.indexOf(p.a()), species.indexOf(p.b()), p.function(), p.cutoff(), p.shift());
        }
        if (coulomb instanceof Dsf d) {
            DampedShiftedForce k = new DampedShiftedForce(d.alpha(), d.cutoff());
            b.coulomb(k, d.cutoff(), k.selfEnergyPerChargeSquared());
        } else if (coulomb instanceof Ewald e) {
            EwaldParameters p = ewaldParameters(system, e);
            b.coulomb(new EwaldRealSpace(p.alpha()), p.realCutoff(), 0);
            return new SumCalculator(List.of(b.build(), new EwaldReciprocalCalculator(species, charges, p, threads)));
        }
        return b.build();
    }

    /** The Ewald split this potential uses for {@code system}. */
    public EwaldParameters ewaldParameters(AtomicSystem system, Ewald e) {
        int[] map = species.typeMap(system, name);
        int charged = 0;
        for (int i = 0; i < system.size(); i++) {
            if (charges[map[system.type(i)]] != 0) {
                charged++;
            }
        }
        return EwaldCoulomb.parameters(charged, system.volume(), e.accuracy(), cutoff, e.realCutoff());
    }

    /** "Li-O buckingham, O-O buckingham; ewald (accuracy 1e-06); cutoff 10 Å". */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (Pair p : pairs) {
            sb.append(sb.length() > 0 ? ", " : "").append(p.a()).append('-').append(p.b()).append(' ').append(p.function().type());
        }
        String c = "no Coulomb";
        if (coulomb instanceof Ewald e) {
            c = "ewald (accuracy " + compact(e.accuracy()) + ")";
        } else if (coulomb instanceof Dsf d) {
            c = "dsf (alpha " + compact(d.alpha()) + " 1/Å, cutoff " + compact(d.cutoff()) + " Å)";
        }
        return (sb.length() == 0 ? "no pair terms" : sb) + "; " + c + "; cutoff " + compact(cutoff) + " Å";
    }

    private static String compact(double v) {
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    /** Builder of a {@link PotentialSpec}. */
    public static final class Builder {
        private final double cutoff;
        private final Map<Species, Double> charges = new LinkedHashMap<>();
        private final List<Pair> pairs = new ArrayList<>();
        private Coulomb coulomb = new NoCoulomb();
        private double skin = 1.0;
        private String name = "potential";

        private Builder(double cutoff) {
            if (!(cutoff > 0) || Double.isInfinite(cutoff)) {
                throw new InvalidInputException("cutoff must be a positive number of Å, got " + cutoff);
            }
            this.cutoff = cutoff;
        }

        /** Name of the potential. */
        public Builder name(String n) {
            this.name = n;
            return this;
        }

        /**
         * Declares a species (e.g. {@code "Li"} or {@code "Fe2+"}) with its charge, e.
         *
         * @throws InvalidInputException if the species is malformed or declared twice
         */
        public Builder charge(String speciesText, double q) {
            Species s = Species.parse(speciesText);
            if (charges.containsKey(s)) {
                throw new InvalidInputException("species " + s + " declared twice");
            }
            if (!Double.isFinite(q)) {
                throw new InvalidInputException("charge of " + s + " must be a finite number");
            }
            charges.put(s, q);
            return this;
        }

        /** A pair term with the default cutoff, not shifted. */
        public Builder pair(String a, String b, PairFunction f) {
            return pair(a, b, f, cutoff, false);
        }

        /**
         * A pair term.
         *
         * @throws InvalidInputException if a species is not declared (with {@link #charge}) or the pair is listed twice
         */
        public Builder pair(String a, String b, PairFunction f, double pairCutoff, boolean shift) {
            Species sa = declared(a);
            Species sb = declared(b);
            for (Pair p : pairs) {
                if ((p.a().equals(sa) && p.b().equals(sb)) || (p.a().equals(sb) && p.b().equals(sa))) {
                    throw new InvalidInputException("pair " + sa + "-" + sb + " listed twice");
                }
            }
            if (!(pairCutoff > 0) || Double.isInfinite(pairCutoff)) {
                throw new InvalidInputException("cutoff of pair " + sa + "-" + sb + " must be a positive number of Å, got " + pairCutoff);
            }
            if (f instanceof TabulatedPair tp) {
                tp.requireReaches(pairCutoff, sa + "-" + sb);
            }
            pairs.add(new Pair(sa, sb, f, pairCutoff, shift));
            return this;
        }

        private Species declared(String text) {
            Species s = Species.parse(text);
            if (!charges.containsKey(s)) {
                throw new InvalidInputException("species '" + text + "' is not declared in the charges " + charges.keySet());
            }
            return s;
        }

        /** The Coulomb method (default none). */
        public Builder coulomb(Coulomb c) {
            this.coulomb = c;
            return this;
        }

        /** Neighbor-list skin, Å (default 1). */
        public Builder skin(double s) {
            if (!(s >= 0) || Double.isInfinite(s)) {
                throw new InvalidInputException("skin must be a non-negative number of Å, got " + s);
            }
            this.skin = s;
            return this;
        }

        /**
         * The potential.
         *
         * @throws InvalidInputException if no species is declared or it has no terms at all
         */
        public PotentialSpec build() {
            if (charges.isEmpty()) {
                throw new InvalidInputException("a potential must declare at least one species");
            }
            if (pairs.isEmpty() && coulomb instanceof NoCoulomb) {
                throw new InvalidInputException("the potential has neither pair terms nor Coulomb interactions");
            }
            return new PotentialSpec(this);
        }
    }
}
