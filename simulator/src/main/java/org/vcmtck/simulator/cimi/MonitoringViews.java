package org.vcmtck.simulator.cimi;

import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.Event;
import org.vcmtck.simulator.model.EventKind;
import org.vcmtck.simulator.model.MeterSample;
import org.vcmtck.simulator.model.VirtualSystem;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Meters and event logs of machines, read from the model: a machine has a cpu and a memory meter whose samples
 * are the model's workload samples of the last ticks, and an event log holding the model's events about it.
 * One model tick is shown as one second after the provider started.
 */
final class MonitoringViews {
    static final String METERS = "meters";
    static final String METER_TEMPLATES = "meterTemplates";
    static final String METER_CONFIGS = "meterConfigs";
    static final String EVENT_LOGS = "eventLogs";
    static final String EVENT_LOG_TEMPLATES = "eventLogTemplates";
    static final String EVENTS = "events";
    /** How many ticks of samples a meter shows, newest last. */
    static final int SAMPLES = 5;

    /** What a meter measures; its config and template share the kind's name. */
    enum Kind {
        CPU("cpu", "percent", "CPU use of the machine"),
        MEMORY("memory", "bytes", "memory used by the machine");

        final String key;
        final String units;
        final String description;

        Kind(String key, String units, String description) {
            this.key = key;
            this.units = units;
            this.description = description;
        }

        static Optional<Kind> of(String key) {
            for (Kind k : values()) {
                if (k.key.equals(key)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }

        long value(MeterSample s) {
            return this == CPU ? Math.round(s.cpuPercent()) : s.memoryUsedBytes();
        }
    }

    /** A meter: one kind on one machine; its id is "{systemId}-{kind}". */
    record Meter(VirtualSystem system, Kind kind) {
        String id() {
            return system.id() + "-" + kind.key;
        }
    }

    private final UriSpace uris;
    private final Datacenter dc;
    private final Instant started;

    MonitoringViews(UriSpace uris, Datacenter dc, Instant started) {
        this.uris = uris;
        this.dc = dc;
        this.started = started.truncatedTo(ChronoUnit.SECONDS);
    }

    private String at(long tick) {
        return started.plusSeconds(tick).toString();
    }

    Meter meter(String id) {
        int cut = id.lastIndexOf('-');
        if (cut > 0) {
            Optional<Kind> kind = Kind.of(id.substring(cut + 1));
            String systemId = id.substring(0, cut);
            Optional<VirtualSystem> system = dc.systems().stream().filter(s -> s.id().equals(systemId)).findFirst();
            if (kind.isPresent() && system.isPresent()) {
                return new Meter(system.get(), kind.get());
            }
        }
        throw CimiException.notFound("meter", id);
    }

    List<Meter> meters(VirtualSystem system) {
        return List.of(new Meter(system, Kind.CPU), new Meter(system, Kind.MEMORY));
    }

    CimiDocument meterDoc(Meter m) {
        String id = uris.member(METERS, m.id());
        long now = dc.clock().now();
        List<CimiDocument> samples = new ArrayList<>();
        for (long tick = Math.max(0, now - SAMPLES + 1); tick <= now; tick++) {
            MeterSample s = dc.sample(m.system().id(), tick);
            samples.add(CimiDocument.resource("Sample")
                    .put("timestamp", at(tick))
                    .put("value", m.kind().value(s))
                    .build());
        }
        return CimiDocument.resource("Meter")
                .put("id", id)
                .put("name", m.id())
                .put("description", m.kind().description)
                .put("created", started.toString())
                .put("state", "STARTED")
                .href("targetResource", uris.member(CimiViews.MACHINES, m.system().id()))
                .href("meterConfig", uris.member(METER_CONFIGS, m.kind().key))
                .put("units", m.kind().units)
                .put("sampleInterval", 1)
                .put("timeScope", "Point")
                .put("intervalDuration", 1)
                .put("isContinuous", true)
                .put("aggregationType", "average")
                .put("samples", new Entries("samples", samples))
                .build();
    }

    CimiDocument meters() {
        List<CimiDocument> members = dc.systems().stream().flatMap(s -> meters(s).stream()).map(this::meterDoc)
                .toList();
        return CollectionDocs.of(uris, "MeterCollection", METERS, members, List.of());
    }

    /** The meters of one machine, as the sub-collection its {@code meters} href names. */
    CimiDocument metersOf(VirtualSystem system) {
        List<CimiDocument> members = meters(system).stream().map(this::meterDoc).toList();
        return CimiDocument.collection("MeterCollection")
                .put("id", uris.member(CimiViews.MACHINES, system.id()) + "/" + METERS)
                .put("count", members.size())
                .put("entries", new Entries(METERS, members))
                .build();
    }

    CimiDocument meterConfig(Kind k) {
        return CimiDocument.resource("MeterConfiguration")
                .put("id", uris.member(METER_CONFIGS, k.key))
                .put("name", k.key)
                .put("description", k.description)
                .put("created", started.toString())
                .put("units", k.units)
                .put("sampleInterval", 1)
                .put("timeScope", "Point")
                .put("intervalDuration", 1)
                .put("isContinuous", true)
                .put("aggregationType", "average")
                .build();
    }

    CimiDocument meterTemplate(Kind k) {
        return CimiDocument.resource("MeterTemplate")
                .put("id", uris.member(METER_TEMPLATES, k.key))
                .put("name", k.key)
                .put("description", k.description)
                .put("created", started.toString())
                .href("meterConfig", uris.member(METER_CONFIGS, k.key))
                .build();
    }

    CimiDocument meterConfigs() {
        return CollectionDocs.of(uris, "MeterConfigurationCollection", METER_CONFIGS,
                List.of(Kind.values()).stream().map(this::meterConfig).toList(), List.of());
    }

    CimiDocument meterTemplates() {
        return CollectionDocs.of(uris, "MeterTemplateCollection", METER_TEMPLATES,
                List.of(Kind.values()).stream().map(this::meterTemplate).toList(), List.of());
    }

    static Kind kind(String key) {
        return Kind.of(key).orElseThrow(() -> CimiException.notFound("meter template or configuration", key));
    }

    // ---------------------------------------------------------------- event logs

    /** A machine's event log has the machine's id. */
    VirtualSystem logTarget(String id) {
        return dc.systems().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> CimiException.notFound("event log", id));
    }

