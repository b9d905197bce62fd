package org.vcmtck.features.steps.ovf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.testng.annotations.Test;
import org.vcmtck.assertions.ovf.OvfDescriptor;

public class StartupOrderCheckTest {

    private static final String NS = "http://schemas.dmtf.org/ovf/envelope/2";

    private static List<StartupOrderCheck.Entry> entries() throws Exception {
        String xml = "<Envelope xmlns=\"" + NS + "\" xmlns:ovf=\"" + NS + "\"><References/>"
                + "<VirtualSystemCollection ovf:id=\"outer\"><Info>i</Info>"
                + "<StartupSection><Info>s</Info>"
                + "<Item ovf:id=\"web\" ovf:order=\"2\"/>"
                + "<Item ovf:id=\"db\" ovf:order=\"1\" ovf:startAction=\"powerOn\"/>"
                + "<Item ovf:id=\"cache\" ovf:order=\"1\"/>"
                + "<Item ovf:id=\"tools\" ovf:order=\"3\" ovf:startAction=\"none\"/>"
                + "</StartupSection>"
                + "<VirtualSystem ovf:id=\"web\"><Info>v</Info></VirtualSystem>"
                + "<VirtualSystemCollection ovf:id=\"inner\"><Info>i</Info>"
                + "<StartupSection><Info>s</Info><Item ovf:id=\"x\" ovf:order=\"5\"/><Item ovf:id=\"y\"/>"
                + "</StartupSection></VirtualSystemCollection>"
                + "</VirtualSystemCollection></Envelope>";
        return StartupOrderCheck.entries(OvfDescriptor.parse(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    public void entriesAreReadPerCollectionWithSchemaDefaults() throws Exception {
        List<StartupOrderCheck.Entry> entries = entries();

        assertThat(entries).extracting(StartupOrderCheck.Entry::entityId)
                .containsExactly("web", "db", "cache", "tools", "x", "y");
        assertThat(entries.get(0)).isEqualTo(new StartupOrderCheck.Entry("outer", "web", 2, "powerOn"));
        assertThat(entries.get(3).startsEntity()).isFalse();
        assertThat(entries.get(5)).isEqualTo(new StartupOrderCheck.Entry("inner", "y", 0, "powerOn"));
    }

    @Test
    public void ascendingOrderWithEqualOrdersInAnyOrderPasses() throws Exception {
        assertThat(StartupOrderCheck.violations(entries(), List.of("cache", "db", "web", "y", "x"))).isEmpty();
        // orders only bind within a collection: x (inner, 5) before db (outer, 1) is fine
        assertThat(StartupOrderCheck.violations(entries(), List.of("y", "x", "db", "cache", "web"))).isEmpty();
    }

    @Test
    public void aHigherOrderStartedFirstIsAViolation() throws Exception {
        List<String> problems = StartupOrderCheck.violations(entries(), List.of("web", "db", "cache"));

        assertThat(problems).hasSize(2).allMatch(p -> p.startsWith("OVF-SEC-006"));
        assertThat(problems.get(0)).contains("'web' (order 2) was started before 'db' (order 1)");
    }

    @Test
    public void startingAnEntityWhoseStartActionIsNoneIsAViolation() throws Exception {
        assertThat(StartupOrderCheck.violations(entries(), List.of("db", "cache", "web", "tools")))
                .singleElement().asString().contains("'tools'").contains("startAction=\"none\"");
    }
}
