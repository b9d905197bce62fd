package org.vcmtck.assertions.ovf.corpus;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vcmtck.assertions.ovf.consumer.DeployChoices;

/**
 * Writes the package whose two disk files a consumer must fetch from a web server: one sent as it is, one sent
 * with {@code Content-Encoding: gzip}. The manifest lists each file under its href with the digest of the file
 * itself, so a consumer that keeps the encoded bytes (or fetches nothing) cannot pass its own digest check.
 */
final class HostedPackages {

    static final String NAME = "hosted-files";
    static final String PLAIN = "hosted-system.img";
    static final String ENCODED = "hosted-data.img";

    private HostedPackages() {
    }

    static HostedPackage write(Path folder, URI base) throws IOException {
        if (!"http".equalsIgnoreCase(base.getScheme()) || !base.getPath().endsWith("/")) {
            throw new IllegalArgumentException("the files need an http base URL ending in '/', not " + base);
        }
        byte[] plain = PlaceholderBytes.of("hosted system disk image", 3000);
        // repetitive content, so gzip on the wire really changes the bytes a consumer receives
        byte[] encoded = PlaceholderBytes.of("hosted data disk image", 5000);
        String plainHref = base.resolve(PLAIN).toString();
        String encodedHref = base.resolve(ENCODED).toString();
        String descriptor = Descriptors.ENVELOPE_OPEN + """
                  <References>
                    <File ovf:id="system-image" ovf:href="%s" ovf:size="%d"/>
                    <File ovf:id="data-image" ovf:href="%s"/>
                  </References>
                  <DiskSection>
                    <Info>Virtual disks</Info>
                    <Disk ovf:diskId="system" ovf:fileRef="system-image" ovf:capacity="1" ovf:capacityAllocationUnits="byte * 2^30"/>
                    <Disk ovf:diskId="data" ovf:fileRef="data-image" ovf:capacity="1" ovf:capacityAllocationUnits="byte * 2^30"/>
                  </DiskSection>
                  <VirtualSystem ovf:id="corpus-hosted">
                    <Info>A system whose disk files are on a web server</Info>
                    <VirtualHardwareSection>
                      <Info>1 vCPU, 256 MB of memory, two disks</Info>
                """.formatted(plainHref, plain.length, encodedHref)
                + Descriptors.cpuItem("1") + Descriptors.memoryItem("2", 256, "") + Descriptors.ideController("3", 0)
                + Descriptors.diskItem("4", "system", "3", 0) + Descriptors.diskItem("5", "data", "3", 1) + """
                    </VirtualHardwareSection>
                  </VirtualSystem>
                </Envelope>
                """;
        byte[] descriptorBytes = descriptor.getBytes(StandardCharsets.UTF_8);
        byte[] manifest = ManifestStyle.SHA256.manifest(List.of(new Member(NAME + ".ovf", descriptorBytes),
                new Member(plainHref, plain), new Member(encodedHref, encoded)));
        Path directory = Files.createDirectories(folder.resolve(NAME));
        Path ovf = directory.resolve(NAME + ".ovf");
        Files.write(ovf, descriptorBytes);
        Files.write(directory.resolve(NAME + ".mf"), manifest);
        CorpusPackage pkg = new CorpusPackage(NAME, ovf, "A folder package whose two disk files are named by "
                + "absolute http URLs on a loopback web server (" + base + "), the second sent with Content-Encoding: "
                + "gzip and no ovf:compression; the manifest gives the digests of the files themselves. A consumer "
                + "may fetch them (then deploying with matching digests) or refuse such hrefs with a reason",
                List.of("OVF-REF-006", "OVF-REF-009"), DeployChoices.accepting(),
                CorpusPackage.Expectation.DEPLOY_OR_REFUSE, false);
        return new HostedPackage(pkg, Map.of(PLAIN, plain, ENCODED, encoded), Set.of(ENCODED));
    }
}
