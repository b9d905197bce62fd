package org.vcmtck.reports.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.testng.annotations.Test;
import org.vcmtck.profiles.Level;
import org.vcmtck.profiles.Requirement;
import org.vcmtck.profiles.Standard;
import org.vcmtck.reports.ConformanceReport;
import org.vcmtck.reports.Evidence;
import org.vcmtck.reports.EvidenceExcerpt;
import org.vcmtck.reports.Fixtures;
import org.vcmtck.reports.Outcome;
import org.vcmtck.reports.RequirementResult;
import org.vcmtck.reports.RequirementStatus;
import org.vcmtck.reports.ScenarioRef;
import org.vcmtck.reports.StandardResult;
import org.vcmtck.reports.StatusCounts;
import org.vcmtck.reports.Verdict;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

public class JunitXmlWriterTest {

    private static Document parse(ConformanceReport report) throws Exception {
        StringWriter out = new StringWriter();
        JunitXmlWriter.write(report, out);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(new InputSource(new StringReader(out.toString())));
    }

    private static Element suite(Document document, String name) {
        NodeList suites = document.getElementsByTagName("testsuite");
        for (int i = 0; i < suites.getLength(); i++) {
            Element suite = (Element) suites.item(i);
            if (suite.getAttribute("name").equals(name)) {
                return suite;
            }
        }
        throw new AssertionError("no testsuite " + name);
    }

    private static Element testcase(Element suite, String requirementId) {
        NodeList cases = suite.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element testcase = (Element) cases.item(i);
            if (testcase.getAttribute("name").startsWith(requirementId + ": ")) {
                return testcase;
            }
        }
        throw new AssertionError("no testcase for " + requirementId);
    }

    private static Optional<Element> child(Element parent, String name) {
        NodeList children = parent.getElementsByTagName(name);
        return children.getLength() == 0 ? Optional.empty() : Optional.of((Element) children.item(0));
    }

    @Test
    public void oneSuitePerStandardWithTheRightCounts() throws Exception {
        Document document = parse(Fixtures.report("failure.json",
                Fixtures.claims(Set.of("DSP0243", "DSP0263"), Set.of())));

        NodeList suites = document.getElementsByTagName("testsuite");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < suites.getLength(); i++) {
            names.add(((Element) suites.item(i)).getAttribute("name"));
        }
        assertThat(names).containsExactly("DSP0243", "DSP0263", "DSP0200");
        Element ovf = suite(document, "DSP0243");
        // OVF: PKG-001 failed, PKG-002 n/a, PKG-003 passed, OVA-001 n/a
        assertThat(ovf.getAttribute("tests")).isEqualTo("4");
        assertThat(ovf.getAttribute("failures")).isEqualTo("1");
        assertThat(ovf.getAttribute("skipped")).isEqualTo("2");
        assertThat(ovf.getElementsByTagName("testcase").getLength()).isEqualTo(4);
        Element cimi = suite(document, "DSP0263");
        assertThat(cimi.getAttribute("tests")).isEqualTo("3");
        assertThat(cimi.getAttribute("failures")).isEqualTo("0");
        assertThat(cimi.getAttribute("skipped")).isEqualTo("3");
        Element root = document.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("tests")).isEqualTo("8");
        assertThat(root.getAttribute("failures")).isEqualTo("1");
    }

    @Test
    public void testcasesCarryFailureOrSkippedWithTheDocumentedMessages() throws Exception {
        Document document = parse(Fixtures.report("failure.json",
                Fixtures.claims(Set.of("DSP0243", "DSP0263"), Set.of())));
        Element ovf = suite(document, "DSP0243");

        Element failed = testcase(ovf, "OVF-PKG-001");
        assertThat(failed.getAttribute("classname")).isEqualTo("DSP0243");
        assertThat(failed.getAttribute("name")).isEqualTo("OVF-PKG-001: A package has exactly one descriptor.");
        Element failure = child(failed, "failure").orElseThrow();
        assertThat(failure.getAttribute("message"))
                .isEqualTo("java.lang.AssertionError: [OVF-PKG-001] expected 1 descriptor but found 2");
        assertThat(failure.getTextContent()).contains("listing: a.ovf, b.ovf").contains("package.feature:5");

        Element passed = testcase(ovf, "OVF-PKG-003");
        assertThat(passed.getChildNodes().getLength()).isZero();
        assertThat(child(testcase(ovf, "OVF-PKG-002"), "skipped").orElseThrow().getAttribute("message"))
                .isEqualTo("not applicable");
        assertThat(child(testcase(suite(document, "DSP0263"), "CIMI-EP-001"), "skipped").orElseThrow()
                .getAttribute("message")).isEqualTo("not tested");
    }

    @Test
    public void controlCharactersInEvidenceStillGiveWellFormedXml() throws Exception {
        Requirement requirement = new Requirement("OVF-PKG-001", Level.MUST, "DSP0243", "DSP0243", "5.1",
                "Statement with <markup> & \"quotes\"", null, false);
        ScenarioRef ref = new ScenarioRef("a.feature", "colourful", 3, Outcome.FAILED);
        RequirementResult result = new RequirementResult(requirement, RequirementStatus.FAILED, "", List.of(ref),
                Optional.of(new EvidenceExcerpt(ref, "\u001b[31mexpected\u0000 red\u001b[0m",
                        List.of(new Evidence("bytes", "text/plain", "nul\u0000 and bell\u0007")))));
        StandardResult standard = new StandardResult(new Standard("DSP0243", "OVF", "OVF", "2", List.of(requirement)),
                Verdict.NOT_CONFORMANT, new StatusCounts(0, 1, 0, 0), java.util.Map.of(), List.of(result));
        ConformanceReport report = new ConformanceReport(Fixtures.runInfo(Fixtures.claims(Set.of("DSP0243"), Set.of())),
                Verdict.NOT_CONFORMANT, List.of(standard), new StatusCounts(0, 1, 0, 0), java.util.Map.of(),
                List.of(), List.of());

        Document document = parse(report);

        Element testcase = testcase(suite(document, "DSP0243"), "OVF-PKG-001");
        assertThat(testcase.getAttribute("name")).isEqualTo("OVF-PKG-001: Statement with <markup> & \"quotes\"");
        Element failure = child(testcase, "failure").orElseThrow();
        assertThat(failure.getAttribute("message")).isEqualTo("\uFFFD[31mexpected\uFFFD red\uFFFD[0m");
        assertThat(failure.getTextContent()).contains("nul\uFFFD and bell\uFFFD");
    }

    @Test
    public void xmlTextKeepsLegalCharactersAndSurrogatePairs() throws IOException {
        assertThat(XmlText.clean("tab\tnewline\n emoji \uD83D\uDE00")).isEqualTo("tab\tnewline\n emoji \uD83D\uDE00");
        assertThat(XmlText.clean("lone \uD800 surrogate")).isEqualTo("lone \uFFFD surrogate");
    }
}
