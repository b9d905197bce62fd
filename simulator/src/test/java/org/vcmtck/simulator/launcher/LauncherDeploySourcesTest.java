package org.vcmtck.simulator.launcher;

import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;
import org.vcmtck.simulator.ovf.LoopbackServer;
import org.vcmtck.simulator.ovf.sign.SelfSignedCertificates;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code deploy} from an http URL, and {@code --trust-anchor} deciding whether a signed package is trusted. */
public class LauncherDeploySourcesTest extends LauncherTestSupport {
    private Path signedOva;
    private SelfSignedCertificates.Generated signer;
    private SelfSignedCertificates.Generated stranger;

    @BeforeClass
    public void createPackages() throws IOException {
        dir = Files.createTempDirectory("launcher-deploy-sources-test");
        Instant yesterday = Instant.now().minus(Duration.ofDays(1));
        signer = SelfSignedCertificates.generate(dir.resolve("signer"), "Package signer", yesterday);
        stranger = SelfSignedCertificates.generate(dir.resolve("stranger"), "Someone else", yesterday);
        Result export = run("export", "--system", "guest-2", "--seed", "5", "--out", dir.resolve("pkg").toString(),
                "--sign", signer.keyFile().toString(), "--cert", signer.certificateFile().toString());
        assertThat(export.exit()).as(export.err()).isZero();
        signedOva = dir.resolve("pkg").resolve("guest-2.ova");
    }

    @Test
    public void deploysAnOvaServedOverHttp() throws Exception {
        try (LoopbackServer server = new LoopbackServer()) {
            server.serve("/appliances/guest-2.ova", Files.readAllBytes(signedOva));
            Result r = run("deploy", server.uri("/appliances/guest-2.ova").toString(), "--hosts", "1", "--vms", "0");
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.outLines()).anySatisfy(l -> assertThat(l).startsWith("deployed guest-2 "));
        }
    }

    @Test
    public void aMissingUrlIsRefusedNamingTheUrlAndStatus() throws Exception {
        try (LoopbackServer server = new LoopbackServer()) {
            String url = server.uri("/nothing-here.ova").toString();
            Result r = run("deploy", url, "--hosts", "1", "--vms", "0");
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err()).contains(url).contains("404");
        }
    }

    @Test
    public void aSignerLeadingToTheTrustAnchorIsDeployed() {
        Result r = run("deploy", signedOva.toString(), "--trust-anchor", signer.certificateFile().toString(),
                "--hosts", "1", "--vms", "0");
        assertThat(r.exit()).as(r.err()).isZero();
    }

    @Test
    public void aSignerNotLeadingToAnyTrustAnchorIsRefused() {
        Result r = run("deploy", signedOva.toString(), "--trust-anchor", stranger.certificateFile().toString(),
                "--hosts", "1", "--vms", "0");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("OVF-CERT-004").contains("Package signer");
    }

    @Test
    public void anUnreadableTrustAnchorIsAUsageError() throws IOException {
        Path bogus = Files.writeString(dir.resolve("bogus.pem"), "not a certificate\n");
        Result r = run("deploy", signedOva.toString(), "--trust-anchor", bogus.toString(), "--hosts", "1",
                "--vms", "0");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--trust-anchor").contains("bogus.pem");
    }
}
