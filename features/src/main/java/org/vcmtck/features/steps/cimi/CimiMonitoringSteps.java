package org.vcmtck.features.steps.cimi;

import static org.vcmtck.assertions.cimi.CimiAssertions.assertThatResource;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import java.util.Set;
import org.testng.SkipException;
import org.vcmtck.assertions.cimi.CimiDocument;

/**
 * Checks of monitoring (CIMI-MON-001 Meters, CIMI-MON-002 EventLogs and Events): read through the meters and event
 * log a machine the consumer created refers to. Both are optional: a Cloud Entry Point without meters or
 * eventLogs leaves the scenario not tested.
 */
public class CimiMonitoringSteps {
    private static final String METERS = "CIMI-MON-001";
    private static final String LOGS = "CIMI-MON-002";
    /** The event types DSP0263 names. */
    private static final Set<String> EVENT_TYPES = Set.of("state", "alarm", "model", "access");

    private final CimiContext cimi;
    private String machineId;
    private List<CimiDocument> meters;
    private CimiDocument eventLog;

    public CimiMonitoringSteps(CimiContext cimi) {
        this.cimi = cimi;
    }

    @Given("a machine the consumer created to monitor, when the provider offers {word}")
    public void aMachineToMonitor(String collection) {
        cimi.collectionHref(collection);
        machineId = cimi.createSettledMachine();
    }

    @When("the consumer reads the meters that machine references")
    public void theConsumerReadsTheMeters() {
        CimiDocument machine = cimi.readMachine(machineId);
        String href = machine.href("meters").orElseThrow(() -> new AssertionError(
                "[CIMI-MACH-001] machine " + machineId + " has no meters reference although meters are offered"));
        meters = read(href).entries("meters", "Meter");
        if (meters.isEmpty()) {
            throw new SkipException("machine " + machineId + " has no meter to examine");
        }
    }

    @Then("each meter has its units, sample interval, aggregation and timestamped samples")
    public void eachMeterIsWellFormed() {
        for (CimiDocument listed : meters) {
            String id = listed.text("id").orElseThrow(() -> new AssertionError(
                    "[CIMI-COM-001] a meter of machine " + machineId + " has no id"));
            CimiDocument meter = read(id);
            assertThatResource(meter).isOfType(METERS, "Meter").hasAttribute(METERS, "units")
                    .hasIntegerAttribute(METERS, "sampleInterval").hasAttribute(METERS, "aggregationType");
            List<CimiDocument> samples = meter.entries("samples", "Sample");
            if (samples.isEmpty()) {
                throw new AssertionError("[" + METERS + "] meter " + id + " has no samples");
            }
            for (CimiDocument sample : samples) {
                assertThatResource(sample).hasAttribute(METERS, "timestamp").hasAttribute(METERS, "value");
            }
            meter.href("meterConfig").ifPresent(config -> assertThatResource(read(config))
                    .isOfType(METERS, "MeterConfiguration").hasAttribute(METERS, "units"));
        }
    }

    @Then("each meter template of the provider, if it offers them, is a MeterTemplate")
    public void eachMeterTemplateIsWellFormed() {
        if (cimi.entryPoint().href("meterTemplates").isEmpty()) {
            // meter templates are optional beside meters: nothing more to check, the meters were
            return;
        }
        for (CimiDocument t : cimi.readCollection("meterTemplates").entries("meterTemplates", "MeterTemplate")) {
            assertThatResource(read(t.text("id").orElseThrow(() -> new AssertionError(
                    "[CIMI-COM-001] a meter template has no id")))).isOfType(METERS, "MeterTemplate");
        }
    }

    @When("the consumer reads the event log that machine references")
    public void theConsumerReadsTheEventLog() {
        CimiDocument machine = cimi.readMachine(machineId);
        String href = machine.href("eventLog").orElseThrow(() -> new AssertionError("[CIMI-MACH-001] machine "
                + machineId + " has no eventLog reference although event logs are offered"));
        eventLog = read(href);
    }

    @Then("that event log targets the machine and has its events, persistence and summary")
    public void theEventLogIsWellFormed() {
        assertThatResource(eventLog).isOfType(LOGS, "EventLog").hasAttribute(LOGS, "persistence")
                .hasAttribute(LOGS, "summary");
        if (!eventLog.href("targetResource").orElse("").equals(machineId)) {
            throw new AssertionError("[" + LOGS + "] the event log of machine " + machineId + " targets "
                    + eventLog.href("targetResource").orElse("nothing"));
        }
        if (eventLog.href("events").isEmpty()) {
            throw new AssertionError("[" + LOGS + "] event log " + eventLog.describe() + " has no events reference");
        }
    }

    @Then("each of its events has a timestamp, a type, content, an outcome and a severity")
    public void eachEventIsWellFormed() {
        List<CimiDocument> events = read(eventLog.href("events").orElseThrow()).entries("events", "Event");
        if (events.isEmpty()) {
            throw new AssertionError("[" + LOGS + "] the event log of machine " + machineId
                    + " has no event although the machine was just created");
        }
        for (CimiDocument event : events) {
            assertThatResource(event).isOfType(LOGS, "Event").hasAttribute(LOGS, "timestamp")
                    .hasAttributeIn(LOGS, "type", EVENT_TYPES).hasAttribute(LOGS, "content")
                    .hasAttribute(LOGS, "outcome").hasAttribute(LOGS, "severity");
        }
    }

    private CimiDocument read(String url) {
        CimiExchange exchange = cimi.http().get(url, cimi.format());
        CimiContext.expectStatus(exchange, "CIMI-HTTP-002", Set.of(200));
        return exchange.document();
    }
}
