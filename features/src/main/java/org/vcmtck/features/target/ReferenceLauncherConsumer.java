package org.vcmtck.features.target;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vcmtck.assertions.ovf.consumer.DeployChoices;
import org.vcmtck.features.consumer.ConsumerFailure;
import org.vcmtck.features.consumer.DeployOutcome;
import org.vcmtck.features.consumer.OvfConsumer;
import org.vcmtck.profiles.target.ReferenceOptions;
import org.vcmtck.simulator.launcher.Launcher;

/**
 * The built-in reference as an OVF consumer, driven in this process through its launcher's {@code deploy} and
 * {@code systems} commands, exactly as an external tool is driven through its command line. Deploys accumulate
 * in a state file of the run's scratch folder, so the listing after a refused deploy can be compared with the one
 * before. The datacenter deployed into is built from the target's reference options (not the running reference's
 * own: the consumer checks only need somewhere to deploy). Calls are serialised: they share the state file.
 */
public final class ReferenceLauncherConsumer implements OvfConsumer {

    private static final String STATE_FILE = "consumer-state.json";

    private final ReferenceOptions options;
    private final Path stateFile;

    /** @param scratch a private folder of the run; the state file is kept there */
    public ReferenceLauncherConsumer(ReferenceOptions options, Path scratch) {
        this.options = options;
        this.stateFile = scratch.toAbsolutePath().resolve(STATE_FILE);
    }

    /** The launcher arguments of a deploy, for messages and for tests. */
    public List<String> deployArguments(Path pkg, DeployChoices choices, Path workDir) {
        List<String> args = new ArrayList<>(List.of("deploy", pkg.toAbsolutePath().toString(),
                "--state", stateFile.toString(), "--deploy-dir", workDir.toAbsolutePath().toString()));
        if (choices.acceptEula()) {
            args.add("--accept-eula");
        }
        for (Map.Entry<String, String> property : choices.properties().entrySet()) {
            args.add("--property");
            args.add(property.getKey() + "=" + property.getValue());
        }
        if (choices.deploymentOption() != null) {
            args.add("--deployment-option");
            args.add(choices.deploymentOption());
        }
        if (choices.powerOn()) {
            args.add("--power-on");
        }
        args.addAll(ReferenceTarget.modelArguments(options));
        return args;
    }

    @Override
    public synchronized DeployOutcome deploy(Path pkg, DeployChoices choices, Path workDir) {
        try {
            Files.createDirectories(stateFile.getParent());
            Files.createDirectories(workDir);
        } catch (IOException e) {
            throw new ConsumerFailure("cannot create the folders of a reference deploy (" + workDir + "): "
                    + e.getMessage(), e);
        }
        long start = System.nanoTime();
        Ran ran = launch(deployArguments(pkg, choices, workDir));
        return DeployOutcome.of(ran.exitCode(), false, ran.out(), ran.err(), workDir,
                Duration.ofNanos(System.nanoTime() - start));
    }

    @Override
    public synchronized Optional<List<String>> systems() {
        List<String> args = new ArrayList<>(List.of("systems", "--state", stateFile.toString()));
        args.addAll(ReferenceTarget.modelArguments(options));
        Ran ran = launch(args);
        if (ran.exitCode() != 0) {
            throw new ConsumerFailure("the reference could not list its systems (exit " + ran.exitCode() + ", "
                    + String.join(" ", args) + "): " + ran.err().strip());
        }
        return Optional.of(ran.out().lines().map(String::strip).filter(line -> line.startsWith("system ")).toList());
    }

    /** Where the datacenter the deploys go into is kept. */
    public Path stateFile() {
        return stateFile;
    }

    @Override
    public String describe() {
        return "the built-in reference's deploy command (state " + stateFile + ")";
    }

    private static Ran launch(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit;
        try (PrintWriter o = new PrintWriter(out, true); PrintWriter e = new PrintWriter(err, true)) {
            // no package ever comes from standard input here, so the launcher gets an empty one
            exit = Launcher.run(new ByteArrayInputStream(new byte[0]), o, e, args.toArray(String[]::new));
        }
        return new Ran(exit, out.toString(), err.toString());
    }

    private record Ran(int exitCode, String out, String err) {
    }
}
