package org.vcmtck.assertions.ovf.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.vcmtck.assertions.ovf.consumer.DeployChoices;

/**
 * Packages using a leniency the standard allows a consumer but does not demand of it. A consumer may deploy each
 * (then correctly) or refuse it with a reason; a producer must not write them, which is why they are neither in
 * the valid half (the producer rules would flag them) nor in the invalid half (refusing is not required).
 */
final class LenientPackages {

    private LenientPackages() {
    }

    static List<PackagePlan> plans() {
        PackageDraft appliance = ValidPackages.applianceDraft();
        PackageDraft storage = ValidPackages.compressedChunkedDraft();
        byte[] system = PlaceholderBytes.of("compressed system disk image", 4096);
        return List.of(
                lenient("legacy-host-resource", "The appliance whose disk drives and CD-ROM name their disks and "
                                + "ISO file as /disk/<id> and /file/<id>, without the ovf: prefix (early 1.0 "
                                + "style); a consumer may accept it (then attaching the same disks) or refuse it",
                        List.of("OVF-HW-013"), ValidPackages.applianceChoices(),
                        PackageAssembler.assemble(appliance.withDescriptor(d -> d
                                .replace(">ovf:/disk/", ">/disk/").replace(">ovf:/file/", ">/file/")))),
                lenient("bzip2-compressed", "The compressed-chunked package with its system disk file compressed "
                                + "with bzip2 (ovf:compression=\"bzip2\", named by the envelope schema's "
                                + "documentation but not by the clause text); a consumer may deploy it (then with "
                                + "the right digests) or refuse the compression with a reason",
                        List.of("OVF-REF-010"), DeployChoices.accepting(),
                        PackageAssembler.assemble(storage.withFile("system.img", bzip2(system))
                                .withDescriptor(d -> TextEdits.replaceOnce(d, "ovf:compression=\"gzip\"",
                                        "ovf:compression=\"bzip2\"")))));
    }

    private static PackagePlan lenient(String name, String description, List<String> ids, DeployChoices choices,
                                       AssembledPackage content) {
        return new PackagePlan(name, description, ids, choices, CorpusPackage.Expectation.DEPLOY_OR_REFUSE, false,
                content);
    }

    static byte[] bzip2(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (BZip2CompressorOutputStream bzip2 = new BZip2CompressorOutputStream(out)) {
            bzip2.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException("bzip2 in memory failed", e);
        }
        return out.toByteArray();
    }
}
