package org.ionmat.simulate.md;

/**
 * Live progress of one MD run, written by the run's thread and read by a progress display in
 * another (fields are volatile).
 */
public final class MdProgress {

    private volatile String phase = "starting";
    private volatile long done;
    private volatile long total;
    private volatile long startNanos = System.nanoTime();
    private volatile long doneAtStart;
    private volatile String status = "running";

    /** Current phase: {@code starting}, {@code equilibration}, {@code production}, {@code done}. */
    public String phase() {
        return phase;
    }

    /** Steps done over both phases. */
    public long done() {
        return done;
    }

    /** Steps of both phases. */
    public long total() {
        return total;
    }

    /** Status: running, completed, interrupted, stopped, failed. */
    public String status() {
        return status;
    }

    /** Steps per second since this session of the run started (NaN before any step). */
    public double stepsPerSecond() {
        double s = (System.nanoTime() - startNanos) * 1e-9;
        long d = done - doneAtStart;
        return d > 0 && s > 0 ? d / s : Double.NaN;
    }

    /** Estimated seconds to the end (NaN if unknown). */
    public double etaSeconds() {
        double r = stepsPerSecond();
        return r > 0 ? (total - done) / r : Double.NaN;
    }

    /** Fraction done, 0..1. */
    public double fraction() {
        return total > 0 ? (double) done / total : 0;
    }

    void start(long doneSteps, long totalSteps) {
        this.done = doneSteps;
        this.doneAtStart = doneSteps;
        this.total = totalSteps;
        this.startNanos = System.nanoTime();
    }

    void phase(String p) {
        this.phase = p;
    }

    void update(long doneSteps) {
        this.done = doneSteps;
    }

    void finish(String s) {
        this.status = s;
        this.phase = "done";
    }
}
