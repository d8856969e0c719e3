package org.ionmat.cli.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ionmat.cli.bench.SoftBvLatticeBench.Outcome;
import org.ionmat.cli.bench.SoftBvLatticeBench.Row;

/** Statistics of a {@link SoftBvLatticeBench} run, as insertion-ordered maps for JSON and text. */
public final class SoftBvLatticeReport {

    private SoftBvLatticeReport() {
    }

    /** Statistics of the outcomes whose set is in {@code sets} (all if null). */
    public static Map<String, Object> summarize(List<Outcome> outcomes, List<String> sets, double[] grid) {
        List<Outcome> used = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Outcome o : outcomes) {
            if (sets != null && !sets.contains(o.material().set())) {
                continue;
            }
            if (o.skipped() != null) {
                skipped.add(o.material().name() + ": " + o.skipped());
            } else {
                used.add(o);
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("materials", used.size());
        m.put("skipped", skipped);
        int curves = 0;
        int monotonic = 0;
        double worstSides = 0;
        int sidesWithin = 0;
        int sidePairs = 0;
        int relaxations = 0;
        int converged = 0;
        double seconds = 0;
        long steps = 0;
        List<Double> auto = new ArrayList<>();
        List<Double> autoAll = new ArrayList<>();
        int bound = 0;
        List<Double> autoRef = new ArrayList<>();
        List<Double> sfOpt = new ArrayList<>();
        Map<String, Double> sfOptByMaterial = new LinkedHashMap<>();
        double[][] erByGrid = new double[grid.length][];
        List<List<Double>> gridEr = new ArrayList<>();
        for (int k = 0; k < grid.length; k++) {
            gridEr.add(new ArrayList<>());
        }
        for (Outcome o : used) {
            for (Row r : o.rows()) {
                if (!Double.isNaN(r.aOpt())) {
                    relaxations++;
                    converged += r.converged() ? 1 : 0;
                    seconds += r.seconds();
                    steps += r.steps();
                }
                if (r.mode().equals("auto_sample")) {
                    auto.add(r.er());
                    autoAll.add(r.er());
                } else if (r.mode().equals("auto_sample_bound")) {
                    autoAll.add(r.er());
                    bound++;
                } else if (r.mode().equals("auto_reference")) {
                    autoRef.add(r.er());
                }
            }
            for (double strain : new double[] {0.9, 1.1}) {
                List<Row> g = o.rows().stream().filter(r -> r.mode().equals("grid") && r.strain() == strain).toList();
                curves++;
                boolean up = true;
                for (int k = 1; k < g.size(); k++) {
                    up &= g.get(k).er() > g.get(k - 1).er();
                }
                monotonic += up ? 1 : 0;
                for (int k = 0; k < g.size(); k++) {
                    if (strain == 0.9) {
                        gridEr.get(k).add(g.get(k).er());
                    }
                }
            }
            List<Row> lo = o.rows().stream().filter(r -> r.mode().equals("grid") && r.strain() == 0.9).toList();
            List<Row> hi = o.rows().stream().filter(r -> r.mode().equals("grid") && r.strain() == 1.1).toList();
            for (int k = 0; k < Math.min(lo.size(), hi.size()); k++) {
                double d = Math.abs(lo.get(k).aOpt() - hi.get(k).aOpt()) / o.material().aRef();
                worstSides = Math.max(worstSides, d);
                sidesWithin += d <= 1e-3 ? 1 : 0;
                sidePairs++;
            }
            double s = SoftBvLatticeBench.sfOpt(o.rows(), 0.9);
            if (!Double.isNaN(s)) {
                sfOpt.add(s);
            }
            sfOptByMaterial.put(o.material().name(), s);
        }
        m.put("relaxations", relaxations);
        m.put("converged_fraction", relaxations == 0 ? Double.NaN : converged / (double) relaxations);
        m.put("mean_steps", relaxations == 0 ? Double.NaN : steps / (double) relaxations);
        m.put("mean_seconds_per_relaxation", relaxations == 0 ? Double.NaN : seconds / relaxations);
        m.put("er_monotonic_in_sf_fraction", curves == 0 ? Double.NaN : monotonic / (double) curves);
        m.put("both_sides_max_relative_difference", worstSides);
        m.put("both_sides_within_1e-3_fraction", sidePairs == 0 ? Double.NaN : sidesWithin / (double) sidePairs);
        m.put("er_auto_sample_root", statsMap(auto));
        m.put("er_auto_sample", statsMap(autoAll));
        m.put("auto_sample_at_bound", bound);
        m.put("er_auto_reference", statsMap(autoRef));
        Map<String, Object> so = statsMap(sfOpt);
        so.put("min", sfOpt.stream().mapToDouble(x -> x).min().orElse(Double.NaN));
        so.put("max", sfOpt.stream().mapToDouble(x -> x).max().orElse(Double.NaN));
        so.put("bracketed", sfOpt.size());
        m.put("sf_opt", so);
        int best = -1;
        double bestMae = Double.POSITIVE_INFINITY;
        for (int k = 0; k < grid.length; k++) {
            double mae = SoftBvLatticeBench.stats(gridEr.get(k).stream().mapToDouble(x -> x).toArray())[2];
            if (mae < bestMae) {
                bestMae = mae;
                best = k;
            }
        }
        if (best >= 0) {
            Map<String, Object> b = statsMap(gridEr.get(best));
            b.put("sf", grid[best]);
            m.put("er_best_constant_sf", b);
        }
        m.put("sf_opt_by_material", sfOptByMaterial);
        return m;
    }

    private static Map<String, Object> statsMap(List<Double> values) {
        double[] s = SoftBvLatticeBench.stats(values.stream().mapToDouble(x -> x).toArray());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", (int) s[4]);
        m.put("mean", s[0]);
        m.put("std", s[1]);
        m.put("mae", s[2]);
        m.put("rmse", s[3]);
        return m;
    }
}
