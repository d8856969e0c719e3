package org.ionmat.cli.learn;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.ionmat.cli.CommonOptions;
import org.ionmat.cli.Json;
import org.ionmat.cli.Main;
import org.ionmat.core.InvalidInputException;
import org.ionmat.core.composition.Composition;
import org.ionmat.core.io.AtomicFiles;
import org.ionmat.learn.data.CsvTable;
import org.ionmat.learn.features.MagpieFeaturizer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ionmat featurize FILE.csv -o OUT.csv}: composition features for other tools. */
@Command(name = "featurize", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes the Magpie-style composition features that 'train rf' and 'train linear' use (elemental-"
                + "property statistics, stoichiometry, valence-orbital and ion-property features; matminer-style names) "
                + "for every row of a CSV file: the input columns, then one column per feature.",
                "Rows whose formula cannot be parsed or has an element without data are left out and reported."})
public final class FeaturizeCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "Table with a formula column.")
    Path data;

    @Option(names = "--formula-column", paramLabel = "C",
            description = "Formula column (default: 'composition', else 'formula', else the first column).")
    String formulaColumn;

    @Option(names = "--features", defaultValue = "magpie", paramLabel = "magpie",
            description = "Feature set (only magpie: 145 features).")
    String features;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.csv", description = "CSV file to write.")
    Path output;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!"magpie".equalsIgnoreCase(features)) {
            throw new InvalidInputException("--features: only 'magpie' is available, got '" + features + "'");
        }
        if (!Files.isRegularFile(data)) {
            throw new InvalidInputException(data.toString(), -1, null, "file not found");
        }
        CsvTable t = CsvTable.read(data);
        int c = t.column(PredictionCsv.formulaColumn(t, formulaColumn));
        MagpieFeaturizer fz = MagpieFeaturizer.standard();
        List<Integer> rows = new ArrayList<>();
        List<Composition> comps = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            String why;
            try {
                Composition comp = Composition.parse(t.get(i, c));
                why = fz.reject(comp);
                if (why == null) {
                    rows.add(i);
                    comps.add(comp);
                }
            } catch (InvalidInputException e) {
                why = e.getMessage();
            }
            if (why != null) {
                leftOut.add("line " + t.line(i) + ": " + t.get(i, c) + ": " + why);
            }
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException(data.toString(), -1, null, "no row can be featurized"
                    + (leftOut.isEmpty() ? "" : " (e.g. " + leftOut.get(0) + ")"));
        }
        long t0 = System.nanoTime();
        double[][] x = fz.features(comps);
        double seconds = (System.nanoTime() - t0) / 1e9;
        StringBuilder sb = new StringBuilder();
        List<String> header = new ArrayList<>(t.header());
        header.addAll(fz.names());
        sb.append(String.join(",", header.stream().map(PredictionCsv::field).toList())).append('\n');
        for (int k = 0; k < rows.size(); k++) {
            for (int j = 0; j < t.header().size(); j++) {
                sb.append(j > 0 ? "," : "").append(PredictionCsv.field(t.get(rows.get(k), j)));
            }
            for (double v : x[k]) {
                sb.append(',').append(v);
            }
            sb.append('\n');
        }
        AtomicFiles.write(output, sb.toString());
        PrintWriter err = spec.commandLine().getErr();
        if (!leftOut.isEmpty()) {
            err.printf("%s: %d row(s) left out, e.g. %s%n", data, leftOut.size(), leftOut.get(0));
            err.flush();
        }
        PrintWriter w = spec.commandLine().getOut();
        if (common.json()) {
            Map<String, Object> s = Json.object();
            s.put("file", output.toString());
            s.put("rows", rows.size());
            s.put("rows_left_out", leftOut.size());
            s.put("features", fz.size());
            s.put("seconds", seconds);
            Json.print(w, s);
        } else {
            w.printf(Locale.ROOT, "wrote %s: %d rows x %d Magpie features (%d row(s) left out, %.2f s)%n", output, rows.size(),
                    fz.size(), leftOut.size(), seconds);
            w.flush();
        }
        return Main.OK;
    }
}
