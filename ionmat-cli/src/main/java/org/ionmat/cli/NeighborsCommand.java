package org.ionmat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.ionmat.core.InvalidInputException;
import org.ionmat.core.neighbors.NeighborList;
import org.ionmat.core.neighbors.NeighborSearch;
import org.ionmat.core.structure.Structure;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ionmat neighbors FILE --cutoff R}: neighbor pairs of an ordered structure. */
@Command(name = "neighbors", mixinStandardHelpOptions = true,
        description = {"Counts the unique neighbor pairs within a cutoff (each pair of atoms and periodic image "
                + "counted once; an atom and its own images count too) and lists the shortest distances.",
            "Distances d <= R + 1e-8 Å count, as in pymatgen. The structure must be ordered."})
final class NeighborsCommand implements Callable<Integer> {

    /** Absolute tolerance added to the cutoff so that pairs at exactly R count (pymatgen's convention). */
    static final double CUTOFF_TOLERANCE = 1e-8;

    @Mixin
    CommonOptions common;

    @Mixin
    InputOptions input;

    @Parameters(index = "0", paramLabel = "FILE", description = "Structure file.")
    Path file;

    @Option(names = "--cutoff", required = true, paramLabel = "R", description = "Cutoff radius in Å.")
    double cutoff;

    @Option(names = "--shortest", defaultValue = "10", paramLabel = "N",
            description = "Number of shortest distances to list (default ${DEFAULT-VALUE}).")
    int shortest;

    @Option(names = "--index", defaultValue = "0", paramLabel = "K",
            description = "Structure K (0-based) of a multi-structure file (default ${DEFAULT-VALUE}).")
    int index;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!(cutoff > 0) || Double.isInfinite(cutoff)) {
            throw new InvalidInputException(null, -1, Double.toString(cutoff), "--cutoff must be a positive number of Å");
        }
        if (shortest < 0) {
            throw new InvalidInputException("--shortest must be >= 0");
        }
        List<Structure> structures = input.read(file);
        if (index < 0 || index >= structures.size()) {
            throw new InvalidInputException(file.toString(), -1, null, "--index " + index + " out of range: the file holds "
                    + structures.size() + " structure(s)");
        }
        Structure s = structures.get(index);
        if (!s.isOrdered()) {
            throw new InvalidInputException(file.toString(), -1, null, "the structure has partial or mixed occupancy; "
                    + "neighbor pairs need an ordered structure (order it first: ionmat convert IN OUT --order ewald)");
        }
        long t0 = System.nanoTime();
        NeighborList list = NeighborSearch.withCutoff(cutoff + CUTOFF_TOLERANCE).half()
                .withQuantities(false, false, true).find(s);
        double seconds = (System.nanoTime() - t0) * 1e-9;
        double[] d = Arrays.copyOf(list.distances(), list.size());
        Arrays.sort(d);
        double[] first = Arrays.copyOf(d, Math.min(shortest, d.length));
        PrintWriter out = spec.commandLine().getOut();
        if (common.json()) {
            Map<String, Object> m = Json.object();
            m.put("file", file.toString());
            m.put("cutoff", cutoff);
            m.put("nsites", s.size());
            m.put("pairs", list.size());
            m.put("shortest", first);
            m.put("seconds", seconds);
            Json.print(out, m);
        } else {
            out.printf(Locale.ROOT, "%s: %d sites, %d unique pairs within %.4g Å (%.1f per site)%n", file, s.size(),
                    list.size(), cutoff, 2.0 * list.size() / s.size());
            if (first.length > 0) {
                StringBuilder sb = new StringBuilder();
                for (double v : first) {
                    sb.append(String.format(Locale.ROOT, " %.4f", v));
                }
                out.printf(Locale.ROOT, "shortest distances (Å):%s%n", sb);
            }
            out.flush();
        }
        return Main.OK;
    }
}
