package org.vcmtck.assertions.cimi;

import java.util.List;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;

/**
 * Checks of a Machine's parts and companions (DSP0263 machine resources): the Machine's own attributes and
 * sub-collection references, its action URIs, MachineConfigurations, MachineImages, MachineTemplates and
 * Credentials. Each check names the requirement it stands for.
 */
public final class CimiMachinePartsAssert extends AbstractAssert<CimiMachinePartsAssert, CimiDocument> {

    /** The machine actions DSP0263 defines, as the URIs a Machine advertises them by (CIMI-MACH-006). */
    public static final String CAPTURE = CimiVocabulary.ACTION_PREFIX + "capture";
    public static final Set<String> MACHINE_ACTIONS = Set.of(CimiVocabulary.START, CimiVocabulary.STOP,
            CimiVocabulary.ACTION_PREFIX + "restart", CimiVocabulary.ACTION_PREFIX + "pause",
            CimiVocabulary.ACTION_PREFIX + "suspend", CAPTURE);
    public static final Set<String> IMAGE_STATES = Set.of("CREATING", "AVAILABLE", "DELETING", "ERROR");
    public static final Set<String> IMAGE_TYPES = Set.of("IMAGE", "SNAPSHOT", "PARTIAL_SNAPSHOT");
    /** The machine sub-collections every Machine references (CIMI-MACH-001). */
    public static final List<String> MACHINE_SUB_COLLECTIONS = List.of("disks", "volumes", "networkInterfaces");
    /** Attributes every CIMI resource may carry, besides its type's own. */
    private static final Set<String> COMMON = Set.of("resourceURI", "id", "name", "description", "created",
            "updated", "properties", "property", "operations", "operation");
    /** A MachineTemplate's own attributes (CIMI-MACH-015). */
    public static final Set<String> TEMPLATE_ATTRIBUTES = Set.of("machineConfig", "machineImage", "credential",
            "volumes", "volume", "volumeTemplates", "volumeTemplate", "networkInterfaces", "networkInterface",
            "userData", "initialState", "meterTemplates", "meterTemplate", "eventLogTemplate");

    CimiMachinePartsAssert(CimiDocument actual) {
        super(actual, CimiMachinePartsAssert.class);
    }

    /** Entry point, next to those of {@link CimiAssertions}. */
    public static CimiMachinePartsAssert assertThatMachinePart(CimiDocument document) {
        return new CimiMachinePartsAssert(document);
    }

    private void fail(String requirement, String what) {
        failWithMessage("%s", "[" + requirement + "] " + actual.describe() + ": " + what);
    }

    private void integer(String requirement, String attribute) {
        if (!actual.has(attribute)) {
            fail(requirement, "attribute '" + attribute + "' is missing");
        } else if (!actual.isInteger(attribute)) {
            fail(requirement, "attribute '" + attribute + "' should be an integer but is "
                    + actual.text(attribute).map(t -> "'" + t + "'").orElse("not a scalar"));
        }
    }

    private void reference(String requirement, String attribute) {
        if (actual.href(attribute).filter(h -> !h.isBlank()).isEmpty()) {
            fail(requirement, "'" + attribute + "' should be a reference with an href but is "
                    + (actual.has(attribute) ? "not one" : "missing"));
        }
    }

    /** state, integer cpu and memory, references to its disks, volumes and networkInterfaces, and operations. */
    public CimiMachinePartsAssert hasMachineAttributes(String requirement) {
        isNotNull();
        if (!actual.text("state").map(CimiVocabulary.MACHINE_STATES::contains).orElse(false)) {
            fail(requirement, "state is " + actual.text("state").map(s -> "'" + s + "'").orElse("missing")
                    + ", not a machine state");
        }
        integer(requirement, "cpu");
        integer(requirement, "memory");
        MACHINE_SUB_COLLECTIONS.forEach(name -> reference(requirement, name));
        if (actual.operations().isEmpty()) {
            fail(requirement, "advertises no operations");
        }
        return this;
    }

    /** A Machine references its meters and eventLog: checked only for the ones the provider offers at all. */
    public CimiMachinePartsAssert referencesOfferedMonitoring(String requirement, boolean meters, boolean eventLog) {
        isNotNull();
        if (meters) {
            reference(requirement, "meters");
        }
        if (eventLog) {
            reference(requirement, "eventLog");
        }
        return this;
    }

    /** Every action the machine advertises (a rel that is a URI in the CIMI namespace) is a DSP0263 machine action. */
    public CimiMachinePartsAssert advertisesOnlyMachineActions(String requirement) {
        isNotNull();
        for (CimiOperation op : actual.operations()) {
            String rel = op.rel();
            if (rel.startsWith(CimiVocabulary.NAMESPACE) && !MACHINE_ACTIONS.contains(rel)) {
                fail(requirement, "action '" + rel + "' is not one of the machine action URIs "
                        + MACHINE_ACTIONS.stream().sorted().toList());
            }
            if (!rel.contains(":") && !CimiVocabulary.GENERIC_OPERATIONS.contains(rel)) {
                fail(requirement, "operation '" + rel + "' is a bare word that names no generic operation; "
                        + "actions are advertised by their URI");
            }
        }
        return this;
    }

