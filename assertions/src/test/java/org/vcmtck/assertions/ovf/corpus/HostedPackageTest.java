package org.vcmtck.assertions.ovf.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.testng.annotations.Test;

/**
 * The package whose Files are on a web server names them by absolute URLs below the base it was written for, and
 * its manifest gives the digests of the bytes the server is told to serve (the file itself, before any encoding).
 */
public class HostedPackageTest {

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    public void hrefsNameTheServerAndTheManifestDigestsTheServedFiles() throws Exception {
        Path folder = Files.createTempDirectory("hosted");
        HostedPackage hosted = OvfCorpus.hosted(folder, URI.create("http://127.0.0.1:4711/files/"));
        CorpusPackage pkg = hosted.pkg();
        assertThat(pkg.expectation()).isEqualTo(CorpusPackage.Expectation.DEPLOY_OR_REFUSE);
        assertThat(pkg.requirementIds()).containsExactly("OVF-REF-006", "OVF-REF-009");
        assertThat(pkg.isOva()).isFalse();
        String descriptor = Files.readString(pkg.path());
        assertThat(descriptor).contains("ovf:href=\"http://127.0.0.1:4711/files/hosted-system.img\" ovf:size=\"3000\"",
                "ovf:href=\"http://127.0.0.1:4711/files/hosted-data.img\"/>").doesNotContain("ovf:compression");
        assertThat(hosted.gzipEncoded()).containsExactly("hosted-data.img");
        String manifest = Files.readString(pkg.path().resolveSibling("hosted-files.mf"), StandardCharsets.US_ASCII);
        for (String name : hosted.served().keySet()) {
            assertThat(manifest).contains("SHA256(http://127.0.0.1:4711/files/" + name + ")= "
                    + sha256(hosted.served().get(name)));
        }
        assertThat(manifest).contains("SHA256(hosted-files.ovf)= " + sha256(Files.readAllBytes(pkg.path())));
    }

    @Test
    public void aBaseThatIsNoHttpFolderIsRefused() throws Exception {
        Path folder = Files.createTempDirectory("hosted");
        assertThatThrownBy(() -> OvfCorpus.hosted(folder, URI.create("http://127.0.0.1:4711/files")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ending in '/'");
        assertThatThrownBy(() -> OvfCorpus.hosted(folder, URI.create("file:///tmp/")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
