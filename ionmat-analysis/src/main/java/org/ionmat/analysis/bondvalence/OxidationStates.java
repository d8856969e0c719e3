package org.ionmat.analysis.bondvalence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.oxidation.BondValenceAnalyzer;
import org.ionmat.core.oxidation.OxidationStateAssignment;
import org.ionmat.core.structure.Site;
import org.ionmat.core.structure.Structure;

/**
 * Oxidation states on every site of an ordered structure, for bond-valence sums and the SoftBV
 * force field: from the file when every species is annotated, else from
 * {@link OxidationStateAssignment} (bond-valence analysis, verified against pymatgen's BVAnalyzer,
 * then a charge-balanced composition guess, used only when it gives each element one integer state).
 */
public final class OxidationStates {

    private OxidationStates() {
    }

    /**
     * An ordered structure with an oxidation state on every species, and where the states come from.
     *
     * @param structure the decorated structure (same sites, order and coordinates as the input)
     * @param source    file, bond-valence analysis or composition
     */
    public record Decorated(Structure structure, OxidationStateAssignment.Source source) {
    }

    /**
     * Decorates an ordered structure.
     *
     * @throws InvalidInputException if the structure is disordered, or no assignment gives every site
     *                               one oxidation state
     */
    public static Decorated decorate(Structure s) {
        return decorate(s, java.util.Set.of());
    }

    /**
     * Decorates an ordered structure, never assigning the {@code forbidden} species (BVlain, for
     * example, forbids O- and P3-).
     *
     * @throws InvalidInputException if the structure is disordered, or no assignment gives every site
     *                               one oxidation state
     */
    public static Decorated decorate(Structure s, java.util.Set<Species> forbidden) {
        if (!s.isOrdered()) {
            throw new InvalidInputException("the structure has partial or mixed occupancy; order it first (ionmat convert --order)");
        }
        boolean annotated = true;
        for (int i = 0; i < s.size(); i++) {
            annotated &= s.speciesOf(i).hasOxidationState();
        }
        if (annotated) {
            return new Decorated(s, OxidationStateAssignment.Source.FILE);
        }
        Optional<OxidationStateAssignment> a = OxidationStateAssignment.of(s, null,
                BondValenceAnalyzer.Options.DEFAULTS.withForbidden(forbidden));
        if (a.isEmpty()) {
            throw new InvalidInputException("no charge-balanced oxidation states found for " + s.composition().formula()
                    + "; annotate them in the file (e.g. Li1+ in _atom_site_type_symbol)");
        }
        if (a.get().decorated() != null) {
            return new Decorated(a.get().decorated(), a.get().source());
        }
        Map<Element, Double> avg = a.get().averages();
        List<Site> sites = new ArrayList<>(s.size());
        for (int i = 0; i < s.size(); i++) {
            Element e = s.elementOf(i);
            double v = avg.get(e);
            if (v != Math.rint(v)) {
                throw new InvalidInputException("oxidation states of " + s.composition().formula() + " are mixed valence (" + e.symbol()
                        + " " + v + ") and could not be placed on sites; annotate them in the file");
            }
            Site old = s.site(i);
            sites.add(Site.of(Species.of(e, v), old.frac(), old.label()));
        }
        return new Decorated(Structure.of(s.lattice(), sites), a.get().source());
    }
}
