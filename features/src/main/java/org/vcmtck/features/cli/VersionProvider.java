package org.vcmtck.features.cli;

import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"vcmtck " + (version == null ? "development" : version)
                + " (commit " + System.getProperty("vcmtck.git.commit", "unknown") + ")"};
    }
}