    private List<Event> eventsOf(VirtualSystem system) {
        return dc.events().stream().filter(e -> system.id().equals(e.subjectId())).toList();
    }

    CimiDocument eventLog(VirtualSystem system) {
        String id = uris.member(EVENT_LOGS, system.id());
        List<Event> events = eventsOf(system);
        long failures = events.stream().filter(e -> severity(e.kind()).equals("medium")).count();
        return CimiDocument.resource("EventLog")
                .put("id", id)
                .put("name", system.name() + " events")
                .put("created", started.toString())
                .href("targetResource", uris.member(CimiViews.MACHINES, system.id()))
                .href(EVENTS, id + "/" + EVENTS)
                .put("persistence", "temporary")
                // the counts of the log's events by severity; it stands for the events it summarises
                .put("summary", CimiDocument.resource("EventLogSummary")
                        .put("id", id + "/" + EVENTS)
                        .put("low", events.size() - failures)
                        .put("medium", failures)
                        .put("high", 0L)
                        .put("critical", 0L)
                        .build())
                .build();
    }

    CimiDocument eventLogs() {
        return CollectionDocs.of(uris, "EventLogCollection", EVENT_LOGS,
                dc.systems().stream().map(this::eventLog).toList(), List.of());
    }

    CimiDocument event(VirtualSystem system, Event e) {
        return CimiDocument.resource("Event")
                .put("id", uris.member(EVENT_LOGS, system.id()) + "/" + EVENTS + "/" + e.sequence())
                .put("timestamp", at(e.tick()))
                .put("type", e.kind() == EventKind.STATE_CHANGED ? "state" : "model")
                .put("content", e.kind().name() + ": " + e.message())
                .put("outcome", e.kind() == EventKind.JOB_FAILED ? "Failure" : "Success")
                .put("severity", severity(e.kind()))
                .href("resource", uris.member(CimiViews.MACHINES, system.id()))
                .build();
    }

    private static String severity(EventKind kind) {
        return kind == EventKind.JOB_FAILED ? "medium" : "low";
    }

    CimiDocument events(VirtualSystem system) {
        List<CimiDocument> members = eventsOf(system).stream().map(e -> event(system, e)).toList();
        return CimiDocument.collection("EventCollection")
                .put("id", uris.member(EVENT_LOGS, system.id()) + "/" + EVENTS)
                .put("count", members.size())
                .put("entries", new Entries(EVENTS, members))
                .build();
    }

    CimiDocument event(VirtualSystem system, String sequence) {
        return eventsOf(system).stream().filter(e -> Long.toString(e.sequence()).equals(sequence)).findFirst()
                .map(e -> event(system, e))
                .orElseThrow(() -> CimiException.notFound("event", sequence));
    }

    CimiDocument eventLogTemplate() {
        return CimiDocument.resource("EventLogTemplate")
                .put("id", uris.member(EVENT_LOG_TEMPLATES, "machine-log"))
                .put("name", "machine-log")
                .put("description", "the log every machine gets: the model's events about it, kept in memory")
                .put("created", started.toString())
                .put("persistence", "temporary")
                .build();
    }

    CimiDocument eventLogTemplates() {
        return CollectionDocs.of(uris, "EventLogTemplateCollection", EVENT_LOG_TEMPLATES,
                List.of(eventLogTemplate()), List.of());
    }
}
