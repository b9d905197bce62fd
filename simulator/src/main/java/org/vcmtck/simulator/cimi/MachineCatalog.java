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
    /** Every configuration runs on the simulator's one architecture. */
    static final String CPU_ARCH = "x86_64";

    /** cpu, memory and disk size in bytes (the model's unit; rendered in KiB). */
    public record Config(String id, String description, int cpu, long memoryBytes, long diskBytes, String format) {
    }

    /**
     * A machine image. Creating a machine copies its image: {@code copyTicks} is how many clock ticks the copy
     * takes (0: done inside the request, so the creation answers 201; more: the creation runs as a Job and answers
     * 202). An image with a {@code copyFailure} is damaged: it is listed in state ERROR, and a creation from it is
     * accepted but its Job ends FAILED with that reason, leaving no machine behind. This is how a consumer can
     * provoke a failed Job through CIMI alone.
     */
    public record Image(String id, String description, String imageLocation, int copyTicks, String copyFailure) {
        Image(String id, String description, String imageLocation) {
            this(id, description, imageLocation, 0, null);
        }

        /** The CIMI state the image is listed in. */
        String state() {
            return copyFailure == null ? "AVAILABLE" : "ERROR";
        }
    }

    public record Template(String id, String description, String configId, String imageId) {
    }

    /** Long enough (at the launcher's default 100 ms per tick) for a consumer to watch or stop the creation. */
    static final int FULL_IMAGE_COPY_TICKS = 20;
    static final int DAMAGED_IMAGE_COPY_TICKS = 3;

    private static final List<Config> CONFIGS = List.of(
            new Config("small", "1 vCPU, 1 GiB memory, 10 GiB disk", 1, GIB, 10 * GIB, "raw"),
            new Config("medium", "2 vCPUs, 4 GiB memory, 20 GiB disk", 2, 4 * GIB, 20 * GIB, "raw"),
            new Config("large", "4 vCPUs, 8 GiB memory, 40 GiB disk", 4, 8 * GIB, 40 * GIB, "raw"));

    private static final List<Image> IMAGES = List.of(
            new Image("tiny-linux", "minimal Linux guest", "/images/tiny-linux.img"),
            new Image("appliance-base", "appliance base system", "/images/appliance-base.img"),
            new Image("appliance-full", "appliance with its data set; large, so a machine made from it is created"
                    + " asynchronously", "/images/appliance-full.img", FULL_IMAGE_COPY_TICKS, null),
            new Image("damaged-linux", "damaged copy of a Linux guest (ERROR): a machine created from it fails",
                    "/images/damaged-linux.img", DAMAGED_IMAGE_COPY_TICKS,
                    "copying image damaged-linux failed: its disk file is unreadable"));

    private static final List<Template> TEMPLATES = List.of(
            new Template("small-tiny-linux", "small machine running tiny-linux", "small", "tiny-linux"),
            new Template("medium-appliance", "medium machine running appliance-base", "medium", "appliance-base"),
            new Template("small-appliance-full", "small machine running appliance-full (created asynchronously)",
                    "small", "appliance-full"));

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
