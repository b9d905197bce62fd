package org.vcmtck.simulator.cimi;

import java.util.List;
import java.util.Optional;

/**
 * The fixed, read-only MachineConfigs, MachineImages and MachineTemplates this provider offers. They are not in
 * the model: a machine created from them becomes an ordinary virtual system with those allocations.
 */
public final class MachineCatalog {
    static final long KIB = 1024;
    static final long GIB = 1L << 30;

    /** cpu, memory and disk size in bytes (the model's unit; rendered in KiB). */
    public record Config(String id, String description, int cpu, long memoryBytes, long diskBytes, String format) {
    }

    public record Image(String id, String description, String imageLocation) {
    }

    public record Template(String id, String description, String configId, String imageId) {
    }

    private static final List<Config> CONFIGS = List.of(
            new Config("small", "1 vCPU, 1 GiB memory, 10 GiB disk", 1, GIB, 10 * GIB, "raw"),
            new Config("medium", "2 vCPUs, 4 GiB memory, 20 GiB disk", 2, 4 * GIB, 20 * GIB, "raw"),
            new Config("large", "4 vCPUs, 8 GiB memory, 40 GiB disk", 4, 8 * GIB, 40 * GIB, "raw"));

    private static final List<Image> IMAGES = List.of(
            new Image("tiny-linux", "minimal Linux guest", "/images/tiny-linux.img"),
            new Image("appliance-base", "appliance base system", "/images/appliance-base.img"));

    private static final List<Template> TEMPLATES = List.of(
            new Template("small-tiny-linux", "small machine running tiny-linux", "small", "tiny-linux"),
            new Template("medium-appliance", "medium machine running appliance-base", "medium", "appliance-base"));

    private MachineCatalog() {
    }

    public static List<Config> configs() {
        return CONFIGS;
    }

    public static List<Image> images() {
        return IMAGES;
    }

    public static List<Template> templates() {
        return TEMPLATES;
    }

    public static Optional<Config> config(String id) {
        return CONFIGS.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public static Optional<Image> image(String id) {
        return IMAGES.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public static Optional<Template> template(String id) {
        return TEMPLATES.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
