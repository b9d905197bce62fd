package org.vcmtck.assertions.ovf.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The OVF consumer corpus: packages the suite writes itself and deploys into the implementation under test. Every
 * valid package must be deployed; every invalid one refused, leaving nothing behind. The bytes are the same on
 * every run (fixed tar times and owners, fixed order, a key pair derived from a fixed seed), and the files are
 * tiny: disk images are placeholders, the disks' {@code ovf:capacity} is what a consumer allocates.
 *
 * <p>Package names are distinct across both halves, so {@link #valid} and {@link #invalid} may share a folder:
 * an OVA is written as {@code <folder>/<name>.ova}, a directory package as {@code <folder>/<name>/<base>.ovf}.
 */
public final class OvfCorpus {

    private OvfCorpus() {
    }

    /** Writes the valid packages under the folder (created if needed) and returns them. */
    public static List<CorpusPackage> valid(Path folder) throws IOException {
        return write(folder, ValidPackages.plans());
    }

    /** Writes the invalid packages under the folder (created if needed) and returns them. */
    public static List<CorpusPackage> invalid(Path folder) throws IOException {
        return write(folder, InvalidPackages.plans());
    }

    private static List<CorpusPackage> write(Path folder, List<PackagePlan> plans) throws IOException {
        List<CorpusPackage> written = new ArrayList<>();
        for (PackagePlan plan : plans) {
            Path path = PackageWriter.write(folder, plan.name(), plan.content());
            written.add(new CorpusPackage(plan.name(), path, plan.description(), plan.requirementIds(),
                    plan.choices(), plan.expectation(), plan.faultInPackage()));
        }
        return List.copyOf(written);
    }
}
