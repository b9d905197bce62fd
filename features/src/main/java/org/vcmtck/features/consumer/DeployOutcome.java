package org.vcmtck.features.consumer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one deploy did, as the consumer adapter protocol reports it.
 *
 * @param exitCode        the deploy command's exit code (-1 when it was stopped for taking too long)
 * @param deployed        exit code 0 and not timed out
 * @param stdout          standard output (cut at a size limit, which a final line then says)
 * @param stderr          standard error, where a refusal's reason is
 * @param deployedSystems names from the {@code deployed <name> <id>} lines
 * @param environments    entity id → ISO image of its OVF environment, resolved against the work directory
 * @param guestInfo       entity id → file holding the guestinfo.ovfEnv XML, resolved against the work directory
 * @param configuration   the deployment option in effect, when a {@code configuration <id>} line said so
 * @param started         entity ids from the {@code started <entityId> [<name>]} lines, in order (empty when the
 *                        consumer started nothing or does not report starts)
 * @param took            wall time of the deploy
 * @param timedOut        the command ran past the target's timeout and was stopped
 * @param details         the optional hardware, network and annotation lines
 */
public record DeployOutcome(int exitCode, boolean deployed, String stdout, String stderr, List<String> deployedSystems,
                            Map<String, Path> environments, Map<String, Path> guestInfo,
                            Optional<String> configuration, List<String> started, Duration took,
                            boolean timedOut, ReportedDetails details) {

    public DeployOutcome {
        stdout = stdout == null ? "" : stdout;
        stderr = stderr == null ? "" : stderr;
        deployedSystems = deployedSystems == null ? List.of() : List.copyOf(deployedSystems);
        environments = Collections.unmodifiableMap(new LinkedHashMap<>(environments == null ? Map.of() : environments));
        guestInfo = Collections.unmodifiableMap(new LinkedHashMap<>(guestInfo == null ? Map.of() : guestInfo));
        configuration = configuration == null ? Optional.empty() : configuration;
        started = started == null ? List.of() : List.copyOf(started);
        Objects.requireNonNull(took, "took");
        details = details == null ? ReportedDetails.NONE : details;
    }

    /** The outcome of a finished (or stopped) command, its output read by {@link ConsumerOutput}. */
    public static DeployOutcome of(int exitCode, boolean timedOut, String stdout, String stderr, Path workDir,
            Duration took) {
        ConsumerOutput output = ConsumerOutput.parse(stdout == null ? "" : stdout, workDir);
        return new DeployOutcome(exitCode, exitCode == 0 && !timedOut, stdout, stderr, output.deployedSystems(),
                output.environments(), output.guestInfo(), output.configuration(), output.started(), took, timedOut,
                output.details());
    }

    /** A short account for failure messages: how it ended and what it said on standard error. */
    public String summary() {
        String ending = timedOut ? "stopped after " + took.toSeconds() + " s (timeout)"
                : deployed ? "deployed (exit 0)" : "refused (exit " + exitCode + ")";
        String reason = stderr.strip();
        return ending + (reason.isEmpty() ? "" : ": " + reason);
    }
}
