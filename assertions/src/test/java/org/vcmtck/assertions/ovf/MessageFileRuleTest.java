package org.vcmtck.assertions.ovf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.testng.annotations.Test;

/**
 * OVF-I18N-005 on the package side: a Msg read from a file must name a File the package holds, and that file must
 * be plain UTF-8 text. Each broken variant (binary bytes, invalid UTF-8, a fileRef naming no File) is caught; a
 * package without such a Msg holds nothing to check.
 */
public class MessageFileRuleTest {

    private static final String DESCRIPTOR = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Envelope xmlns="http://schemas.dmtf.org/ovf/envelope/2" xmlns:ovf="http://schemas.dmtf.org/ovf/envelope/2">
              <References>
                <File ovf:id="notice" ovf:href="notice.txt"/>
              </References>
              <VirtualSystem ovf:id="vm">
                <Info>A system</Info>
              </VirtualSystem>
              <Strings xml:lang="de-DE">
                <Msg ovf:msgid="license" ovf:fileRef="REF"/>
              </Strings>
            </Envelope>
            """;

    private static RawOvfPackage write(String fileRef, byte[] notice) throws Exception {
        Path folder = Files.createTempDirectory("msgfile");
        TestPackages.directory(folder, List.of(
                Map.entry("app.ovf", DESCRIPTOR.replace("REF", fileRef).getBytes(StandardCharsets.UTF_8)),
                Map.entry("notice.txt", notice)));
        return OvfPackageReader.read(folder);
    }

    @Test
    public void aUtf8TextFilePasses() throws Exception {
        RawOvfPackage pkg = write("notice", "Nur für Tests.\r\nZweite Zeile\t– Ende\n".getBytes(StandardCharsets.UTF_8));
        assertThat(PackageSubject.MESSAGE_FILE.count(pkg)).isEqualTo(1);
        assertThat(PackageRules.messageFilesArePlainText(pkg)).isEmpty();
        OvfAssertions.assertThat(pkg).hasPlainTextMessageFiles();
    }

    @Test
    public void latin1BytesAreNotUtf8() throws Exception {
        RawOvfPackage pkg = write("notice", "Nur f\u00fcr Tests".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(PackageRules.messageFilesArePlainText(pkg)).singleElement().satisfies(v -> {
            assertThat(v.requirementId()).isEqualTo("OVF-I18N-005");
            assertThat(v.found()).contains("notice.txt").contains("0xFC");
        });
        assertThatThrownBy(() -> OvfAssertions.assertThat(pkg).hasPlainTextMessageFiles())
                .isInstanceOf(AssertionError.class).hasMessageContaining("OVF-I18N-005");
    }

    @Test
    public void binaryBytesAreNotPlainText() throws Exception {
        RawOvfPackage pkg = write("notice", new byte[] {'P', 'K', 3, 4, 0, 0});
        assertThat(PackageRules.messageFilesArePlainText(pkg)).singleElement()
                .satisfies(v -> assertThat(v.found()).contains("control character 0x03"));
    }

    @Test
    public void anOverlongFormAndATruncatedSequenceAreRefused() throws Exception {
        assertThat(PackageRules.messageFilesArePlainText(write("notice", new byte[] {'a', (byte) 0xC0, (byte) 0xAF})))
                .singleElement().satisfies(v -> assertThat(v.found()).contains("overlong"));
        assertThat(PackageRules.messageFilesArePlainText(write("notice", new byte[] {'a', (byte) 0xE2, (byte) 0x80})))
                .singleElement().satisfies(v -> assertThat(v.found()).contains("ends inside a UTF-8 sequence"));
    }

    @Test
    public void aFileRefNamingNoFileIsAViolation() throws Exception {
        RawOvfPackage pkg = write("eula", "text".getBytes(StandardCharsets.UTF_8));
        assertThat(PackageRules.messageFilesArePlainText(pkg)).singleElement()
                .satisfies(v -> assertThat(v.found()).contains("ovf:fileRef=\"eula\" with no such File"));
    }

    @Test
    public void aPackageWithoutFileMessagesHasNoSubject() throws Exception {
        Path folder = Files.createTempDirectory("msgfile");
        TestPackages.directory(folder, List.of(Map.entry("app.ovf", DESCRIPTOR
                .replace("<Msg ovf:msgid=\"license\" ovf:fileRef=\"REF\"/>", "<Msg ovf:msgid=\"license\">x</Msg>")
                .getBytes(StandardCharsets.UTF_8)), Map.entry("notice.txt", new byte[] {1})));
        assertThat(PackageSubject.MESSAGE_FILE.count(OvfPackageReader.read(folder))).isZero();
    }
}
