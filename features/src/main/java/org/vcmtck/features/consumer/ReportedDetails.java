package org.vcmtck.features.consumer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The optional lines of the consumer protocol that say what a deploy made of the package, beyond which systems it
 * defined. A consumer that prints none of them is still a consumer; the scenarios that need them are then not
 * tested rather than failed.
 *
 * <ul>
 *   <li>{@code hardware <entityId> <resource> <amount>}: what the system was given, after the deployment option
 *       chose and merged its Items; resources {@code processors} (count) and {@code memory-mb} (MiB).</li>
 *   <li>{@code network <ovf-network-name> <host-network>}: the host network a logical network was mapped to.</li>
 *   <li>{@code annotation <entityId> <text>}: the text the consumer uses for the system's Annotation, in the
 *       locale it deploys in.</li>
 * </ul>
 *
 * @param hardware    entity id → resource → amount, as printed
 * @param networks    OVF network name → host network
 * @param annotations entity id → annotation text
 */
public record ReportedDetails(Map<String, Map<String, String>> hardware, Map<String, String> networks,
                              Map<String, String> annotations) {

    public static final String PROCESSORS = "processors";
    public static final String MEMORY_MB = "memory-mb";

    public static final ReportedDetails NONE = new ReportedDetails(Map.of(), Map.of(), Map.of());

    public ReportedDetails {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        (hardware == null ? Map.<String, Map<String, String>>of() : hardware)
                .forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        hardware = Collections.unmodifiableMap(copy);
        networks = Collections.unmodifiableMap(new LinkedHashMap<>(networks == null ? Map.of() : networks));
        annotations = Collections.unmodifiableMap(new LinkedHashMap<>(annotations == null ? Map.of() : annotations));
    }
}
