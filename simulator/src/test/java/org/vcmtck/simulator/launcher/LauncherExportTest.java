package org.vcmtck.simulator.launcher;

import org.testng.annotations.Test;
import org.vcmtck.simulator.ovf.OvfVersion;
import org.vcmtck.simulator.ovf.descriptor.VirtualSystemCollectionEntity;
import org.vcmtck.simulator.ovf.pkg.OvfPackage;
import org.vcmtck.simulator.ovf.pkg.OvfPackageReader;
import org.vcmtck.simulator.ovf.sign.SelfSignedCertificates;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

public class LauncherExportTest extends LauncherTestSupport {

    @Test
    public void exportsOneSystemAsOvaByDefault() throws Exception {
        Path out = dir.resolve("one");
        Result r = run("export", "--system", "guest-2", "--seed", "5", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        Path ova = out.resolve("guest-2.ova");
        assertThat(r.out().lines().toList()).containsExactly("package " + ova);
        OvfPackage p = new OvfPackageReader().read(ova);
        assertThat(p.findings()).isEmpty();
        assertThat(p.descriptor().version()).isEqualTo(OvfVersion.V2_0);
        assertThat(p.descriptor().content().id()).isEqualTo("guest-2");
    }

    @Test
    public void exportsAllSystemsAsADirectoryPackage() throws Exception {
        Path out = dir.resolve("all");
        Result r = run("export", "--all", "--format", "dir", "--ovf-version", "1.1", "--hosts", "1", "--vms", "3",
                "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        Path ovf = out.resolve("datacenter.ovf");
        assertThat(r.out()).isEqualTo("package " + ovf + System.lineSeparator());
        assertThat(out.resolve("datacenter.mf")).exists();
        OvfPackage p = new OvfPackageReader().read(ovf);
        assertThat(p.findings()).isEmpty();
        assertThat(p.descriptor().version()).isEqualTo(OvfVersion.V1_1);
        assertThat(((VirtualSystemCollectionEntity) p.descriptor().content()).children()).hasSize(3);
    }

    @Test
    public void signsThePackageWithSignAndCert() throws Exception {
        SelfSignedCertificates.Generated id = SelfSignedCertificates.generate(dir.resolve("id"), "launcher",
                java.time.Instant.now());
        Path out = dir.resolve("signed");
        Result r = run("export", "--system", "guest-2", "--seed", "5", "--out", out.toString(),
                "--sign", id.keyFile().toString(), "--cert", id.certificateFile().toString());
        assertThat(r.exit()).as(r.err()).isZero();
        OvfPackage p = new OvfPackageReader().read(out.resolve("guest-2.ova"));
        assertThat(p.hasCertificate()).isTrue();
        assertThat(p.findings()).extracting(f -> f.requirementId() + " " + f.severity())
                .containsExactly("OVF-CERT-004 WARNING");
    }

    @Test
    public void signAndCertComeTogether() throws Exception {
        SelfSignedCertificates.Generated id = SelfSignedCertificates.generate(dir.resolve("id-half"), "half",
                java.time.Instant.now());
        Result onlyKey = run("export", "--all", "--out", dir.resolve("half1").toString(),
                "--sign", id.keyFile().toString());
        assertThat(onlyKey.exit()).isEqualTo(2);
        assertThat(onlyKey.err()).contains("--cert");
        Result onlyCert = run("export", "--all", "--out", dir.resolve("half2").toString(),
                "--cert", id.certificateFile().toString());
        assertThat(onlyCert.exit()).isEqualTo(2);
        assertThat(onlyCert.err()).contains("--sign");
        assertThat(dir.resolve("half1")).doesNotExist();
    }

    @Test
    public void aKeyThatDoesNotMatchTheCertificateIsAUsageError() throws Exception {
        SelfSignedCertificates.Generated a = SelfSignedCertificates.generate(dir.resolve("id-a"), "a",
                java.time.Instant.now());
        SelfSignedCertificates.Generated b = SelfSignedCertificates.generate(dir.resolve("id-b"), "b",
                java.time.Instant.now());
        Result r = run("export", "--all", "--out", dir.resolve("mismatch").toString(),
                "--sign", a.keyFile().toString(), "--cert", b.certificateFile().toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("the private key does not match the certificate")
                .contains(a.keyFile().toString());
        assertThat(dir.resolve("mismatch")).doesNotExist();

        Result unreadable = run("export", "--all", "--out", dir.resolve("mismatch").toString(),
                "--sign", b.certificateFile().toString(), "--cert", b.certificateFile().toString());
        assertThat(unreadable.exit()).isEqualTo(2);
        assertThat(unreadable.err()).contains(b.certificateFile().toString()).contains("private key");
    }

    @Test
    public void helpDocumentsSigning() {
        Result r = run("export", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("--sign=KEY").contains("--cert=CERT").contains("SHA256withRSA");
    }

    @Test
    public void exportsFromAStateFileWithoutWritingIt() throws Exception {
        Path state = dir.resolve("absent-state.json");
        Result r = run("export", "--all", "--state", state.toString(), "--out", dir.resolve("st").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(state).doesNotExist();
    }

    @Test
    public void unknownSystemIsAUsageErrorNamingIt() {
        Result r = run("export", "--system", "no-such-vm", "--out", dir.resolve("x").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no-such-vm");
        assertThat(r.out()).isEmpty();
    }

    @Test
    public void badOptionsAreUsageErrors() {
        assertThat(run("export", "--out", dir.toString()).exit()).isEqualTo(2);
        assertThat(run("export", "--system", "a", "--all", "--out", dir.toString()).exit()).isEqualTo(2);
        assertThat(run("export", "--all").exit()).isEqualTo(2);
        Result format = run("export", "--all", "--format", "zip", "--out", dir.toString());
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).contains("--format");
        Result version = run("export", "--all", "--ovf-version", "3.0", "--out", dir.toString());
        assertThat(version.exit()).isEqualTo(2);
        assertThat(version.err()).contains("--ovf-version");
        assertThat(run("export", "--all", "--inventory", "x.yaml", "--hosts", "2", "--out", dir.toString()).exit())
                .isEqualTo(2);
    }

    @Test
    public void helpDocumentsEveryExportOption() {
        Result help = run("export", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--system", "--all", "--format", "--ovf-version", "--out", "--inventory",
                "--hosts", "--vms", "--seed", "--state");
        for (OptionSpec option : new CommandLine(new ExportCommand()).getCommandSpec().options()) {
            assertThat(help.out()).contains(option.longestName());
            assertThat(String.join(" ", option.description())).as(option.longestName()).isNotBlank();
        }
        assertThat(run("--help").out()).contains("export");
    }

    @Test
    public void startRefusesTheExportCommand() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Launcher.start("export", "--all", "--out",
                        Paths.get("x").toString()))
                .isInstanceOf(LaunchException.class);
    }

    @Test
    public void servingOptionsStillParseWithoutASubcommand() {
        Result r = run("--exit-after-start", "--frontend-setting=probe.enabled=false");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(List.of(r.out().split("\\R"))).contains("ready");
    }

    @Test
    public void compressAndChunkSizeAreOptionsOfTheExport() throws Exception {
        Result help = run("export", "--help");
        assertThat(help.out()).contains("--compress").contains("--chunk-size=BYTES");
        Result zero = run("export", "--all", "--out", dir.resolve("zero").toString(), "--chunk-size", "0");
        assertThat(zero.exit()).isEqualTo(2);
        assertThat(zero.err()).contains("--chunk-size must be at least 1 byte, was 0");
        assertThat(dir.resolve("zero")).doesNotExist();
        Path out = dir.resolve("compressed");
        Result r = run("export", "--system", "guest-2", "--seed", "5", "--out", out.toString(), "--compress",
                "--chunk-size", "4096");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(new OvfPackageReader().read(out.resolve("guest-2.ova")).findings()).isEmpty();
    }
}
