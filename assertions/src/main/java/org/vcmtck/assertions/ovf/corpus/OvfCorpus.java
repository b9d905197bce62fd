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
 * <p>Package names are distinct across both halves, so {@link #valid}, {@link #invalid} and {@link #lenient} may share a folder:
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

    /**
     * Writes the packages a consumer may either deploy or refuse with a reason (leniencies the standard allows,
     * {@link CorpusPackage.Expectation#DEPLOY_OR_REFUSE}) under the folder and returns them.
     */
    public static List<CorpusPackage> lenient(Path folder) throws IOException {
        return write(folder, LenientPackages.plans());
    }

    /**
     * Writes the package whose Files are on a web server at {@code base} (an http URL ending in '/'), which the
     * caller must serve as {@link HostedPackage#served()} says. Written per server, since its hrefs name the
     * server's address.
     */
    public static HostedPackage hosted(Path folder, java.net.URI base) throws IOException {
        return HostedPackages.write(folder, base);
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
