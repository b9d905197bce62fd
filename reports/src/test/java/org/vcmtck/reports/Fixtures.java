package org.vcmtck.reports;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vcmtck.profiles.Catalogue;
import org.vcmtck.profiles.target.Claims;

/** The test catalogue, the recorded runs and small builders for the report tests. */
public final class Fixtures {

    public static final Instant STARTED = Instant.parse("2025-03-01T10:00:00Z");
    public static final Instant FINISHED = Instant.parse("2025-03-01T10:01:05Z");

    private Fixtures() {
    }

    public static Path resource(String name) {
        URL url = Fixtures.class.getResource("/" + name);
        if (url == null) {
            throw new IllegalStateException("test resource " + name + " is missing");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Three standards: DSP0243 (OVF, features ova and ovf-manifest), DSP0263 (CIMI), DSP0200 (WBEM). */
    public static Catalogue catalogue() {
        return Catalogue.load(resource("catalogue/index.yaml"));
    }

    public static Path run(String file) {
        return resource("runs/" + file);
    }

    public static Claims claims(Set<String> standards, Set<String> features) {
        return new Claims(standards, Map.of(), features);
    }

    public static RunInfo runInfo(Claims claims) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("launcher arguments", "--seed 7 --hosts 2");
        return new RunInfo("Acme <Virtual> Center", "lab build 1234", false, claims, "0.1.0-TEST", "abc1234",
                "not @reference-only", 7L, options, STARTED, FINISHED);
    }

    public static ConformanceReport report(String runFile, Claims claims) {
        return ReportBuilder.build(catalogue(), runInfo(claims), CucumberJsonReader.read(run(runFile)));
    }

    /** An outcome with the given tags and status and nothing else worth noting. */
    public static ScenarioOutcome scenario(String name, Outcome status, String... tags) {
        return new ScenarioOutcome("classpath:test.feature", "Test feature", name, 1, List.of(tags), status, 0,
                status == Outcome.FAILED ? "boom: " + name : "", List.of());
    }
}
