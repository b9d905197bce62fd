package org.vcmtck.features.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.testng.annotations.AfterClass;
import org.testng.annotations.Test;
import org.vcmtck.features.fixtures.SuiteRun;

/**
 * The CIMI features give the same verdict per requirement whether the reference runs inside the suite's JVM (the
 * built-in target) or as its own process reached only through the endpoint in a target file — the way a vendor's
 * product is checked. A difference would mean the features lean on something the in-process target gives them
 * besides the protocol.
 */
public class CimiSocketParityTest {
    private static final String LAUNCHER = "org.vcmtck.simulator.launcher.Launcher";
    private static final long SEED = 7;
    private static final String PASSWORD = "parity-" + Long.toHexString(new java.security.SecureRandom().nextLong());

    private Process launcher;

    @AfterClass(alwaysRun = true)
    public void stopLauncher() throws InterruptedException {
        if (launcher != null) {
            launcher.descendants().forEach(ProcessHandle::destroy);
            launcher.destroy();
            launcher.waitFor();
        }
    }

    @Test
    public void sameCimiVerdictsOnALauncherSocketAsInProcess() throws Exception {
        Path work = Files.createTempDirectory("vcmtck-parity");
        Path endpoints = work.resolve("endpoints.json");
        // the built-in target protects its CIMI endpoint with a throw-away user; the launcher gets one too, so
        // that the authentication scenarios run on both sides
        Path users = Files.writeString(work.resolve("users.yaml"),
                "users:\n  - name: parity\n    password: \"" + PASSWORD + "\"\n");
        launcher = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"), LAUNCHER,
                "--seed", Long.toString(SEED), "--endpoints-file", endpoints.toString(),
                "--frontend-setting", "cimi.users=" + users, "--frontend-setting", "wbem.enabled=false")
                .redirectErrorStream(true).redirectOutput(work.resolve("launcher.log").toFile()).start();
        String cimi = waitForCimiEndpoint(endpoints, work.resolve("launcher.log"));

        Path inProcessTarget = Files.writeString(work.resolve("in-process.yaml"), """
                name: built-in reference, in process
                reference:
                  seed: %d
                claims:
                  standards: [DSP0263]
                  features: %s
                """.formatted(SEED, cimiFeatures()));
        Path socketTarget = Files.writeString(work.resolve("socket.yaml"), """
                name: reference launcher on its own socket
                endpoints:
                  cimi: %s
                credentials:
                  cimi: { user: parity, password: "%s" }
                claims:
                  standards: [DSP0263]
                  features: %s
                """.formatted(cimi, PASSWORD, cimiFeatures()));

        SuiteRun inProcess = SuiteRun.of(inProcessTarget, work.resolve("in-process"), Optional.empty());
        SuiteRun socket = SuiteRun.of(socketTarget, work.resolve("socket"), Optional.empty());

        assertThat(inProcess.exit()).as("in-process run; stderr:%n%s", inProcess.err()).isZero();
        assertThat(socket.exit()).as("socket run; stderr:%n%s", socket.err()).isZero();
        Map<String, String> expected = cimiStatuses(inProcess.report());
        assertThat(expected).as("CIMI requirements checked in process").containsValue("PASSED");
        assertThat(cimiStatuses(socket.report())).isEqualTo(expected);
    }

    /** Every optional CIMI feature of the catalogue, so both runs claim the same and nothing is gated away. */
    private static String cimiFeatures() throws IOException {
        List<String> ids = new ArrayList<>();
        try (var in = CimiSocketParityTest.class.getResourceAsStream(
                "/org/vcmtck/profiles/catalogue/dsp0263-cimi.yaml")) {
            assertThat(in).as("the CIMI catalogue on the class path").isNotNull();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String t = line.trim();
                if (t.startsWith("feature:")) {
                    String f = t.substring("feature:".length()).trim();
                    if (!ids.contains(f)) {
                        ids.add(f);
                    }
                }
            }
        }
        return ids.toString();
    }

    private static Map<String, String> cimiStatuses(JsonNode report) {
        Map<String, String> statuses = new TreeMap<>();
        for (JsonNode standard : report.path("standards")) {
            for (JsonNode requirement : standard.path("requirements")) {
                String id = requirement.path("id").asText();
                if (id.startsWith("CIMI-")) {
                    statuses.put(id, requirement.path("status").asText());
                }
            }
        }
        return statuses;
    }

    private String waitForCimiEndpoint(Path endpoints, Path log) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(endpoints)) {
                JsonNode cimi = new ObjectMapper().readTree(endpoints.toFile()).path("cimi");
                assertThat(cimi.isTextual()).as("a cimi endpoint in %s", endpoints).isTrue();
                return cimi.asText();
            }
            if (!launcher.isAlive()) {
                throw new AssertionError("the launcher exited with " + launcher.exitValue() + ":\n"
                        + Files.readString(log));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the launcher wrote no endpoints file within 60 s:\n" + Files.readString(log));
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
