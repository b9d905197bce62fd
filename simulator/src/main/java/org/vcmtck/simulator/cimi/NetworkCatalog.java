package org.vcmtck.simulator.cimi;

import java.util.List;
import java.util.Optional;

/**
 * The fixed, read-only NetworkConfigs and NetworkTemplates. A network created from them becomes a virtual switch
 * of the model with the configuration's port count; type, MTU and class of service are not in the model and are
 * the same for every network.
 */
public final class NetworkCatalog {
    public static final String NETWORK_TYPE = "PRIVATE";
    public static final int MTU = 1500;
    public static final String CLASS_OF_SERVICE = "best-effort";

    public record Config(String id, String description, int ports) {
    }

    public record Template(String id, String description, String configId) {
    }

    private static final List<Config> CONFIGS = List.of(
            new Config("lan-16", "private LAN with 16 ports", 16),
            new Config("lan-256", "private LAN with 256 ports", 256));

    private static final List<Template> TEMPLATES = List.of(
            new Template("small-lan", "small private LAN", "lan-16"),
            new Template("large-lan", "large private LAN", "lan-256"));

    private NetworkCatalog() {
    }

    public static List<Config> configs() {
        return CONFIGS;
    }

    public static List<Template> templates() {
        return TEMPLATES;
    }

    public static Optional<Config> config(String id) {
        return CONFIGS.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public static Optional<Template> template(String id) {
        return TEMPLATES.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
