package org.ionmat.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.oxidation.OxidationStateAssignment;
import org.ionmat.core.structure.Structure;
import org.ionmat.core.structure.order.OrderingMode;
import org.ionmat.core.structure.order.OrderingOptions;
import org.ionmat.core.structure.order.OrderingResult;
import org.ionmat.core.structure.order.StructureOrderer;

/**
 * Ordering of disordered structures for the commands that need ordered cells: options with the
 * charges Ewald mode needs (explicit {@code EL=Q} values, else the file's oxidation states, else the
 * composition-based assignment), and the JSON description of a result.
 */
final class Ordering {

    private Ordering() {
    }

    /**
     * Ordering options for {@code s}.
     *
     * @param matrix     supercell to order in, or null for the automatic choice
     * @param charges    {@code EL=Q} strings given by the user (may be empty)
     * @param sourceName file name for error messages
     */
    static OrderingOptions options(Structure s, OrderingMode mode, long seed, int samples, int maxSites,
                                   int[][] matrix, List<String> charges, String sourceName) {
        OrderingOptions.Builder b = OrderingOptions.builder().mode(mode).seed(seed).samples(samples)
                .automaticSupercell(maxSites);
        if (matrix != null) {
            b.supercell(matrix);
        }
        if (mode != OrderingMode.EWALD) {
            return b.build();
        }
        AtomCharges.parse(charges).forEach(b::charge);
        boolean fileCharges = s.composition().species().stream().allMatch(Species::hasOxidationState);
        if (charges.isEmpty() && !fileCharges) {
            Optional<OxidationStateAssignment> a = OxidationStateAssignment.of(s, null);
            if (a.isEmpty()) {
                throw new InvalidInputException(sourceName, -1, null, "ewald ordering needs charges: the file has no "
                        + "oxidation states and none could be assigned to " + s.composition().formula()
                        + "; give them with --charge EL=Q,... or order with --order random");
            }
            a.get().averages().forEach(b::charge);
        }
        return b.build();
    }

    /** Orders {@code s} with the options. */
    static OrderingResult order(Structure s, OrderingOptions options) {
        return StructureOrderer.order(s, options);
    }

    /** JSON description of an ordering. */
    static Map<String, Object> describe(OrderingResult r) {
        Map<String, Object> m = Json.object();
        m.put("mode", r.mode().name().toLowerCase(Locale.ROOT));
        m.put("seed", r.seed());
        m.put("supercell", r.supercellMatrix());
        m.put("cells", r.cells());
        m.put("sites", r.structure().size());
        m.put("exact", r.exact());
        m.put("composition_error", r.compositionError());
        m.put("energy", Double.isNaN(r.energy()) ? null : r.energy());
        m.put("net_charge", Double.isNaN(r.totalCharge()) ? null : r.totalCharge());
        return m;
    }
}
