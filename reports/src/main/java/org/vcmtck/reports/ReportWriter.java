package org.vcmtck.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.vcmtck.reports.html.HtmlReportWriter;
import org.vcmtck.reports.integrity.ReportSigner;
import org.vcmtck.reports.json.JsonReportWriter;
import org.vcmtck.reports.junit.JunitXmlWriter;

/**
 * Writes the three report files into one folder. Each format's writer ({@link JsonReportWriter},
 * {@link HtmlReportWriter}, {@link JunitXmlWriter}) can also be used on its own.
 */
public final class ReportWriter {

    public static final String JSON_FILE = "report.json";
    public static final String HTML_FILE = "report.html";
    public static final String JUNIT_FILE = "junit.xml";

    private ReportWriter() {
    }

    /**
     * Writes {@code report.json}, {@code report.html} and {@code junit.xml} into {@code outDir}, creating it.
     *
     * @return the files written
     * @throws UncheckedIOException naming the file that could not be written
     */
    public static List<Path> writeAll(ConformanceReport report, Path outDir) {
        return writeAll(report, outDir, Optional.empty());
    }

    /** As {@link #writeAll(ConformanceReport, Path)}, signing {@code report.json} when a signer is given. */
    public static List<Path> writeAll(ConformanceReport report, Path outDir, Optional<ReportSigner> signer) {
        Path json = outDir.resolve(JSON_FILE);
        Path html = outDir.resolve(HTML_FILE);
        Path junit = outDir.resolve(JUNIT_FILE);
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the report folder " + outDir + ": " + e.getMessage(), e);
        }
        write(json, () -> JsonReportWriter.write(report, json, signer));
        write(html, () -> HtmlReportWriter.write(report, html));
        write(junit, () -> JunitXmlWriter.write(report, junit));
        return List.of(json, html, junit);
    }

    private interface FileWrite {
        void run() throws IOException;
    }

    private static void write(Path file, FileWrite write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report file " + file + ": " + e.getMessage(), e);
        }
    }
}
