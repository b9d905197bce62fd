package org.vcmtck.simulator.cimi;

import java.util.List;
import java.util.Optional;

/**
 * The fixed, read-only VolumeConfigs, VolumeImages and VolumeTemplates this provider offers. Like the machine
 * catalogue they are not in the model: the model has no free-standing volumes, only DISK allocations.
 */
public final class VolumeCatalog {
    /** The one volume type this provider offers: a block device attached to a machine as a disk. */
    public static final String BLOCK_TYPE = "http://vcmtck.org/cimi/volumeType/block";

    public record Config(String id, String description, String type, String format, long capacityBytes) {
    }

    public record Image(String id, String description, String imageLocation, boolean bootable) {
    }

    /** {@code imageId} is null for a blank volume. */
    public record Template(String id, String description, String configId, String imageId) {
    }

    private static final List<Config> CONFIGS = List.of(
            new Config("vol-small", "5 GiB raw block volume", BLOCK_TYPE, "raw", 5 * MachineCatalog.GIB),
            new Config("vol-large", "50 GiB qcow2 block volume", BLOCK_TYPE, "qcow2", 50 * MachineCatalog.GIB));

    private static final List<Image> IMAGES = List.of(
            new Image("data-empty", "empty ext4 file system", "/images/data-empty.img", false),
            new Image("boot-linux", "bootable Linux root volume", "/images/boot-linux.img", true));

    private static final List<Template> TEMPLATES = List.of(
            new Template("small-blank", "blank 5 GiB volume", "vol-small", null),
            new Template("large-boot", "50 GiB bootable Linux volume", "vol-large", "boot-linux"));

    private VolumeCatalog() {
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
        return IMAGES.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public static Optional<Template> template(String id) {
        return TEMPLATES.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
