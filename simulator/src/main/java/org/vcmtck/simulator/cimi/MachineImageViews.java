package org.vcmtck.simulator.cimi;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** The machineImages collection: the catalogue's built-in images followed by the captured ones. */
final class MachineImageViews {
    private final UriSpace uris;
    private final CimiViews views;
    private final CapturedImages captured;

    MachineImageViews(UriSpace uris, CimiViews views, CapturedImages captured) {
        this.uris = uris;
        this.views = views;
        this.captured = captured;
    }

    CimiDocument image(String id) {
        var builtIn = MachineCatalog.image(id);
        if (builtIn.isPresent()) {
            return views.image(builtIn.get());
        }
        return captured(captured.find(id).orElseThrow(() -> CimiException.notFound("machine image", id)));
    }

    CimiDocument captured(CapturedImages.Image i) {
        String id = uris.member(CimiViews.MACHINE_IMAGES, i.id());
        String created = i.created().truncatedTo(ChronoUnit.SECONDS).toString();
        return CimiDocument.resource("MachineImage")
                .put("id", id)
                .put("name", i.name())
                .put("description", i.description())
                .put("created", created)
                .put("updated", created)
                // captured synchronously: the copy is complete before the creation is answered
                .put("state", "AVAILABLE")
                .put("type", "IMAGE")
                .put("imageLocation", i.location())
                .href("relatedImage", i.relatedImageId() == null ? null
                        : uris.member(CimiViews.MACHINE_IMAGES, i.relatedImageId()))
                .operations(List.of(new Operation("delete", id)))
                .build();
    }

    CimiDocument images() {
        List<CimiDocument> members = new ArrayList<>();
        MachineCatalog.images().forEach(i -> members.add(views.image(i)));
        captured.all().forEach(i -> members.add(captured(i)));
        // add is capture: new images come only from machines (CIMI-MACH-009)
        return CollectionDocs.of(uris, "MachineImageCollection", CimiViews.MACHINE_IMAGES, members,
                List.of(new Operation("add", uris.collection(CimiViews.MACHINE_IMAGES))));
    }
}
