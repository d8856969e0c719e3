package org.ionmat.cli;

import picocli.CommandLine.Option;

/** Options shared by every command: {@code --json} and {@code --debug}. */
public final class CommonOptions {

    @Option(names = "--json", description = "Print machine-readable JSON on stdout.")
    boolean json;

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    /** True when JSON output was requested. */
    public boolean json() {
        return json;
    }

    /** True when stack traces were requested. */
    public boolean debug() {
        return debug;
    }
}
