package org.ionmat.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.composition.Composition;
import org.ionmat.core.composition.OxidationStateGuess;
import org.ionmat.core.composition.OxidationStateGuesser;
import org.ionmat.core.composition.OxidationStateOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ionmat composition FORMULA...}: what a chemical formula means. */
@Command(name = "composition", aliases = "formula", mixinStandardHelpOptions = true,
        description = {"Parses chemical formulas (decimals, nested brackets, hydrates such as CuSO4·5H2O) and "
                + "reports the reduced and anonymized formula, chemical system, weight, fractional composition "
                + "and charge-balanced oxidation-state guesses ranked by how common the states are."})
final class CompositionCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "FORMULA", description = "Formulas, e.g. Li7La3Zr2O12 'Ca3(PO4)2'.")
    List<String> formulas;

    @Option(names = "--guesses", defaultValue = "3", paramLabel = "N",
            description = "Number of oxidation-state guesses to report (default ${DEFAULT-VALUE}).")
    int guesses;

    @Option(names = "--all-oxidation-states",
            description = "Consider every known oxidation state, not only those seen in the ICSD.")
    boolean allStates;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (guesses < 0 || guesses > 1000) {
            throw new InvalidInputException("--guesses must be between 0 and 1000, got " + guesses);
        }
        List<Map<String, Object>> entries = new ArrayList<>();
        for (String f : formulas) {
            entries.add(describe(f));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (common.json()) {
            Json.print(out, entries.size() == 1 ? entries.get(0) : entries);
            return Main.OK;
        }
        for (Map<String, Object> e : entries) {
            out.printf(Locale.ROOT, "%s%n  formula %s, reduced %s, anonymized %s, system %s%n  weight %.4f g/mol%n",
                    e.get("input"), e.get("formula"), e.get("reduced_formula"), e.get("anonymized_formula"),
                    e.get("chemical_system"), (Double) e.get("weight"));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> g = (List<Map<String, Object>>) e.get("oxidation_state_guesses");
            if (g.isEmpty()) {
                out.println("  no charge-balanced oxidation states");
            }
            for (Map<String, Object> x : g) {
                out.printf(Locale.ROOT, "  oxidation states %s (score %.4g)%n",
                        InfoCommand.formatStates((Map<?, ?>) x.get("states")), (Double) x.get("score"));
            }
        }
        out.flush();
        return Main.OK;
    }

    private Map<String, Object> describe(String formula) {
        Composition c;
        try {
            c = Composition.parse(formula);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(null, -1, null, e.getMessage(), e);
        }
        Map<String, Object> m = Json.object();
        m.put("input", formula);
        m.put("formula", c.formula());
        m.put("reduced_formula", c.reducedFormula());
        m.put("anonymized_formula", c.anonymizedFormula());
        m.put("chemical_system", c.chemicalSystem());
        m.put("composition", InfoCommand.amounts(c.elementAmounts()));
        m.put("fractional", InfoCommand.amounts(c.fractional().elementAmounts()));
        m.put("natoms", c.numAtoms());
        m.put("weight", c.weight());
        List<Map<String, Object>> g = new ArrayList<>();
        if (guesses > 0) {
            OxidationStateOptions o = OxidationStateOptions.DEFAULTS.withMaxResults(guesses).withAllOxidationStates(allStates);
            for (OxidationStateGuess x : OxidationStateGuesser.guesses(c.withoutOxidationStates(), o)) {
                Map<String, Object> gm = Json.object();
                Map<String, Object> states = Json.object();
                x.averages().forEach((el, v) -> states.put(el.symbol(), v));
                gm.put("states", states);
                gm.put("score", x.score());
                g.add(gm);
            }
        }
        m.put("oxidation_state_guesses", g);
        return m;
    }
}
