package org.ionmat.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import org.ionmat.simulate.md.Durations;
import org.ionmat.simulate.md.MdProgress;

/**
 * Shows the progress of MD jobs on the terminal: on a console one line redrawn every second
 * ({@code T800K 45% 1,230 steps/s | T1000K 41% ... ETA 2m10s}); otherwise one line per job at every
 * 10 % (so that logs stay short).
 */
final class MdProgressPrinter implements AutoCloseable {

    private final PrintWriter err;
    private final List<String> names;
    private final List<MdProgress> jobs;
    private final List<Double> timestepsPs;
    private final boolean console;
    private final int[] lastDecile;
    private final Thread thread;
    private volatile boolean running = true;
    private int lastWidth;

    MdProgressPrinter(PrintWriter err, List<String> names, List<MdProgress> jobs, List<Double> timestepsPs, boolean console) {
        this.err = err;
        this.names = names;
        this.jobs = jobs;
        this.timestepsPs = timestepsPs;
        this.console = console;
        this.lastDecile = new int[jobs.size()];
        this.thread = new Thread(this::loop, "ionmat-md-progress");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void loop() {
        while (running) {
            try {
                Thread.sleep(console ? 1000 : 2000);
            } catch (InterruptedException e) {
                return;
            }
            if (running) {
                print();
            }
        }
    }

    private synchronized void print() {
        if (console) {
            StringBuilder sb = new StringBuilder();
            double eta = 0;
            for (int j = 0; j < jobs.size(); j++) {
                MdProgress p = jobs.get(j);
                if (sb.length() > 0) {
                    sb.append(" | ");
                }
                sb.append(names.get(j)).append(' ').append(String.format(Locale.ROOT, "%3.0f%%", 100 * p.fraction()));
                double r = p.stepsPerSecond();
                if (Double.isFinite(r)) {
                    sb.append(String.format(Locale.ROOT, " %,.0f steps/s", r));
                }
                if (!"done".equals(p.phase())) {
                    eta = Math.max(eta, p.etaSeconds());
                }
            }
            if (Double.isFinite(eta) && eta > 0) {
                sb.append("  ETA ").append(formatSeconds(eta));
            }
            String line = sb.toString();
            int pad = Math.max(0, lastWidth - line.length());
            lastWidth = line.length();
            err.print("\r" + line + " ".repeat(pad));
            err.flush();
        } else {
            for (int j = 0; j < jobs.size(); j++) {
                MdProgress p = jobs.get(j);
                int decile = (int) Math.floor(10 * p.fraction());
                if (decile > lastDecile[j] && decile < 10) {
                    lastDecile[j] = decile;
                    double simPs = p.done() * timestepsPs.get(j);
                    err.printf(Locale.ROOT, "%s: %d%% (%s simulated, %,.0f steps/s, ETA %s)%n", names.get(j), 10 * decile,
                            Durations.format(simPs), p.stepsPerSecond(), formatSeconds(p.etaSeconds()));
                    err.flush();
                }
            }
        }
    }

    /** {@code 45s}, {@code 3m05s}, {@code 2h10m}. */
    static String formatSeconds(double s) {
        if (!Double.isFinite(s)) {
            return "?";
        }
        long t = Math.round(s);
        if (t < 60) {
            return t + "s";
        }
        if (t < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", t / 60, t % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm", t / 3600, (t % 3600) / 60);
    }

    @Override
    public synchronized void close() {
        running = false;
        thread.interrupt();
        if (console && lastWidth > 0) {
            err.print("\r" + " ".repeat(lastWidth) + "\r");
            err.flush();
        }
    }
}
