package org.vcmtck.simulator.frontend;

import org.testng.annotations.Test;
import org.vcmtck.simulator.model.Datacenter;

import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public class FrontEndsTest {
    /** Publishes the options it was started with instead of listening anywhere. */
    private static final class Recording implements FrontEndProvider, FrontEnd {
        private final String kind;
        private final boolean fail;
        private final List<String> log;

        Recording(String kind, boolean fail, List<String> log) {
            this.kind = kind;
            this.fail = fail;
            this.log = log;
        }

        @Override
        public String kind() {
            return kind;
        }

        @Override
        public FrontEnd create() {
            return this;
        }

        @Override
        public Map<String, String> start(Datacenter dc, FrontEndOptions opts) throws IOException {
            log.add("start " + kind);
            if (fail) {
                throw new IOException("port taken");
            }
            return Map.of(kind, opts.bindAddress().getHostAddress() + ":" + opts.port() + " " + opts.settings());
        }

        @Override
        public void stop() {
            log.add("stop " + kind);
        }
    }

    @Test
    public void discoversTheProviderRegisteredAsAService() {
        List<FrontEndProvider> providers = FrontEnds.discover(getClass().getClassLoader());
        assertThat(providers).extracting(FrontEndProvider::kind)
                .containsExactlyInAnyOrder(ProbeFrontEndProvider.KIND, "cimi", "wbem");
    }

    @Test
    public void basePortNumbersFrontEndsInOrderAndSettingsArriveWithoutTheirPrefix() throws Exception {
        List<String> log = new ArrayList<>();
        FrontEnds started = FrontEnds.start(List.of(new Recording("a", false, log), new Recording("b", false, log)),
                new Datacenter(1), InetAddress.getLoopbackAddress(), 9000, Map.of("b.x", "1", "a.y", "2", "c.z", "3"));
        assertThat(started.endpoints()).containsExactly(Map.entry("a", "127.0.0.1:9000 {y=2}"),
                Map.entry("b", "127.0.0.1:9001 {x=1}"));
        started.stop();
        assertThat(log).containsExactly("start a", "start b", "stop b", "stop a");
    }

    @Test
    public void portZeroStaysEphemeralForEveryFrontEnd() throws Exception {
        FrontEnds started = FrontEnds.start(List.of(new Recording("a", false, new ArrayList<>()),
                new Recording("b", false, new ArrayList<>())), new Datacenter(1), InetAddress.getLoopbackAddress(), 0,
                Map.of());
        assertThat(started.endpoints().values()).allMatch(v -> v.startsWith("127.0.0.1:0 "));
    }

    @Test
    public void aFailingFrontEndStopsTheOnesAlreadyStarted() {
        List<String> log = new ArrayList<>();
        assertThatThrownBy(() -> FrontEnds.start(List.of(new Recording("a", false, log), new Recording("b", true, log)),
                new Datacenter(1), InetAddress.getLoopbackAddress(), 0, Map.of()))
                .isInstanceOf(FrontEndStartException.class)
                .hasMessageContaining("front end b")
                .hasMessageContaining("port taken");
        assertThat(log).containsExactly("start a", "start b", "stop b", "stop a");
    }

    @Test
    public void optionsDefaultToLoopbackAndRefuseImpossiblePorts() {
        FrontEndOptions defaults = new FrontEndOptions(null, 0, null);
        assertThat(defaults.bindAddress().isLoopbackAddress()).isTrue();
        assertThat(defaults.settings()).isEmpty();
        assertThatThrownBy(() -> new FrontEndOptions(null, 70_000, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("70000");
    }
}
