package org.vcmtck.simulator.frontend;

import org.vcmtck.simulator.model.Datacenter;

import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The front ends of one running reference: discovers the providers, starts one front end per kind (in kind
 * order, so ports and output are stable) and stops them in reverse order.
 */
public final class FrontEnds {
    private final List<FrontEnd> started = new ArrayList<>();
    private final Map<String, String> endpoints = new LinkedHashMap<>();

    /** Providers visible to a class loader, sorted by kind; two providers of one kind are refused. */
    public static List<FrontEndProvider> discover(ClassLoader loader) {
        List<FrontEndProvider> providers = new ArrayList<>();
        for (FrontEndProvider p : ServiceLoader.load(FrontEndProvider.class, loader)) {
            providers.add(p);
        }
        providers.sort(Comparator.comparing(FrontEndProvider::kind));
        for (int i = 1; i < providers.size(); i++) {
            if (providers.get(i).kind().equals(providers.get(i - 1).kind())) {
                throw new IllegalStateException("two front-end providers of kind " + providers.get(i).kind() + ": "
                        + providers.get(i - 1).getClass().getName() + ", " + providers.get(i).getClass().getName());
            }
        }
        return providers;
    }

    /**
     * Starts every provider's front end. With a base port, the n-th front end gets base + n; with 0 all ports are
     * ephemeral. {@code settings} maps "kind.key" to a value. If one fails, those already started are stopped.
     */
    public static FrontEnds start(List<FrontEndProvider> providers, Datacenter dc, InetAddress bind, int basePort,
                                  Map<String, String> settings) throws FrontEndStartException {
        FrontEnds all = new FrontEnds();
        int index = 0;
        for (FrontEndProvider provider : providers) {
            String kind = provider.kind();
            int port = basePort == 0 ? 0 : basePort + index++;
            FrontEnd frontEnd = provider.create();
            try {
                Map<String, String> published = frontEnd.start(dc, new FrontEndOptions(bind, port,
                        settingsOf(kind, settings)));
                all.started.add(frontEnd);
                all.endpoints.putAll(published);
            } catch (IOException | RuntimeException e) {
                frontEnd.stop();
                all.stop();
                throw new FrontEndStartException(kind, "cannot start on " + bind.getHostAddress() + ":" + port + ": "
                        + e.getMessage(), e);
            }
        }
        return all;
    }

    static Map<String, String> settingsOf(String kind, Map<String, String> settings) {
        Map<String, String> own = new LinkedHashMap<>();
        String prefix = kind + ".";
        settings.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                own.put(k.substring(prefix.length()), v);
            }
        });
        return own;
    }

    /** Endpoint key → URL of every started front end, in start order. */
    public Map<String, String> endpoints() {
        return Collections.unmodifiableMap(endpoints);
    }

    /** Stops every started front end, last started first; a failing stop does not keep the others running. */
    public void stop() {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).stop();
            } catch (RuntimeException ignored) {
                // stopping is best effort; the process is going away or the reference is being closed
            }
        }
        started.clear();
    }
}
