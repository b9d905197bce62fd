package org.vcmtck.features.target;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.vcmtck.simulator.launcher.Launcher;

/**
 * The built-in reference's {@code export} command over the datacenter its deploy command fills (the state file of
 * {@link ReferenceLauncherConsumer}), so a package deployed in a scenario can be seen exported again.
 */
public final class ReferenceLauncherProducer implements OvfProducer {

    private final ReferenceLauncherConsumer consumer;

    public ReferenceLauncherProducer(ReferenceLauncherConsumer consumer) {
        this.consumer = consumer;
    }

    @Override
    public List<Path> export(Path scratch) {
        Path out;
        try {
            Files.createDirectories(scratch);
            out = Files.createTempDirectory(scratch, "reference-export-");
        } catch (IOException e) {
            throw new ProducerFailure("cannot make a folder for the reference's export: " + e.getMessage());
        }
        if (!Files.exists(consumer.stateFile())) {
            throw new ProducerFailure("nothing was deployed into the reference yet (no " + consumer.stateFile() + ")");
        }
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int exit;
        synchronized (consumer) {
            try (PrintWriter o = new PrintWriter(stdout, true); PrintWriter e = new PrintWriter(stderr, true)) {
                exit = Launcher.run(o, e, "export", "--all", "--format", "ova", "--ovf-version", "2.0",
                        "--state", consumer.stateFile().toString(), "--out", out.toString());
            }
        }
        if (exit != 0) {
            throw new ProducerFailure("the reference's export exited " + exit + ": " + stderr.toString().strip());
        }
        return stdout.toString().lines().filter(line -> line.startsWith("package "))
                .map(line -> Path.of(line.substring("package ".length()).strip())).toList();
    }

    @Override
    public String describe() {
        return "the built-in reference's export command (state " + consumer.stateFile() + ")";
    }
}
