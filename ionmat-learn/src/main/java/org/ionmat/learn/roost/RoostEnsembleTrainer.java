package org.ionmat.learn.roost;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.ionmat.core.InvalidInputException;
import org.ionmat.learn.embedding.ElementEmbedding;

/**
 * Trains the W members of a deep ensemble. Member k starts from fresh parameters drawn with seed
 * {@code seed + k} (or, for transfer learning, from member {@code k mod W'} of an initial model,
 * all parameters re-optimised: the thesis' warm restart) and shuffles its batches with the same seed.
 * Members may train on parallel threads ({@code parallel}); libtorch's intra-op thread count is set
 * by the caller ({@link TorchRuntime#configureThreads}).
 */
public final class RoostEnsembleTrainer {

    /** How long the JVM's exit waits for members to finish their current batch, s. */
    private static final long SHUTDOWN_WAIT_SECONDS = 60;

    /** Progress of one member. */
    @FunctionalInterface
    public interface Progress {
        /** Called after each epoch of member {@code member} (0-based). */
        void epochDone(int member, int epoch, double loss, double seconds);
    }

    /** Called when a member has finished, with its parameters (e.g. to save it at once). */
    @FunctionalInterface
    public interface MemberDone {
        /** Member {@code member} (0-based) finished after {@code seconds}. */
        void memberDone(int member, RoostParameters params, double seconds);
    }

    /** Where members' checkpoints live (e.g. files in the model directory). */
    public interface Checkpoints {
        /** The checkpoint of a member to resume from, or null. */
        TrainingCheckpoint load(int member);

        /** Stores a member's checkpoint. */
        void save(int member, TrainingCheckpoint checkpoint);

        /** Removes a member's checkpoint (after it finished). */
        void clear(int member);
    }

    private RoostEnsembleTrainer() {
    }

    /** Trains all members without checkpoints; see the full overload. */
    public static List<RoostParameters> train(RoostConfig config, TrainingConfig training, List<EncodedComposition> data,
            float[] targets, ElementEmbedding emb, int members, long seed, int parallel, List<RoostParameters> init,
            Progress progress, MemberDone done) {
        return train(config, training, data, targets, emb, members, seed, parallel, init, progress, done,
                java.util.Map.of(), null, 0);
    }

    /**
     * Trains the members and returns their parameters in member order.
     *
     * @param targets normalised targets (or class indices)
     * @param init    parameters to warm-start from (cycled over the members), or null
     * @param finished members already trained (by index), which are returned as they are
     * @param checkpoints checkpoint store for resuming, or null
     * @param checkpointEvery epochs between checkpoints
     */
    public static List<RoostParameters> train(RoostConfig config, TrainingConfig training, List<EncodedComposition> data,
            float[] targets, ElementEmbedding emb, int members, long seed, int parallel, List<RoostParameters> init,
            Progress progress, MemberDone done, java.util.Map<Integer, RoostParameters> finished, Checkpoints checkpoints,
            int checkpointEvery) {
        if (members < 1) {
            throw new InvalidInputException("ensemble size must be at least 1");
        }
        if (data.isEmpty()) {
            throw new InvalidInputException("no training data");
        }
        TorchRuntime.start();
        int threads = Math.max(1, Math.min(parallel, members));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "roost-member");
            t.setDaemon(true);
            return t;
        });
        // On SIGTERM or Ctrl-C the JVM would exit while members are inside libtorch, whose global state is then
        // torn down under them (SIGSEGV in about one exit in three with intra-op threads). The hook interrupts the
        // members, which stop at the next batch boundary, and waits for them before the JVM goes on exiting.
        Thread stopMembers = new Thread(() -> {
            pool.shutdownNow();
            try {
                pool.awaitTermination(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "roost-shutdown");
        Runtime.getRuntime().addShutdownHook(stopMembers);
        try {
            // members report in the order they finish, so a failing member (e.g. a diverged one) stops the
            // ensemble at once instead of after every member before it; the others stop at their next batch
            RoostParameters[] result = new RoostParameters[members];
            ExecutorCompletionService<Integer> running = new ExecutorCompletionService<>(pool);
            int submitted = 0;
            for (int k = 0; k < members; k++) {
                final int member = k;
                if (finished.containsKey(member)) {
                    result[member] = finished.get(member);
                    continue;
                }
                submitted++;
                running.submit(() -> {
                    long t0 = System.nanoTime();
                    RoostParameters start = init != null && !init.isEmpty() ? init.get(member % init.size())
                            : RoostParameters.initialize(config, seed + member);
                    TrainingCheckpoint resume = checkpoints == null ? null : checkpoints.load(member);
                    RoostParameters p;
                    try {
                        p = RoostTrainer.train(config, training, start, resume, data, targets, emb,
                                seed + member, TorchRuntime.device(), progress == null ? null
                                        : (epoch, loss, s) -> progress.epochDone(member, epoch, loss, s),
                                checkpoints == null ? null : c -> checkpoints.save(member, c), checkpointEvery);
                    } catch (InvalidInputException e) {
                        throw new InvalidInputException("member " + (member + 1) + " of " + members + ": " + e.getMessage());
                    }
                    if (checkpoints != null) {
                        checkpoints.clear(member);
                    }
                    if (done != null) {
                        done.memberDone(member, p, (System.nanoTime() - t0) / 1e9);
                    }
                    result[member] = p;
                    return member;
                });
            }
            for (int i = 0; i < submitted; i++) {
                running.take().get();
            }
            return List.of(result);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("training interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            try {
                Runtime.getRuntime().removeShutdownHook(stopMembers);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run
            }
        }
    }
}
