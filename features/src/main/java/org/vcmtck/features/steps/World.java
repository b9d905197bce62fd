package org.vcmtck.features.steps;

import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.vcmtck.features.target.ActiveTarget;
import org.vcmtck.features.target.TargetSession;

/**
 * Per-scenario state shared by the step classes (injected by PicoContainer): the target session, the running
 * scenario for attaching evidence, and a private scratch folder.
 */
public final class World {

    private Scenario scenario;
    private Path scratch;

    @Before(order = 0)
    public void begin(Scenario scenario) {
        this.scenario = scenario;
    }

    public TargetSession session() {
        return ActiveTarget.require();
    }

    /** Attaches text evidence to the scenario; the report shows it next to the requirement it decided. */
    public void evidence(String name, String text) {
        if (scenario != null) {
            scenario.attach(text, "text/plain", name);
        }
    }

    /** A folder of this scenario's own under the run's work folder. */
    public Path scratch() {
        if (scratch == null) {
            try {
                Path base = session().workDir();
                Files.createDirectories(base);
                scratch = Files.createTempDirectory(base, "scenario-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return scratch;
    }
}
