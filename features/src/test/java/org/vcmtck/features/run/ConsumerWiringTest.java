package org.vcmtck.features.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.testng.annotations.Test;
import org.vcmtck.features.consumer.CommandConsumer;
import org.vcmtck.features.consumer.OvfConsumer;
import org.vcmtck.features.target.ReferenceLauncherConsumer;
import org.vcmtck.profiles.Catalogue;
import org.vcmtck.profiles.target.Claims;
import org.vcmtck.profiles.target.CommandTemplate;
import org.vcmtck.profiles.target.Endpoints;
import org.vcmtck.profiles.target.OvfConsumerCommand;
import org.vcmtck.profiles.target.ReferenceOptions;
import org.vcmtck.profiles.target.Target;
import org.vcmtck.profiles.target.TlsOptions;

/** Which OVF consumer a run hands to the scenarios. */
public class ConsumerWiringTest {

    private static final Path SCRATCH = Path.of("/scratch");

    private static Target target(Optional<ReferenceOptions> reference, Optional<OvfConsumerCommand> consumer) {
        return new Target("t", null, null, reference, Endpoints.none(), Map.of(), TlsOptions.defaults(),
                new Claims(Set.of("DSP0243"), Map.of(), Set.of()), consumer, null);
    }

    private static OvfConsumerCommand command() throws CommandTemplate.Problem {
        return new OvfConsumerCommand(CommandTemplate.parse(List.of("acme", "{package}"), Set.of("package")),
                null, null, null, null, Duration.ofSeconds(5));
    }

    @Test
    public void builtInReferenceDeploysThroughItsLauncher() {
        Optional<OvfConsumer> consumer = ConformanceRun.ovfConsumer(Target.builtInReference(Catalogue.loadDefault()),
                SCRATCH);

        assertThat(consumer).containsInstanceOf(ReferenceLauncherConsumer.class);
        assertThat(consumer.orElseThrow().describe()).contains(SCRATCH.resolve("consumer").toString());
    }

    @Test
    public void consumerSectionWinsEvenForTheReference() throws Exception {
        assertThat(ConformanceRun.ovfConsumer(target(Optional.empty(), Optional.of(command())), SCRATCH))
                .containsInstanceOf(CommandConsumer.class);
        assertThat(ConformanceRun.ovfConsumer(target(Optional.of(ReferenceOptions.defaults()),
                Optional.of(command())), SCRATCH)).containsInstanceOf(CommandConsumer.class);
    }

    @Test
    public void implementationWithoutConsumerSectionHasNone() {
        assertThat(ConformanceRun.ovfConsumer(target(Optional.empty(), Optional.empty()), SCRATCH)).isEmpty();
    }
}
