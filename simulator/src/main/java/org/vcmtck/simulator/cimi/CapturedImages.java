package org.vcmtck.simulator.cimi;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * MachineImages consumers captured from their machines. They live in the front end next to the
 * {@link MachineCatalog} built-ins (the model has no notion of an image) and are lost when it stops.
 */
final class CapturedImages {
    /** A captured image: the machine it came from and the built-in image that machine was created from, if any. */
    record Image(String id, String name, String description, Instant created, String machineId, String location,
                 String relatedImageId) {
    }

    private final Clock clock;
    private final AtomicInteger next = new AtomicInteger();
    private final Map<String, Image> images = new ConcurrentSkipListMap<>();

    CapturedImages(Clock clock) {
        this.clock = clock;
    }

    Image add(String name, String description, String machineId, String relatedImageId) {
        String id = "captured-" + next.incrementAndGet();
        Image image = new Image(id, name == null ? id : name, description, clock.instant(), machineId,
                "/images/captured/" + id + ".img", relatedImageId);
        images.put(id, image);
        return image;
    }

    Optional<Image> find(String id) {
        return Optional.ofNullable(images.get(id));
    }

    List<Image> all() {
        return List.copyOf(images.values());
    }

    boolean remove(String id) {
        return images.remove(id) != null;
    }
}
