package org.vcmtck.simulator.cimi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The volumes of the CIMI view. The model has no free-standing volumes, so they live here, with the front end;
 * an attached volume is backed by a DISK allocation of the machine, which is what draws on the host's storage.
 */
final class VolumeRecords {
    /** Which DISK allocation of which system carries an attached volume. */
    record Attachment(String systemId, String allocationId) {
    }

    /** One volume; {@code attachment} is null while the volume is free. */
    record Volume(String id, String name, String description, Instant created, VolumeCatalog.Config config,
                  VolumeCatalog.Image image, Map<String, String> properties, Attachment attachment) {
        Volume {
            properties = properties == null ? Map.of() : Map.copyOf(properties);
        }

        boolean bootable() {
            return image != null && image.bootable();
        }

        Volume withAttachment(Attachment a) {
            return new Volume(id, name, description, created, config, image, properties, a);
        }
    }

    private final Map<String, Volume> volumes = new LinkedHashMap<>();
    private int seq;

    synchronized String nextId() {
        return "volume-" + (++seq);
    }

    synchronized void put(Volume v) {
        volumes.put(v.id(), v);
    }

    synchronized Optional<Volume> find(String id) {
        return Optional.ofNullable(volumes.get(id));
    }

    synchronized List<Volume> all() {
        return new ArrayList<>(volumes.values());
    }

    synchronized void remove(String id) {
        volumes.remove(id);
    }

    synchronized List<Volume> attachedTo(String systemId) {
        return volumes.values().stream()
                .filter(v -> v.attachment() != null && v.attachment().systemId().equals(systemId)).toList();
    }
}
