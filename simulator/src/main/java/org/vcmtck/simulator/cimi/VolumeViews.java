package org.vcmtck.simulator.cimi;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Builds the CIMI representations of volumes, their catalogue and the machines' volume sub-collections. */
final class VolumeViews {
    static final String VOLUMES = "volumes";
    static final String VOLUME_CONFIGS = "volumeConfigs";
    static final String VOLUME_IMAGES = "volumeImages";
    static final String VOLUME_TEMPLATES = "volumeTemplates";
    /** Every collection this view serves, in the order the CEP lists them. */
    static final List<String> COLLECTIONS = List.of(VOLUMES, VOLUME_TEMPLATES, VOLUME_CONFIGS, VOLUME_IMAGES);

    private final UriSpace uris;
    private final String started;

    VolumeViews(UriSpace uris, Instant started) {
        this.uris = uris;
        this.started = started.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    CimiDocument volume(VolumeRecords.Volume v) {
        String id = uris.member(VOLUMES, v.id());
        List<Operation> ops = new ArrayList<>();
        // an attached volume cannot be deleted, so delete is not offered while it is
        if (v.attachment() == null) {
            ops.add(new Operation("delete", id));
        }
        return CimiDocument.resource("Volume")
                .put("id", id)
                .put("name", v.name())
                .put("description", v.description())
                .put("created", v.created().truncatedTo(ChronoUnit.SECONDS).toString())
                .put("updated", v.created().truncatedTo(ChronoUnit.SECONDS).toString())
                .properties(v.properties())
                .put("state", "AVAILABLE")
                .put("type", v.config().type())
                .put("capacity", v.config().capacityBytes() / MachineCatalog.KIB)
                .put("bootable", v.bootable())
                .operations(ops)
                .build();
    }

    CimiDocument volumes(List<VolumeRecords.Volume> all) {
        return CollectionDocs.of(uris, "VolumeCollection", VOLUMES, all.stream().map(this::volume).toList(),
                List.of(new Operation("add", uris.collection(VOLUMES))));
    }

    CimiDocument machineVolume(String machineUri, VolumeRecords.Volume v) {
        // volume ids are generated here ("volume-N") and need no escaping
        String id = machineUri + "/volumes/" + v.id();
        return CimiDocument.resource("MachineVolume")
                .put("id", id)
                .put("name", v.name())
                .put("initialLocation", v.attachment().allocationId())
                .href("volume", uris.member(VOLUMES, v.id()))
                .operations(List.of(new Operation("delete", id)))
                .build();
    }

    CimiDocument machineVolumes(String machineUri, List<VolumeRecords.Volume> attached) {
        List<CimiDocument> members = attached.stream().map(v -> machineVolume(machineUri, v)).toList();
        return CimiDocument.collection("MachineVolumeCollection")
                .put("id", machineUri + "/volumes")
                .put("count", members.size())
                .put("entries", new Entries("volumes", members))
                .operations(List.of(new Operation("add", machineUri + "/volumes")))
                .build();
    }

    // ------------------------------------------------------------------ catalogue

    CimiDocument config(VolumeCatalog.Config c) {
        return CimiDocument.resource("VolumeConfiguration")
                .put("id", uris.member(VOLUME_CONFIGS, c.id()))
                .put("name", c.id())
                .put("description", c.description())
                .put("created", started)
                .put("type", c.type())
                .put("format", c.format())
                .put("capacity", c.capacityBytes() / MachineCatalog.KIB)
                .build();
    }

    CimiDocument image(VolumeCatalog.Image i) {
        return CimiDocument.resource("VolumeImage")
                .put("id", uris.member(VOLUME_IMAGES, i.id()))
                .put("name", i.id())
                .put("description", i.description())
                .put("created", started)
                .put("state", "AVAILABLE")
                .put("imageLocation", i.imageLocation())
                .put("bootable", i.bootable())
                .build();
    }

    CimiDocument template(VolumeCatalog.Template t) {
        return CimiDocument.resource("VolumeTemplate")
                .put("id", uris.member(VOLUME_TEMPLATES, t.id()))
                .put("name", t.id())
                .put("description", t.description())
                .put("created", started)
                .href("volumeConfig", uris.member(VOLUME_CONFIGS, t.configId()))
                .href("volumeImage", t.imageId() == null ? null : uris.member(VOLUME_IMAGES, t.imageId()))
                .build();
    }

    CimiDocument configs() {
        return CollectionDocs.of(uris, "VolumeConfigurationCollection", VOLUME_CONFIGS,
                VolumeCatalog.configs().stream().map(this::config).toList(), List.of());
    }

    CimiDocument images() {
        return CollectionDocs.of(uris, "VolumeImageCollection", VOLUME_IMAGES,
                VolumeCatalog.images().stream().map(this::image).toList(), List.of());
    }

    CimiDocument templates() {
        return CollectionDocs.of(uris, "VolumeTemplateCollection", VOLUME_TEMPLATES,
                VolumeCatalog.templates().stream().map(this::template).toList(), List.of());
    }
}
