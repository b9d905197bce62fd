package org.vcmtck.features.steps.cimi;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.Set;
import org.testng.SkipException;
import org.vcmtck.assertions.cimi.CimiDocument;
import org.vcmtck.assertions.cimi.CimiFormat;
import org.vcmtck.assertions.cimi.CimiOperation;
import org.vcmtck.assertions.cimi.CimiVocabulary;

/**
 * Attaches the scenario's volume to a machine through the machine's volumes collection, so that deleting the
 * attached volume can be checked to be refused (CIMI-VOL-003), and detaches it again.
 */
public class CimiVolumeAttachmentSteps {

    private final CimiContext cimi;
    private final CimiVolumesAndNetworksSteps volumes;
    private String attachment;

    public CimiVolumeAttachmentSteps(CimiContext cimi, CimiVolumesAndNetworksSteps volumes) {
        this.cimi = cimi;
        this.volumes = volumes;
    }

    @When("the consumer attaches that volume to a machine it created")
    public void attach() {
        String volume = volumes.createdVolume();
        String machineId = cimi.createSettledMachine();
        CimiDocument machine = cimi.readMachine(machineId);
        String machineVolumes = machine.href("volumes").orElseThrow(
                () -> new SkipException("the machine has no volumes collection to attach a volume through"));
        CimiDocument collection = cimi.remember(cimi.http().get(machineVolumes, cimi.format())).document();
        String add = collection.operation("add").map(CimiOperation::href).orElseThrow(
                () -> new SkipException("the machine's volumes collection does not advertise add"));
        CimiExchange attached = cimi.remember(cimi.http().post(add, cimi.format(), cimi.format().mediaType(),
                machineVolume(cimi.format(), volume)));
        CimiContext.expectStatus(attached, "CIMI-HTTP-003", Set.of(201, 202));
        attachment = attached.header("Location").orElseThrow(() -> new AssertionError("[CIMI-HTTP-003] attaching "
                + volume + " answered " + attached.status() + " without a Location"));
    }

    @Then("the deletion of the attached volume is refused with 409 and the volume is still there")
    public void deletionRefused() {
        CimiExchange deletion = cimi.last();
        CimiContext.expectStatus(deletion, "CIMI-VOL-003", Set.of(409));
        CimiExchange read = cimi.remember(cimi.http().get(volumes.createdVolume(), cimi.format()));
        CimiContext.expectStatus(read, "CIMI-VOL-003", Set.of(200));
    }

    @When("the consumer detaches the volume from the machine again")
    public void detach() {
        CimiExchange detached = cimi.remember(cimi.http().delete(attachment, cimi.format()));
        CimiContext.expectStatus(detached, "CIMI-HTTP-006", Set.of(200, 202, 204));
        if (detached.status() == 202) {
            cimi.waitUntilGone(attachment, "CIMI-HTTP-006");
        }
    }

    private static String machineVolume(CimiFormat format, String volumeHref) {
        String href = volumeHref.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
        return switch (format) {
            case JSON -> "{\"resourceURI\": \"" + CimiVocabulary.typeUri("MachineVolume")
                    + "\", \"volume\": {\"href\": \"" + volumeHref.replace("\\", "\\\\").replace("\"", "\\\"")
                    + "\"}}";
            case XML -> "<MachineVolume xmlns=\"" + CimiVocabulary.NAMESPACE + "\"><volume href=\"" + href
                    + "\"/></MachineVolume>";
        };
    }
}
