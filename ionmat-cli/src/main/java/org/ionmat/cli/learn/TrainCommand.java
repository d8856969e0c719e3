package org.ionmat.cli.learn;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code ionmat train roost|rf|linear}: composition models. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Trains a composition model (Roost deep ensemble, or a random-forest / linear baseline on "
                + "Magpie features) and writes a self-describing model directory.",
        subcommands = {TrainRoostCommand.class, TrainFeatureCommands.Rf.class, TrainFeatureCommands.Linear.class})
public final class TrainCommand implements Runnable {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing model; see 'ionmat train --help'");
    }
}
