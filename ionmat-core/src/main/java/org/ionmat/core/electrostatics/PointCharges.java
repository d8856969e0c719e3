package org.ionmat.core.electrostatics;

import java.util.Map;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Species;
import org.ionmat.core.structure.Site;
import org.ionmat.core.structure.Structure;

/** Point charges of the sites of a structure. */
public final class PointCharges {

    private PointCharges() {
    }

    /**
     * Occupancy-weighted oxidation state of every site (e): Σ occupancy × oxidation state, so a site
     * with 0.5 Li+ and 0.25 La3+ carries 1.25 e (as pymatgen's {@code compute_average_oxidation_state}).
     *
     * @throws InvalidInputException naming the site if a species has no oxidation state
     */
    public static double[] fromOxidationStates(Structure structure) {
        double[] q = new double[structure.size()];
        for (int i = 0; i < q.length; i++) {
            Site site = structure.site(i);
            double sum = 0;
            for (Map.Entry<Species, Double> e : site.species().amounts().entrySet()) {
                if (!e.getKey().hasOxidationState()) {
                    throw new InvalidInputException("site " + (i + 1) + " (" + site.label() + "): species "
                            + e.getKey() + " has no oxidation state; assign oxidation states or give charges explicitly");
                }
                sum += e.getValue() * e.getKey().oxidationState();
            }
            q[i] = sum;
        }
        return q;
    }
}
