package org.vcmtck.features.run;

/** The kit's own version and commit, for the report's provenance header. */
final class SuiteVersion {

    private SuiteVersion() {
    }

    /** From the jar manifest; "development" when running from classes (IDE, Maven test). */
    static String version() {
        String version = SuiteVersion.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    /** Set by the {@code vcmtck} wrapper from {@code git rev-parse HEAD}; "unknown" otherwise. */
    static String gitCommit() {
        return System.getProperty("vcmtck.git.commit", "unknown");
    }
}
