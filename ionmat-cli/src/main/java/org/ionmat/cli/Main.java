package org.ionmat.cli;

import java.io.PrintWriter;

import org.ionmat.core.InvalidInputException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the {@code ionmat} command-line program. Exit codes: 0 success, 2 bad input
 * (one clear message, no stack trace unless {@code --debug}), 1 internal error.
 */
@Command(name = "ionmat",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Machine-learning-accelerated discovery of solid-state ion conductors.",
        subcommands = {
            InfoCommand.class,
            ConvertCommand.class,
            NeighborsCommand.class,
            CompositionCommand.class,
            BvCommand.class,
            RelaxCommand.class,
            AnalyzeCommand.class,
            ElasticCommand.class,
            org.ionmat.cli.learn.TrainCommand.class,
            org.ionmat.cli.learn.PredictCommand.class,
            org.ionmat.cli.learn.EvaluateCommand.class,
            org.ionmat.cli.learn.CalibrateCommand.class,
            org.ionmat.cli.learn.LearningCurveCommand.class,
            org.ionmat.cli.learn.FeaturizeCommand.class,
            org.ionmat.cli.learn.DataCommand.class,
            BenchCommand.class,
            MdCommand.class,
            TrajectoryCommand.class,
            DiffusionCommand.class,
            VdosCommand.class,
            EnergyCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    /** Exit code for success. */
    public static final int OK = 0;
    /** Exit code for an internal error. */
    public static final int INTERNAL_ERROR = 1;
    /** Exit code for bad input (file, formula, option). */
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command; see 'ionmat --help'");
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the program with the given streams and returns the exit code (used by tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    /** The configured picocli command line. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(Main::handleParameterException);
        cl.setExecutionExceptionHandler(Main::handleExecutionException);
        cl.setExitCodeExceptionMapper(t -> t instanceof InvalidInputException ? BAD_INPUT : INTERNAL_ERROR);
        return cl;
    }

    private static int handleParameterException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("ionmat: error: " + ex.getMessage());
        if (isDebug(args)) {
            ex.printStackTrace(err);
        } else {
            err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for usage.");
        }
        err.flush();
        return BAD_INPUT;
    }

    private static int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean debug = isDebug(parsed.originalArgs().toArray(new String[0]));
        Throwable cause = ex;
        if (cause instanceof CommandLine.ExecutionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        int code;
        if (cause instanceof InvalidInputException || cause instanceof CommandLine.ParameterException) {
            err.println("ionmat: error: " + cause.getMessage());
            code = BAD_INPUT;
        } else if (cause instanceof java.util.concurrent.CancellationException) {
            // the JVM is exiting on SIGTERM/Ctrl-C; training checkpoints are kept for --resume
            err.println("ionmat: " + cause.getMessage());
            code = INTERNAL_ERROR;
        } else if (cause instanceof OutOfMemoryError) {
            err.println("ionmat: internal error: out of memory; raise the heap with IONMAT_JAVA_OPTS=-Xmx...");
            code = INTERNAL_ERROR;
        } else {
            err.println("ionmat: internal error: " + cause);
            if (!debug) {
                err.println("(run with --debug for the stack trace and please report it)");
            }
            code = INTERNAL_ERROR;
        }
        if (debug) {
            cause.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    private static boolean isDebug(String[] args) {
        for (String a : args) {
            if ("--debug".equals(a)) {
                return true;
            }
        }
        return false;
    }
}
