package org.vcmtck.reports.junit;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.vcmtck.reports.ConformanceReport;
import org.vcmtck.reports.Evidence;
import org.vcmtck.reports.EvidenceExcerpt;
import org.vcmtck.reports.RequirementResult;
import org.vcmtck.reports.RequirementStatus;
import org.vcmtck.reports.ScenarioRef;
import org.vcmtck.reports.StandardResult;
import org.vcmtck.reports.StatusCounts;

/**
 * Writes {@code junit.xml} so CI servers can show the run: one {@code testsuite} per standard, one
 * {@code testcase} per (non-INFO) requirement. Requirements that were not tested or are not applicable are
 * {@code skipped}, with the reason as message, so a CI server never shows them as passed.
 */
public final class JunitXmlWriter {

    private static final int MESSAGE_LIMIT = 300;

    private JunitXmlWriter() {
    }

    public static void write(ConformanceReport report, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(report, out);
        }
    }

    /** Writes UTF-8 XML to the writer (which must encode UTF-8 if it is a byte stream underneath). */
    public static void write(ConformanceReport report, Writer out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "VCM-TCK conformance: " + XmlText.clean(report.run().targetName()));
            writeCounts(xml, report.totals());
            xml.writeCharacters("\n");
            for (StandardResult standard : report.standards()) {
                writeSuite(xml, standard);
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
            out.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit XML report: " + e.getMessage(), e);
        }
    }

    private static void writeSuite(XMLStreamWriter xml, StandardResult standard) throws XMLStreamException {
        xml.writeCharacters("  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", standard.id());
        writeCounts(xml, standard.counts());
        xml.writeCharacters("\n    ");
        xml.writeStartElement("properties");
        writeProperty(xml, "title", standard.standard().title());
        writeProperty(xml, "verdict", standard.verdict().name());
        xml.writeEndElement();
        xml.writeCharacters("\n");
        for (RequirementResult requirement : standard.requirements()) {
            writeCase(xml, standard.id(), requirement);
        }
        xml.writeCharacters("  ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void writeCounts(XMLStreamWriter xml, StatusCounts counts) throws XMLStreamException {
        xml.writeAttribute("tests", Integer.toString(counts.total()));
        xml.writeAttribute("failures", Integer.toString(counts.failed()));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", Integer.toString(counts.notTested() + counts.notApplicable()));
    }

    private static void writeProperty(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", XmlText.clean(value));
    }

    private static void writeCase(XMLStreamWriter xml, String standardId, RequirementResult result)
            throws XMLStreamException {
        xml.writeCharacters("    ");
        boolean empty = result.status() == RequirementStatus.PASSED;
        if (empty) {
            xml.writeEmptyElement("testcase");
        } else {
            xml.writeStartElement("testcase");
        }
        xml.writeAttribute("classname", standardId);
        xml.writeAttribute("name", XmlText.clean(result.id() + ": " + result.requirement().statement()));
        switch (result.status()) {
            case PASSED -> { }
            case FAILED -> {
                xml.writeStartElement("failure");
                xml.writeAttribute("message", XmlText.clean(failureMessage(result)));
                xml.writeAttribute("type", "requirement failed");
                xml.writeCharacters(XmlText.clean(failureDetails(result)));
                xml.writeEndElement();
            }
            case NOT_TESTED -> skipped(xml, "not tested");
            case NOT_APPLICABLE -> skipped(xml, "not applicable");
        }
        if (!empty) {
            xml.writeEndElement();
        }
        xml.writeCharacters("\n");
    }

    private static void skipped(XMLStreamWriter xml, String message) throws XMLStreamException {
        xml.writeEmptyElement("skipped");
        xml.writeAttribute("message", message);
    }

    /** The first line of the deciding error message: CI servers show the message in one line. */
    private static String failureMessage(RequirementResult result) {
        String message = result.evidence().map(EvidenceExcerpt::errorMessage).orElse("").strip();
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline).strip();
        }
        if (message.isEmpty()) {
            return "requirement " + result.id() + " failed";
        }
        return message.length() > MESSAGE_LIMIT ? message.substring(0, MESSAGE_LIMIT) + "…" : message;
    }

    private static String failureDetails(RequirementResult result) {
        StringBuilder text = new StringBuilder();
        for (ScenarioRef scenario : result.scenarios()) {
            text.append(scenario.status().name()).append("  ").append(scenario.name())
                    .append("  (").append(scenario.location()).append(")\n");
        }
        if (!result.note().isEmpty()) {
            text.append(result.note()).append('\n');
        }
        result.evidence().ifPresent(excerpt -> {
            text.append("\nDeciding scenario: ").append(excerpt.scenario().name())
                    .append(" (").append(excerpt.scenario().location()).append(")\n");
            if (!excerpt.errorMessage().isEmpty()) {
                text.append(excerpt.errorMessage()).append('\n');
            }
            for (Evidence evidence : excerpt.evidence()) {
                text.append("\n--- ").append(evidence.name()).append(" (").append(evidence.mediaType())
                        .append(") ---\n").append(evidence.text()).append('\n');
            }
        });
        return text.toString();
    }
}
