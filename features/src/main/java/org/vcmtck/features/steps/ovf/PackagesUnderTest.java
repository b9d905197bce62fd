package org.vcmtck.features.steps.ovf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vcmtck.assertions.ovf.OvfPackageReadException;
import org.vcmtck.assertions.ovf.OvfPackageReader;
import org.vcmtck.assertions.ovf.RawOvfPackage;
import org.vcmtck.features.target.OvfPackages;
import org.vcmtck.features.target.TargetSession;

/**
 * The packages of a run, read once: every OVF scenario starts from the same packages, and hashing large disk
 * images again for each scenario would only cost time. The cache holds the latest session only (one run at a
 * time per JVM, see ActiveTarget), so a new run never sees an old run's packages.
 */
final class PackagesUnderTest {

    /** The packages read, the locations that could not be checked, and packages that could not be read at all. */
    record Loaded(List<RawOvfPackage> packages, List<String> notTestable, List<String> unreadable) {
    }

    private record Entry(TargetSession session, Loaded loaded) {
    }

    private static Entry latest;

    private PackagesUnderTest() {
    }

    static synchronized Loaded of(TargetSession session) {
        if (latest != null && latest.session() == session) {
            return latest.loaded();
        }
        OvfPackages.Resolution resolution = OvfPackages.resolution(session);
        List<RawOvfPackage> packages = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (Path path : resolution.packages()) {
            try {
                packages.add(OvfPackageReader.read(path));
            } catch (OvfPackageReadException e) {
                unreadable.add(e.getMessage());
            }
        }
        Loaded loaded = new Loaded(packages, resolution.notTestable(), unreadable);
        latest = new Entry(session, loaded);
        return loaded;
    }
}
