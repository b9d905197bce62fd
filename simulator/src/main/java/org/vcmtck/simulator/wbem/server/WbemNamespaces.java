package org.vcmtck.simulator.wbem.server;

import java.util.Map;

/** The two namespaces the reference serves; settings {@code interopNamespace} and {@code virtualizationNamespace}. */
public record WbemNamespaces(String interop, String virtualization) {
    public static final String INTEROP_KEY = "interopNamespace";
    public static final String VIRTUALIZATION_KEY = "virtualizationNamespace";
    public static final WbemNamespaces DEFAULT = new WbemNamespaces("root/interop", "root/virtualization");

    public WbemNamespaces {
        if (interop == null || interop.isBlank() || virtualization == null || virtualization.isBlank()) {
            throw new IllegalArgumentException("WBEM namespaces must not be blank");
        }
    }

    public static WbemNamespaces of(Map<String, String> settings) {
        return new WbemNamespaces(settings.getOrDefault(INTEROP_KEY, DEFAULT.interop),
                settings.getOrDefault(VIRTUALIZATION_KEY, DEFAULT.virtualization));
    }
}
