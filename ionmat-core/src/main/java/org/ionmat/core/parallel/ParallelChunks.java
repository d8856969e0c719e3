package org.ionmat.core.parallel;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Runs the chunks 0..n−1 of a job, serially or on several threads. Callers make the result
 * independent of the number of threads by giving every chunk its own output and combining the
 * outputs in chunk order afterwards; the chunking must therefore depend on the problem only.
 *
 * <p>Thread setting: 1 runs serially in the calling thread; {@code n > 1} uses a pool of that size
 * for this call; 0 (automatic) uses the common fork-join pool when the caller says the job is large
 * enough and the machine has more than one processor, serially otherwise.
 */
public final class ParallelChunks {

    private ParallelChunks() {
    }

    /**
     * Runs {@code task} for chunks {@code 0..chunks-1} and returns when all are done.
     *
     * @param threads   thread setting (0 automatic, 1 serial, n &gt; 1 a pool of n threads)
     * @param largeJob  for the automatic setting: true if the job is worth running in parallel
     * @throws IllegalArgumentException if {@code threads} is negative
     */
    public static void run(int chunks, int threads, boolean largeJob, IntConsumer task) {
        if (threads < 0) {
            throw new IllegalArgumentException("number of threads must be >= 0, got " + threads);
        }
        boolean parallel = chunks > 1 && (threads > 1
                || (threads == 0 && largeJob && Runtime.getRuntime().availableProcessors() > 1));
        if (!parallel) {
            for (int c = 0; c < chunks; c++) {
                task.accept(c);
            }
            return;
        }
        if (threads == 0) {
            IntStream.range(0, chunks).parallel().forEach(task);
            return;
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> IntStream.range(0, chunks).parallel().forEach(task)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("parallel job interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdown();
        }
    }
}
