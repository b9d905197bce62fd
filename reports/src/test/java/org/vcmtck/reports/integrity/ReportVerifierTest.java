package org.vcmtck.reports.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.testng.annotations.Test;

public class ReportVerifierTest {

    private static Verification verify(byte[] file) {
        return ReportVerifier.verify(file, Optional.empty());
    }

    private static byte[] replaceFirst(byte[] file, String from, String to) {
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        return text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to))
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    public void digestIsStableAcrossWritesOfTheSameReport() throws Exception {
        byte[] first = SealedReports.unsigned();
        byte[] second = SealedReports.unsigned();
        assertThat(second).isEqualTo(first);
        ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(first);
        assertThat(tree.at("/integrity/digest/value").asText())
                .isEqualTo(IntegrityMember.sha256Hex(IntegrityMember.protectedContent(tree)))
                .matches("[0-9a-f]{64}");
    }

    @Test
    public void untouchedReportIsValidAndSaysWhatWasChecked() {
        Verification result = verify(SealedReports.unsigned());
        assertThat(result).isInstanceOf(Verification.Valid.class);
        assertThat(result.checked()).anyMatch(line -> line.startsWith("digest: SHA-256"))
                .anyMatch(line -> line.startsWith("signature: none"))
                .anyMatch(line -> line.startsWith("layout:"));
    }

    @Test
    public void oneChangedByteAnywhereIsRefused() {
        byte[] file = SealedReports.unsigned();
        String text = new String(file, StandardCharsets.UTF_8);
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < file.length; i += 13) {
            positions.add(i);
        }
        int digest = text.indexOf("\"value\": \"") + "\"value\": \"".length();
        for (int i = digest; i < digest + 64; i++) {
            positions.add(i);
        }
        positions.add(text.indexOf("NOT_CONFORMANT"));
        positions.add(text.indexOf("JCS (RFC"));
        positions.add(file.length - 1);
        for (int position : positions) {
            for (byte replacement : replacementsFor(file[position])) {
                byte[] tampered = file.clone();
                tampered[position] = replacement;
                assertThat(verify(tampered)).as("byte %d changed from '%c' to '%c'", position, (char) file[position],
                        (char) replacement).isNotInstanceOf(Verification.Valid.class);
            }
        }
    }

    /** A look-alike (next character) and a whitespace byte, so both content and layout edits are tried. */
    private static byte[] replacementsFor(byte original) {
        byte next = (byte) (original == 'z' ? 'y' : original + 1);
        byte blank = (byte) (original == ' ' ? '\t' : ' ');
        return new byte[] {next, blank};
    }

    @Test
    public void changedValueWithItsOldDigestIsADigestMismatch() {
        Verification result = verify(replaceFirst(SealedReports.unsigned(), "\"NOT_CONFORMANT\"", "\"CONFORMANT\""));
        assertThat(result).isInstanceOfSatisfying(Verification.Tampered.class,
                t -> assertThat(t.how()).isEqualTo(Tampering.DIGEST_MISMATCH));
    }

    @Test
    public void whitespaceEditIsALayoutChange() {
        Verification result = verify(replaceFirst(SealedReports.unsigned(), "\n  \"", "\n   \""));
        assertThat(result).isInstanceOfSatisfying(Verification.Tampered.class,
                t -> assertThat(t.how()).isEqualTo(Tampering.LAYOUT_CHANGED));
    }

    @Test
    public void notJsonIsUnusable() {
        assertThat(verify("<html/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(Verification.Unusable.class, u -> assertThat(u.problem()).startsWith("not JSON"));
    }

    @Test
    public void duplicateMemberIsUnusable() {
        byte[] file = replaceFirst(SealedReports.unsigned(), "{\n", "{\n  \"verdict\": \"CONFORMANT\",\n");
        assertThat(verify(file)).isInstanceOf(Verification.Unusable.class);
    }

    @Test
    public void reportWithoutIntegrityMemberIsUnusable() {
        assertThat(verify("{\"formatVersion\": 1}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(Verification.Unusable.class,
                        u -> assertThat(u.problem()).contains("no 'integrity' member"));
    }
}
