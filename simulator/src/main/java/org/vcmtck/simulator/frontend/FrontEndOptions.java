package org.vcmtck.simulator.frontend;

import java.net.InetAddress;
import java.util.Map;

/**
 * Where and how a front end serves: {@code bindAddress} (loopback by default), {@code port} (0 = an ephemeral
 * port chosen by the system) and free-form {@code settings} given with {@code --frontend-setting KIND.KEY=VALUE}
 * (keys arrive without the "KIND." prefix).
 */
public record FrontEndOptions(InetAddress bindAddress, int port, Map<String, String> settings) {
    public FrontEndOptions {
        bindAddress = bindAddress == null ? InetAddress.getLoopbackAddress() : bindAddress;
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be in 0..65535, was " + port);
        }
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }

    public static FrontEndOptions loopbackEphemeral() {
        return new FrontEndOptions(null, 0, Map.of());
    }
}
