package org.ionmat.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.element.Element;
import org.ionmat.core.element.Species;
import org.ionmat.core.io.PropertyNames;
import org.ionmat.core.io.StructureFormat;
import org.ionmat.core.oxidation.OxidationStateAssignment;
import org.ionmat.core.structure.SiteProperty;
import org.ionmat.core.structure.Structure;

/** Per-atom charges for written files: {@code --charge EL=Q} values, else oxidation states. */
final class AtomCharges {

    private AtomCharges() {
    }

    /** Parses {@code EL=Q} options into a map (e). */
    static Map<Element, Double> parse(List<String> options) {
        Map<Element, Double> m = new LinkedHashMap<>();
        for (String c : options) {
            String[] kv = c.split("=", 2);
            Element el = kv.length == 2 ? Element.lookup(kv[0].trim()) : null;
            if (el == null) {
                throw new InvalidInputException(null, -1, c, "--charge expects ELEMENT=CHARGE, got '" + c + "'");
            }
            try {
                m.put(el, Double.parseDouble(kv[1].trim()));
            } catch (NumberFormatException e) {
                throw new InvalidInputException(null, -1, kv[1], "--charge: '" + kv[1] + "' is not a number");
            }
        }
        return m;
    }

    /**
     * Prepares ordered structures for a LAMMPS data file of the atom style: {@code charge} puts a charge
     * on every site (from {@code --charge}, else the file's oxidation states, else the assigned ones),
     * {@code atomic} drops charges.
     */
    static List<Structure> applyStyle(List<Structure> structures, String style, StructureFormat format,
            List<String> chargeOptions, String source) {
        String st = style.toLowerCase(Locale.ROOT);
        if (format != StructureFormat.LAMMPS_DATA) {
            throw new InvalidInputException(null, -1, style, "--atom-style applies to LAMMPS data output only, not "
                    + format.id());
        }
        if (!st.equals("atomic") && !st.equals("charge")) {
            throw new InvalidInputException(null, -1, style, "--atom-style must be atomic or charge, got '" + style + "'");
        }
        Map<Element, Double> given = parse(chargeOptions);
        List<Structure> out = new ArrayList<>();
        for (Structure s : structures) {
            if (st.equals("atomic")) {
                out.add(s.withoutProperty(PropertyNames.CHARGE));
            } else {
                out.add(s.withProperty(PropertyNames.CHARGE, SiteProperty.scalar(charges(s, given, source))));
            }
        }
        return out;
    }

    private static double[] charges(Structure s, Map<Element, Double> given, String source) {
        int n = s.size();
        double[] q = new double[n];
        boolean fromOptions = !given.isEmpty();
        Structure decorated = s;
        if (!fromOptions && !s.composition().species().stream().allMatch(Species::hasOxidationState)) {
            Optional<OxidationStateAssignment> a = OxidationStateAssignment.of(s, null);
            if (a.isEmpty() || a.get().decorated() == null) {
                throw new InvalidInputException(source, -1, null, "atom style charge needs charges: the file has no "
                        + "oxidation states and none could be assigned to " + s.composition().formula()
                        + "; give them with --charge EL=Q,...");
            }
            decorated = a.get().decorated();
        }
        for (int i = 0; i < n; i++) {
            Species sp = decorated.site(i).majoritySpecies();
            if (fromOptions) {
                Double v = given.get(sp.element());
                if (v == null) {
                    throw new InvalidInputException(null, -1, sp.element().symbol(), "--charge gives no charge for "
                            + sp.element().symbol());
                }
                q[i] = v;
            } else {
                q[i] = sp.oxidationState();
            }
        }
        return q;
    }
}
