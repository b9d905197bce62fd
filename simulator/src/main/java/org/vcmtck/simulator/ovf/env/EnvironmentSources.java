package org.vcmtck.simulator.ovf.env;

import org.vcmtck.simulator.ovf.descriptor.EnvironmentFile;
import org.vcmtck.simulator.ovf.descriptor.FileReference;
import org.vcmtck.simulator.ovf.descriptor.VirtualSystemEntity;
import org.vcmtck.simulator.ovf.pkg.OvfPackage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The package members the environment of a package needs beyond its parsed descriptor: the files its
 * EnvironmentFilesSections put on the environment medium (OVF-OENV-008), read back from where the package came
 * from. Everything else (Value overrides, the sections themselves) comes from the descriptor model.
 */
public record EnvironmentSources(PackageContents contents) {

    /** No members at hand (a package whose bytes are gone): environment files are then left out. */
    public static EnvironmentSources none() {
        return new EnvironmentSources(PackageContents.none());
    }

    /**
     * Reads the members the environment files of {@code pkg}'s VirtualSystems name; reads nothing when there are
     * none.
     *
     * @param ova the archive file for an OVA package (ignored for a directory package)
     * @throws IOException the package cannot be read again
     */
    public static EnvironmentSources read(OvfPackage pkg, Path ova) throws IOException {
        Set<String> members = memberNames(pkg);
        return new EnvironmentSources(members.isEmpty() ? PackageContents.none()
                : PackageContents.read(pkg, ova, members));
    }

    /** The hrefs of the References Files the environment files name; unknown or missing fileRefs are skipped. */
    static Set<String> memberNames(OvfPackage pkg) {
        Set<String> members = new LinkedHashSet<>();
        for (VirtualSystemEntity vs : pkg.descriptor().virtualSystems()) {
            for (EnvironmentFile f : vs.environmentFiles()) {
                FileReference ref = f.fileRef() == null ? null : pkg.descriptor().file(f.fileRef());
                if (ref != null) {
                    members.add(ref.href());
                }
            }
        }
        return members;
    }
}
