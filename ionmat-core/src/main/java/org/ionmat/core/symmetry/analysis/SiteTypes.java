package org.ionmat.core.symmetry.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ionmat.core.composition.Composition;
import org.ionmat.core.structure.Site;
import org.ionmat.core.structure.Structure;

/**
 * Atom types for the symmetry search: every distinct site composition (species with oxidation
 * states and occupancies) is one type, numbered from 0 in order of first appearance. An ordered
 * site is its species; a disordered site "Li0.5 La0.5" is its own type, distinct from "Li0.25 La0.75"
 * or from pure Li, which is how spglib sees a disordered structure given one type number per
 * distinct site composition.
 */
final class SiteTypes {

    final int[] types;
    /** One site of each type (the first). */
    final List<Site> representatives;

    SiteTypes(Structure structure) {
        Map<Composition, Integer> ids = new LinkedHashMap<>();
        representatives = new ArrayList<>();
        types = new int[structure.size()];
        for (int i = 0; i < structure.size(); i++) {
            Site s = structure.site(i);
            Integer id = ids.get(s.species());
            if (id == null) {
                id = ids.size();
                ids.put(s.species(), id);
                representatives.add(s);
            }
            types[i] = id;
        }
    }
}
