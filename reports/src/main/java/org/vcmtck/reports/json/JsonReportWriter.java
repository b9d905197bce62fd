package org.vcmtck.reports.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.vcmtck.profiles.Level;
import org.vcmtck.profiles.Requirement;
import org.vcmtck.profiles.Standard;
import org.vcmtck.reports.ConformanceReport;
import org.vcmtck.reports.Evidence;
import org.vcmtck.reports.EvidenceExcerpt;
import org.vcmtck.reports.Outcome;
import org.vcmtck.reports.OvfPackageNote;
import org.vcmtck.reports.RequirementResult;
import org.vcmtck.reports.RunInfo;
import org.vcmtck.reports.ScenarioRef;
import org.vcmtck.reports.StandardResult;
import org.vcmtck.reports.StatusCounts;
import org.vcmtck.reports.integrity.CanonicalJson;
import org.vcmtck.reports.integrity.ReportSeal;
import org.vcmtck.reports.integrity.ReportSigner;

/**
 * Writes {@code report.json}. The document is built field by field rather than by serialising the records, so
 * its field names stay stable when the Java model changes; tools (CI gates, plugfest dashboards) read it.
 *
 * <p>Shape: {@code {formatVersion, run{…}, verdict, totals{passed, failed, notTested, notApplicable, total},
 * scenarioCounts{PASSED…}, standards[{id, title, family, version, claimed, verdict, counts, countsByLevel,
 * requirements[{id, level, standard, spec, section, statement, feature, unconfirmed, applies{observable,
 * unless[], reason} (only when the catalogue gives one), status, note,
 * scenarios[{featureUri, name, line, status}], evidence{scenario, errorMessage, items[{name, mediaType,
 * text}]}}]}], unknownTags[], untracedScenarios[], ovfPackages[{location, form, portability{level,
 * requirement, reasons[]}}]}}. Statuses and verdicts are the enum names; times are ISO-8601. {@code ovfPackages}
 * is always present (empty when the run examined no package); its {@code level} is 1–3 or null when the package
 * could not be classified, and it is informative only: no verdict or count depends on it.
 *
 * <p>The written file also carries {@code integrity{canonicalization, digest{algorithm, value}, signature?{format,
 * algorithm, value}}} (see {@code org.vcmtck.reports.integrity}); its members are written in sorted order. The
 * published JSON Schema is the resource {@link #SCHEMA_RESOURCE}.
 */
public final class JsonReportWriter {

    /** Bumped when a field is renamed or removed, so readers can tell. */
    public static final int FORMAT_VERSION = 1;

    /** Class-path location of the JSON Schema (draft 2020-12) of report.json. */
    public static final String SCHEMA_RESOURCE = "/org/vcmtck/reports/report.schema.json";

    /** Only builds the tree; the bytes are laid out by {@link CanonicalJson}. */
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonReportWriter() {
    }

    public static void write(ConformanceReport report, Path file) throws IOException {
        write(report, file, Optional.empty());
    }

    /** Writes the report sealed with its digest, and signed when a signer is given. */
    public static void write(ConformanceReport report, Path file, Optional<ReportSigner> signer) throws IOException {
        Files.write(file, sealedBytes(report, signer));
    }

    public static void write(ConformanceReport report, Writer out) throws IOException {
        out.write(new String(sealedBytes(report, Optional.empty()), StandardCharsets.UTF_8));
        out.flush();
    }

    /**
     * The file's bytes: the report with its {@code integrity} member, laid out canonically (sorted members, fixed
     * indentation, "\n" line ends), so {@code verify-report} can refuse any changed byte, whitespace included.
     */
    public static byte[] sealedBytes(ConformanceReport report, Optional<ReportSigner> signer) {
        return CanonicalJson.pretty(ReportSeal.seal(toTree(report), signer));
    }

    /** The report as a JSON tree. */
    public static ObjectNode toTree(ConformanceReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.set("run", run(report.run()));
        root.put("verdict", report.verdict().name());
        root.set("totals", counts(report.totals()));
        ObjectNode scenarioCounts = root.putObject("scenarioCounts");
        for (Outcome outcome : Outcome.values()) {
            scenarioCounts.put(outcome.name(), report.scenarioCounts().get(outcome));
        }
        scenarioCounts.put("total", report.scenarioTotal());
        ArrayNode standards = root.putArray("standards");
        for (StandardResult standard : report.standards()) {
            standards.add(standard(standard, report.run()));
        }
        ArrayNode unknown = root.putArray("unknownTags");
        report.unknownTags().forEach(unknown::add);
        ArrayNode untraced = root.putArray("untracedScenarios");
        report.untracedScenarios().forEach(ref -> untraced.add(scenario(ref)));
        ArrayNode packages = root.putArray("ovfPackages");
        report.ovfPackages().forEach(note -> packages.add(ovfPackage(note)));
        return root;
    }

