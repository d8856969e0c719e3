package org.ionmat.learn.roost;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;

/**
 * Start-up of the PyTorch engine of DJL, configured to work offline.
 *
 * <p>The CPU native library comes from the {@code pytorch-native-cpu} jar on the class path (pinned
 * in the parent POM) and is extracted once to DJL's cache folder ({@code ~/.djl.ai}, or the
 * environment variable / system property {@code DJL_CACHE_DIR}). Before DJL is first touched this
 * class sets {@code ai.djl.offline=true} (never download an engine or model) and
 * {@code OPT_OUT_TRACKING=true} (no telemetry call), and routes DJL's SLF4J logging to the no-op
 * provider unless a provider was chosen. Values already set by the user are kept.
 *
 * <p>Threads: {@link #configureThreads(int)} sets libtorch's intra-op thread count (default: all
 * available processors). A CUDA device is used when DJL finds one ({@link #device()}).
 */
public final class TorchRuntime {

    private static volatile boolean started;

    private TorchRuntime() {
    }

    /** Sets the offline and telemetry properties and loads the engine; idempotent. */
    public static synchronized void start() {
        if (started) {
            return;
        }
        setIfAbsent("ai.djl.offline", "true");
        setIfAbsent("OPT_OUT_TRACKING", "true");
        setIfAbsent("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
        setIfAbsent("slf4j.internal.verbosity", "WARN");
        setIfAbsent("ai.djl.pytorch.graph_optimizer", "false");
        Engine.getEngine("PyTorch");
        started = true;
    }

    /** Sets libtorch's intra-op thread count (0: all available processors) and inter-op to 1. */
    public static synchronized void configureThreads(int intraOp) {
        start();
        int n = intraOp > 0 ? intraOp : Runtime.getRuntime().availableProcessors();
        JniUtils.setNumThreads(n);
    }

    /** The intra-op thread count libtorch uses now. */
    public static int threads() {
        start();
        return JniUtils.getNumThreads();
    }

    /** The device for training and prediction: the first GPU when there is one, else the CPU. */
    public static Device device() {
        start();
        return Engine.getEngine("PyTorch").getGpuCount() > 0 ? Device.gpu() : Device.cpu();
    }

    /** Version of the loaded libtorch. */
    public static String version() {
        start();
        return Engine.getEngine("PyTorch").getVersion();
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null && System.getenv(key) == null) {
            System.setProperty(key, value);
        }
    }
}
