package org.vcmtck.simulator.launcher;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (Maven writes it there); "development" when running from classes. */
final class VersionProvider implements IVersionProvider {
    static String version() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"vcmtck-simulator " + version()};
    }
}
