package org.ionmat.cli;

import picocli.CommandLine;

/** Reports the version from the jar manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"ionmat " + (v != null ? v : "development build")};
    }
}
