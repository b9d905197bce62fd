package org.vcmtck.assertions.ovf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.testng.SkipException;
import org.testng.annotations.Test;

/**
 * Independent oracle: ovftool's labelled descriptors (third-party data under {@code $vcmtck.shared.dir}, never
 * copied here). Every {@code Pos} descriptor must follow the descriptor rules and every {@code Neg} one must
 * break at least one, except where the reviewed expectation file says otherwise and why. The namespace rule
 * (OVF-ENV-001) is left out: most of the set uses VMware's pre-DMTF 0.9 namespace, which ovftool accepts.
 */
public class OvftoolOracleTest {

    private static final String EXPECTATIONS = "/oracle/ovftool-expectations.yaml";

    private static Path sharedData() {
        String shared = System.getProperty("vcmtck.shared.dir");
        if (shared == null) {
            throw new SkipException("vcmtck.shared.dir is not set; the third-party oracle data is not available");
        }
        return Path.of(shared, "data", "ovf");
    }

    static List<DescriptorRule> oracleRules() {
        return DescriptorRule.all().stream().filter(r -> r != DescriptorRule.ENVELOPE_NAMESPACE).toList();
    }

    /** What the descriptor rules say about one file: the violations, or why it could not be parsed. */
    static List<String> verdict(Path file) throws IOException {
        try {
            OvfDescriptor descriptor = OvfDescriptor.parse(Files.readAllBytes(file));
            return DescriptorRule.checkAll(descriptor, oracleRules()).stream().map(Violation::toString).toList();
        } catch (OvfDescriptor.DescriptorNotReadable e) {
            return List.of("[OVF-ENV-001] not well-formed: " + e.getMessage());
        }
    }

    private static Map<String, String> expectations() throws IOException {
        try (InputStream in = OvftoolOracleTest.class.getResourceAsStream(EXPECTATIONS)) {
            assertThat(in).as("expectation file %s", EXPECTATIONS).isNotNull();
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            Map<String, String> expected = new TreeMap<>();
            root.path("files").fields().forEachRemaining(entry -> {
                String value = entry.getValue().path("expected").asText();
                assertThat(value).as("expected value of %s", entry.getKey()).isIn("pass", "fail");
                assertThat(entry.getValue().path("reason").asText()).as("reason of %s", entry.getKey()).isNotBlank();
                expected.put(entry.getKey(), value);
            });
            return expected;
        }
    }

    @Test
    public void labelledDescriptorsAgreeWithTheReviewedExpectations() throws IOException {
        Path root = sharedData().resolve("ovftool-testfiles");
        if (!Files.isDirectory(root)) {
            throw new SkipException("no ovftool test files at " + root);
        }
        Map<String, String> overrides = expectations();
        List<String> disagreements = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".ovf")).sorted().toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                String label = name.contains("/Pos/") ? "pass" : name.contains("/Neg/") ? "fail" : null;
                if (label == null) {
                    continue;
                }
                seen.add(name);
                String expected = overrides.getOrDefault(name, label);
                List<String> violations = verdict(file);
                String actual = violations.isEmpty() ? "pass" : "fail";
                if (!actual.equals(expected)) {
                    disagreements.add(name + ": expected " + expected + ", rules say " + actual
                            + (violations.isEmpty() ? "" : " " + violations));
                }
            }
        }
        assertThat(seen).as("labelled descriptors found").hasSizeGreaterThan(100);
        assertThat(overrides.keySet()).as("expectation entries naming no labelled file").isSubsetOf(seen);
        assertThat(disagreements).as("disagreements with %s", EXPECTATIONS).isEmpty();
    }

    @Test
    public void realWorldCotDescriptorsAreReadWithoutExceptions() throws IOException {
        Path cot = sharedData().resolve("cot");
        if (!Files.isDirectory(cot)) {
            throw new SkipException("no COT descriptors at " + cot);
        }
        int read = 0;
        try (Stream<Path> files = Files.list(cot)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".ovf")).sorted().toList()) {
                List<String> violations = verdict(file);
                assertThat(violations).as("verdict on %s", file).isNotNull();
                read++;
            }
        }
        assertThat(read).isGreaterThanOrEqualTo(5);
        // the deliberately broken COT descriptor is caught by something
        assertThat(verdict(cot.resolve("invalid.ovf"))).isNotEmpty();
    }
}
