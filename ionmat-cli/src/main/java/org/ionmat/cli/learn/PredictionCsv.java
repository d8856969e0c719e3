package org.ionmat.cli.learn;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.ionmat.core.io.AtomicFiles;
import org.ionmat.learn.model.Prediction;

/** Writes predictions with their true values as CSV (used for test sets and plots). */
public final class PredictionCsv {

    private PredictionCsv() {
    }

    /** Writes formula,target,mean,std,std_epistemic,std_aleatoric atomically. */
    public static void write(Path file, List<String> formulas, double[] truth, Prediction p) {
        StringBuilder sb = new StringBuilder("formula,target,mean,std,std_epistemic,std_aleatoric\n");
        for (int i = 0; i < formulas.size(); i++) {
            String f = formulas.get(i);
            if (f.contains(",") || f.contains("\"")) {
                f = "\"" + f.replace("\"", "\"\"") + "\"";
            }
            sb.append(f).append(',').append(truth == null ? "" : fmt(truth[i])).append(',').append(fmt(p.mean()[i]))
                    .append(',').append(fmt(p.std()[i])).append(',').append(fmt(p.stdEpistemic()[i])).append(',')
                    .append(fmt(p.stdAleatoric()[i])).append('\n');
        }
        AtomicFiles.write(file, sb.toString());
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