    /** The capture operation's href is the machineImages collection (CIMI-MACH-009). */
    public CimiMachinePartsAssert capturesInto(String requirement, String machineImagesHref) {
        isNotNull();
        CimiOperation capture = actual.operation(CAPTURE).orElse(null);
        if (capture == null) {
            fail(requirement, "does not advertise capture");
        } else if (!machineImagesHref.equals(capture.href())) {
            fail(requirement, "capture's href is '" + capture.href() + "', not the machineImages collection "
                    + machineImagesHref);
        }
        return this;
    }

    /** cpu and memory (KiB) integers; each disk an integer capacity and a format; cpuArch text when present. */
    public CimiMachinePartsAssert isMachineConfiguration(String requirement) {
        isNotNull();
        integer(requirement, "cpu");
        integer(requirement, "memory");
        if (actual.has("cpuArch") && actual.text("cpuArch").filter(t -> !t.isBlank()).isEmpty()) {
            fail(requirement, "cpuArch is present but not a name");
        }
        for (CimiDocument disk : disks(actual)) {
            if (!disk.has("capacity") || !disk.isInteger("capacity")) {
                fail(requirement, "a disk has no integer capacity: " + disk.attributeNames());
            }
            if (disk.has("initialLocation") && disk.text("initialLocation").isEmpty()) {
                fail(requirement, "a disk's initialLocation is not text");
            }
        }
        return this;
    }

    /** The disks array of a MachineConfiguration: JSON array {@code disks}, XML repeated {@code disk} elements. */
    public static List<CimiDocument> disks(CimiDocument config) {
        List<CimiDocument> disks = config.entries("disks", "disk");
        return disks.isEmpty() ? config.entries("disks", "Disk") : disks;
    }

    /** state among the image states, type among the image types, an imageLocation; relatedImage a reference. */
    public CimiMachinePartsAssert isMachineImage(String requirement) {
        isNotNull();
        if (!actual.text("state").map(IMAGE_STATES::contains).orElse(false)) {
            fail(requirement, "state is " + actual.text("state").map(s -> "'" + s + "'").orElse("missing")
                    + ", not one of " + IMAGE_STATES.stream().sorted().toList());
        }
        if (actual.has("type") && !actual.text("type").map(IMAGE_TYPES::contains).orElse(false)) {
            fail(requirement, "type is " + actual.text("type").map(s -> "'" + s + "'").orElse("not a scalar")
                    + ", not one of " + IMAGE_TYPES.stream().sorted().toList());
        }
        if (!actual.has("imageLocation")) {
            fail(requirement, "imageLocation is missing");
        }
        if (actual.has("relatedImage")) {
            reference(requirement, "relatedImage");
        }
        return this;
    }

    /**
     * References its machineConfig and machineImage, carries only template attributes, and an initialState (when
     * given) is a machine state and a credential a reference.
     */
    public CimiMachinePartsAssert isMachineTemplate(String requirement) {
        isNotNull();
        reference(requirement, "machineConfig");
        reference(requirement, "machineImage");
        List<String> unknown = actual.attributeNames().stream()
                .filter(n -> !COMMON.contains(n) && !TEMPLATE_ATTRIBUTES.contains(n)).sorted().toList();
        if (!unknown.isEmpty()) {
            fail(requirement, "attributes a MachineTemplate does not define: " + unknown);
        }
        if (actual.has("initialState")
                && !actual.text("initialState").map(CimiVocabulary.MACHINE_STATES::contains).orElse(false)) {
            fail(requirement, "initialState '" + actual.text("initialState").orElse("") + "' is not a machine state");
        }
        if (actual.has("credential")) {
            reference(requirement, "credential");
        }
        return this;
    }

    /** Names the user it was created for and echoes neither the secret given nor a password or key attribute. */
    public CimiMachinePartsAssert isCredentialHiding(String requirement, String username, String secret,
                                                    String rawBody) {
        isNotNull();
        if (!actual.text("username").map(username::equals).orElse(false)) {
            fail(requirement, "username should be '" + username + "' but is "
                    + actual.text("username").map(u -> "'" + u + "'").orElse("missing"));
        }
        if (rawBody.contains(secret)) {
            fail(requirement, "the password given at creation is echoed back");
        }
        for (String hidden : List.of("password", "key")) {
            if (actual.text(hidden).filter(t -> !t.isBlank()).isPresent()) {
                fail(requirement, "shows its " + hidden);
            }
        }
        return this;
    }
}