    private static ObjectNode ovfPackage(OvfPackageNote note) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("location", note.location());
        node.put("form", note.form());
        ObjectNode portability = node.putObject("portability");
        if (note.portabilityLevel() == null) {
            portability.putNull("level");
        } else {
            portability.put("level", note.portabilityLevel().intValue());
        }
        portability.put("requirement", OvfPackageNote.REQUIREMENT_ID);
        ArrayNode reasons = portability.putArray("reasons");
        note.reasons().forEach(reasons::add);
        return node;
    }

    private static ObjectNode run(RunInfo run) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("targetName", run.targetName());
        node.put("targetDescription", run.targetDescription());
        node.put("builtInReference", run.builtInReference());
        ObjectNode claims = node.putObject("claims");
        ArrayNode standards = claims.putArray("standards");
        new TreeSet<>(run.claims().standards()).forEach(standards::add);
        ObjectNode versions = claims.putObject("versions");
        new TreeMap<>(run.claims().versions()).forEach(versions::put);
        ArrayNode features = claims.putArray("features");
        new TreeSet<>(run.claims().features()).forEach(features::add);
        node.set("profileRegistration", profileRegistration(run));
        node.put("suiteVersion", run.suiteVersion());
        node.put("gitCommit", run.gitCommit());
        node.put("tagExpression", run.tagExpression());
        if (run.seed() == null) {
            node.putNull("seed");
        } else {
            node.put("seed", run.seed());
        }
        ObjectNode options = node.putObject("simulatorOptions");
        run.simulatorOptions().forEach(options::put);
        node.put("started", time(run.started()));
        node.put("finished", time(run.finished()));
        if (run.duration().isPresent()) {
            node.put("durationMillis", run.duration().get().toMillis());
        } else {
            node.putNull("durationMillis");
        }
        return node;
    }

    /** What the target registers in its interop namespace, and where that disagrees with its declared claims. */
    private static ObjectNode profileRegistration(RunInfo run) {
        var discovery = run.profileDiscovery();
        ObjectNode node = MAPPER.createObjectNode();
        node.put("read", discovery.performed());
        node.put("interopNamespace", discovery.interopNamespace());
        if (!discovery.problem().isEmpty()) {
            node.put("problem", discovery.problem());
        }
        ArrayNode registered = node.putArray("registered");
        for (var profile : discovery.advertised()) {
            ObjectNode entry = registered.addObject();
            entry.put("registeredName", profile.name());
            entry.put("registeredVersion", profile.version());
            entry.put("registeredOrganization", profile.organization());
            String standard = discovery.registered().entrySet().stream()
                    .filter(e -> e.getValue().equals(profile)).map(java.util.Map.Entry::getKey).findFirst()
                    .orElse(null);
            entry.put("standard", standard);
        }
        ArrayNode declaredNotRegistered = node.putArray("claimedNotRegistered");
        discovery.declaredNotRegistered(run.declaredClaims()).forEach(declaredNotRegistered::add);
        ArrayNode registeredNotDeclared = node.putArray("registeredNotClaimed");
        discovery.registeredNotDeclared(run.declaredClaims()).forEach(registeredNotDeclared::add);
        ArrayNode findings = node.putArray("findings");
        run.profileFindings().forEach(findings::add);
        return node;
    }

    private static ObjectNode standard(StandardResult result, RunInfo run) {
        Standard standard = result.standard();
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", standard.id());
        node.put("title", standard.title());
        node.put("family", standard.family());
        node.put("version", standard.version());
        node.put("claimed", run.claims().claimsStandard(standard.id()));
        node.put("claimedVersion", run.claims().versions().get(standard.id()));
        node.put("verdict", result.verdict().name());
        node.set("counts", counts(result.counts()));
        ObjectNode byLevel = node.putObject("countsByLevel");
        for (Map.Entry<Level, StatusCounts> entry : result.countsByLevel().entrySet()) {
            byLevel.set(entry.getKey().name(), counts(entry.getValue()));
        }
        ArrayNode requirements = node.putArray("requirements");
        result.requirements().forEach(r -> requirements.add(requirement(r)));
        return node;
    }

    private static ObjectNode requirement(RequirementResult result) {
        Requirement requirement = result.requirement();
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", requirement.id());
        node.put("level", requirement.level().name());
        node.put("standard", requirement.standard());
        node.put("spec", requirement.spec());
        node.put("section", requirement.section());
        node.put("statement", requirement.statement());
        node.put("feature", requirement.feature());
        node.put("unconfirmed", requirement.unconfirmed());
        if (requirement.applicability().isPresent()) {
            ObjectNode applies = node.putObject("applies");
            applies.put("observable", requirement.applicability().get().observable());
            ArrayNode unless = applies.putArray("unless");
            requirement.applicability().get().unless().forEach(unless::add);
            applies.put("reason", requirement.applicability().get().reason());
        }
        node.put("status", result.status().name());
        node.put("note", result.note());
        ArrayNode scenarios = node.putArray("scenarios");
        result.scenarios().forEach(ref -> scenarios.add(scenario(ref)));
        if (result.evidence().isPresent()) {
            node.set("evidence", evidence(result.evidence().get()));
        } else {
            node.putNull("evidence");
        }
        return node;
    }

    private static ObjectNode evidence(EvidenceExcerpt excerpt) {
        ObjectNode node = MAPPER.createObjectNode();
        node.set("scenario", scenario(excerpt.scenario()));
        node.put("errorMessage", excerpt.errorMessage());
        ArrayNode items = node.putArray("items");
        for (Evidence evidence : excerpt.evidence()) {
            ObjectNode item = items.addObject();
            item.put("name", evidence.name());
            item.put("mediaType", evidence.mediaType());
            item.put("text", evidence.text());
        }
        return node;
    }

    private static ObjectNode scenario(ScenarioRef ref) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("featureUri", ref.featureUri());
        node.put("name", ref.name());
        node.put("line", ref.line());
        node.put("status", ref.status().name());
        return node;
    }

    private static ObjectNode counts(StatusCounts counts) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("passed", counts.passed());
        node.put("failed", counts.failed());
        node.put("notTested", counts.notTested());
        node.put("notApplicable", counts.notApplicable());
        node.put("total", counts.total());
        return node;
    }

    private static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
