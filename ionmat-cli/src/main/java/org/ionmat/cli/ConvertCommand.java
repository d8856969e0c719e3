package org.ionmat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.io.StructureFiles;
import org.ionmat.core.io.StructureFormat;
import org.ionmat.core.structure.Structure;
import org.ionmat.core.structure.order.OrderingMode;
import org.ionmat.core.structure.order.OrderingResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ionmat convert IN OUT}: format conversion, supercells and ordering of disordered structures. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Converts a structure file to another format (from the output name or --to), "
                + "optionally making a supercell and ordering partial occupancies.",
            "Disordered structures can only be written to CIF unless ordered with --order."})
final class ConvertCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    InputOptions input;

    @Parameters(index = "0", paramLabel = "IN", description = "Input structure file.")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "Output file (written atomically).")
    Path out;

    @Option(names = "--to", paramLabel = "FORMAT",
            description = "Output format instead of the one of the file name: ${COMPLETION-CANDIDATES}.")
    StructureFormat to;

    @Option(names = "--supercell", paramLabel = "SPEC",
            description = "Supercell: N, NAxNBxNC or nine integers a,b,c,d,e,f,g,h,i (rows of the matrix). "
                    + "With --order it fixes the cell to order in.")
    String supercell;

    @Option(names = "--order", paramLabel = "MODE",
            description = "Order partial occupancies: random (one seeded draw) or ewald (lowest Ewald energy "
                    + "of --samples draws, refined by swaps).")
    OrderingMode order;

    @Option(names = "--seed", defaultValue = "0", description = "Seed of the ordering draws (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--samples", defaultValue = "10", description = "Random draws in ewald mode (default ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--max-sites", defaultValue = "1000",
            description = "Largest automatic ordering supercell, in sites (default ${DEFAULT-VALUE}).")
    int maxSites;

    @Option(names = "--charge", split = ",", paramLabel = "EL=Q",
            description = "Charge of an element for ewald ordering and for --atom-style charge (default: oxidation "
                    + "states of the file, else the assigned ones).")
    List<String> charges = new ArrayList<>();

    @Option(names = "--atom-style", paramLabel = "STYLE",
            description = "Atom style of a written LAMMPS data file: atomic or charge (charges from --charge, else "
                    + "the oxidation states of the file, else the assigned ones; default: charge when the "
                    + "structure carries charges, else atomic).")
    String atomStyle;

    @Option(names = "--index", paramLabel = "K",
            description = "Convert only structure K (0-based) of a multi-structure input.")
    Integer index;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter pw = spec.commandLine().getOut();
        if (samples < 1) {
            throw new InvalidInputException("--samples must be >= 1, got " + samples);
        }
        if (maxSites < 1) {
            throw new InvalidInputException("--max-sites must be >= 1, got " + maxSites);
        }
        StructureFormat format = to != null ? to : StructureFormat.fromFileName(out.toString())
                .orElseThrow(() -> new InvalidInputException(out.toString(), -1, null,
                        "cannot tell the output format from the file name; use --to"));
        List<Structure> structures = input.read(in);
        if (index != null) {
            if (index < 0 || index >= structures.size()) {
                throw new InvalidInputException(in.toString(), -1, null, "--index " + index + " out of range: the file holds "
                        + structures.size() + " structure(s)");
            }
            structures = List.of(structures.get(index));
        }
        if (structures.size() > 1 && !format.multiFrame()) {
            throw new InvalidInputException(in.toString(), -1, null, "the file holds " + structures.size()
                    + " structures but " + format.id() + " holds one; choose one with --index");
        }
        int[][] matrix = supercell == null ? null : SupercellSpec.parse(supercell);
        List<Structure> result = new ArrayList<>();
        List<Map<String, Object>> orderings = new ArrayList<>();
        for (Structure s : structures) {
            Structure t = s;
            if (order != null && !s.isOrdered()) {
                OrderingResult r = Ordering.order(s, Ordering.options(s, order, seed, samples, maxSites, matrix,
                        charges, in.toString()));
                t = r.structure();
                orderings.add(Ordering.describe(r));
            } else if (matrix != null) {
                t = s.supercell(matrix);
            }
            if (!t.isOrdered() && format != StructureFormat.CIF) {
                throw new InvalidInputException(in.toString(), -1, null, "the structure has partial or mixed occupancy, which "
                        + format.id() + " cannot hold; order it with --order random|ewald or write CIF");
            }
            result.add(t);
        }
        if (atomStyle != null) {
            result = AtomCharges.applyStyle(result, atomStyle, format, charges, in.toString());
        }
        StructureFiles.write(out, result, format);
        Map<String, Object> report = Json.object();
        report.put("input", in.toString());
        report.put("output", out.toString());
        report.put("format", format.id());
        report.put("structures", result.size());
        Structure first = result.get(0);
        report.put("formula", first.composition().formula());
        report.put("nsites", first.size());
        report.put("ordered", first.isOrdered());
        if (matrix != null) {
            report.put("supercell", matrix);
        }
        if (!orderings.isEmpty()) {
            report.put("ordering", orderings.size() == 1 ? orderings.get(0) : orderings);
        }
        if (common.json()) {
            Json.print(pw, report);
        } else {
            pw.printf(Locale.ROOT, "wrote %s (%s, %d structure%s, %s, %d sites)%n", out, format.id(), result.size(),
                    result.size() == 1 ? "" : "s", first.composition().formula(), first.size());
            for (Map<String, Object> o : orderings) {
                pw.printf(Locale.ROOT, "ordered (%s, seed %s) in a %s-cell supercell; composition error %.3g%%%s%n",
                        o.get("mode"), o.get("seed"), o.get("cells"), 100 * (Double) o.get("composition_error"),
                        o.get("energy") == null ? "" : String.format(Locale.ROOT, "; Ewald energy %.4f eV", (Double) o.get("energy")));
            }
            pw.flush();
        }
        return Main.OK;
    }
}
