package org.vcmtck.features.run;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestRunFinished;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cucumber plugin feeding a run's {@link ProgressDisplay} ({@code org.vcmtck.features.run.ProgressPlugin:KEY}).
 * Cucumber builds plugins from their class name and a string, so the display is handed over through a key the run
 * registers for its own duration ({@link #attach}) and withdraws afterwards.
 */
public final class ProgressPlugin implements ConcurrentEventListener {

    private static final Map<String, ProgressDisplay> DISPLAYS = new ConcurrentHashMap<>();

    private final String key;

    public ProgressPlugin(String key) {
        this.key = key;
    }

    /** A registered display: its {@link #pluginSpec()} goes into the Cucumber plugin list; closing withdraws it. */
    public record Attachment(String key) implements AutoCloseable {

        public String pluginSpec() {
            return ProgressPlugin.class.getName() + ":" + key;
        }

        @Override
        public void close() {
            DISPLAYS.remove(key);
        }
    }

    public static Attachment attach(ProgressDisplay display) {
        String key = UUID.randomUUID().toString();
        DISPLAYS.put(key, display);
        return new Attachment(key);
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestCaseStarted.class, event -> display().ifPresent(
                d -> d.scenarioStarted(String.valueOf(event.getTestCase().getUri()))));
        publisher.registerHandlerFor(TestCaseFinished.class, event -> display().ifPresent(
                d -> d.scenarioFinished(String.valueOf(event.getTestCase().getUri()), event.getTestCase().getName(),
                        event.getResult().getStatus().name())));
        publisher.registerHandlerFor(TestRunFinished.class, event -> display().ifPresent(ProgressDisplay::runFinished));
    }

    private Optional<ProgressDisplay> display() {
        return Optional.ofNullable(DISPLAYS.get(key));
    }
}
