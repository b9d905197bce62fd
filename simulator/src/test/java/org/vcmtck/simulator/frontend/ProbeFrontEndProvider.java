package org.vcmtck.simulator.frontend;

import org.vcmtck.simulator.model.Datacenter;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Test-only front end, registered through src/test/resources/META-INF/services: listens on the address and port
 * it is given (so tests can connect to what the launcher announces) and publishes one endpoint, "probe".
 * With the setting {@code enabled=false} it publishes nothing, which lets tests see a launcher without endpoints.
 */
public final class ProbeFrontEndProvider implements FrontEndProvider {
    public static final String KIND = "probe";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public FrontEnd create() {
        return new Probe();
    }

    static final class Probe implements FrontEnd {
        private ServerSocket socket;

        @Override
        public String kind() {
            return KIND;
        }

        @Override
        public Map<String, String> start(Datacenter dc, FrontEndOptions opts) throws IOException {
            if ("false".equals(opts.settings().get("enabled"))) {
                return Map.of();
            }
            socket = new ServerSocket(opts.port(), 50, opts.bindAddress());
            return Map.of(KIND, "http://" + opts.bindAddress().getHostAddress() + ":" + socket.getLocalPort() + "/"
                    + KIND + "?systems=" + dc.systems().size());
        }

        @Override
        public void stop() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // test fixture: nothing to recover
                }
            }
        }
    }
}
