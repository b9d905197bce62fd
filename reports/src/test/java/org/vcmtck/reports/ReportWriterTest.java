package org.vcmtck.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.testng.annotations.Test;

public class ReportWriterTest {

    @Test
    public void writesTheThreeFilesIntoAFolderItCreates() throws IOException {
        Path outDir = Files.createTempDirectory("reports").resolve("nested/out");
        ConformanceReport report = Fixtures.report("passing.json", Fixtures.claims(Set.of("DSP0243"), Set.of()));

        List<Path> written = ReportWriter.writeAll(report, outDir);

        assertThat(written).containsExactly(outDir.resolve("report.json"), outDir.resolve("report.html"),
                outDir.resolve("junit.xml"));
        assertThat(new ObjectMapper().readTree(outDir.resolve("report.json").toFile()).get("verdict").asText())
                .isEqualTo(report.verdict().name());
        assertThat(Files.readString(outDir.resolve("report.html"))).startsWith("<!DOCTYPE html>");
        assertThat(Files.readString(outDir.resolve("junit.xml"))).startsWith("<?xml").contains("<testsuites");
    }

    @Test
    public void unwritableFolderIsReportedWithItsPath() throws IOException {
        Path file = Files.createTempFile("not-a-folder", ".txt");
        ConformanceReport report = Fixtures.report("passing.json", Fixtures.claims(Set.of(), Set.of()));

        assertThatThrownBy(() -> ReportWriter.writeAll(report, file.resolve("out")))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining(file.toString());
    }
}
