package org.vcmtck.assertions.ovf.corpus;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.vcmtck.assertions.ovf.consumer.DeployChoices;

/** The valid half of the corpus: six OVF 2.0 packages that together exercise what a consumer must handle. */
final class ValidPackages {

    /** The chunk size of the chunked disk file: tiny, so the small placeholder still spans three chunks. */
    static final int CHUNK_SIZE = 256;

    private ValidPackages() {
    }

    static PackageDraft applianceDraft() {
        return new PackageDraft("appliance", PackageForm.OVA, Descriptors.APPLIANCE, List.of(
                new Member("appliance-fr.xml", Descriptors.APPLIANCE_FRENCH_BUNDLE.getBytes(StandardCharsets.UTF_8)),
                new Member("system.img", PlaceholderBytes.of("appliance system disk image", 1024)),
                new Member("tools.iso", PlaceholderBytes.of("appliance tools ISO image", 2048))),
                Map.of(), ManifestStyle.SHA256, false);
    }

    /** What the appliance is deployed with: licence accepted, one user-configurable property set. */
    static DeployChoices applianceChoices() {
        return DeployChoices.accepting().withProperty("org.vcmtck.hostname.1", "corpus-appliance");
    }

    static PackageDraft collectionDraft() {
        return new PackageDraft("collection", PackageForm.DIRECTORY, Descriptors.COLLECTION, List.of(
                new Member("db-system.img", PlaceholderBytes.of("database system disk image", 1024))),
                Map.of(), ManifestStyle.SHA1, false);
    }

    static PackageDraft compressedChunkedDraft() {
        return new PackageDraft("compressed-chunked", PackageForm.OVA,
                Descriptors.COMPRESSED_CHUNKED.replace("{{chunk}}", Integer.toString(CHUNK_SIZE)), List.of(
                new Member("system.img", Gzip.compress(PlaceholderBytes.of("compressed system disk image", 4096))),
                new Member("data.img", PlaceholderBytes.of("chunked data disk image", 2 * CHUNK_SIZE + 100))),
                Map.of("data.img", CHUNK_SIZE), ManifestStyle.SHA256, false);
    }

    static PackageDraft optionalExtrasDraft() {
        return new PackageDraft("optional-extras", PackageForm.OVA, Descriptors.OPTIONAL_EXTRAS, List.of(
                new Member("motd.txt", "Welcome to the VCM-TCK corpus system.\n".getBytes(StandardCharsets.US_ASCII))),
                Map.of(), ManifestStyle.SHA256_SPACED, false);
    }

    static PackageDraft ovf2SectionsDraft() {
        return new PackageDraft("ovf2-sections", PackageForm.OVA, Ovf2Descriptors.OVF2_SECTIONS, List.of(),
                Map.of(), ManifestStyle.SHA256, false);
    }

    static PackageDraft hardwareVarietyDraft() {
        return new PackageDraft("hardware-variety", PackageForm.OVA, VarietyDescriptors.HARDWARE_VARIETY, List.of(
                new Member("variety-it.xml", VarietyDescriptors.ITALIAN_BUNDLE.getBytes(StandardCharsets.UTF_8)),
                new Member("base.img", PlaceholderBytes.of("variety base disk image", 1024)),
                new Member("delta.img", PlaceholderBytes.of("variety delta disk image", 512)),
                new Member("icon.png", PlaceholderBytes.of("variety icon", 64)),
                new Member("notice-es.txt", VarietyDescriptors.SPANISH_NOTICE.getBytes(StandardCharsets.UTF_8))),
                Map.of(), ManifestStyle.SHA256, false);
    }

    static List<PackagePlan> plans() {
        return List.of(
                deploy("appliance", "One virtual system with two product sections (class and instance on one; "
                                + "string, uint16, boolean and password properties, configurable and fixed, per-"
                                + "configuration values, categories), two deployment options (the medium one "
                                + "overriding the CPU Item), a licence, an "
                                + "annotation, an OS section, internal and external string bundles, the iso "
                                + "transport, an ISO on a CD-ROM, an empty disk; OVA with a SHA-256 manifest",
                        List.of("OVF-PKG-005", "OVF-PKG-006", "OVF-PKG-007", "OVF-PKG-008", "OVF-PKG-010",
                                "OVF-REF-003", "OVF-REF-005", "OVF-PROD-003", "OVF-PROD-004", "OVF-PROD-005",
                                "OVF-PROD-007", "OVF-PROD-008", "OVF-PROD-009", "OVF-PROD-012", "OVF-PROD-013",
                                "OVF-PROD-014", "OVF-SEC-001", "OVF-SEC-002", "OVF-SEC-003", "OVF-SEC-008",
                                "OVF-SEC-009", "OVF-SEC-011", "OVF-I18N-001", "OVF-I18N-002", "OVF-I18N-003",
                                "OVF-HW-005", "OVF-HW-011", "OVF-HW-012", "OVF-HW-017", "OVF-HW-018",
                                "OVF-DISK-005",
                                "OVF-MF-003", "OVF-MF-006", "OVF-MF-008", "OVF-OENV-006"),
                        applianceChoices(), PackageAssembler.assemble(applianceDraft())),
                deploy("collection", "A collection of two virtual systems with a start order (orders, delays, "
                                + "actions) and product sections on the collection and on each system; directory "
                                + "package with a SHA-1 manifest",
                        List.of("OVF-PKG-004", "OVF-ENV-004", "OVF-ENV-005", "OVF-ENV-007", "OVF-SEC-005",
                                "OVF-SEC-006", "OVF-SEC-007", "OVF-PROD-003", "OVF-PROD-004", "OVF-DISK-003",
                                "OVF-DISK-005", "OVF-MF-003", "OVF-MF-006", "OVF-OENV-004", "OVF-SEC-012",
                                "OVF-OENV-007"),
                        DeployChoices.accepting(), PackageAssembler.assemble(collectionDraft())),
                deploy("compressed-chunked", "A gzip-compressed disk file (ovf:size is the stored size) and a disk "
                                + "file stored in three chunks, one manifest line per chunk; OVA",
                        List.of("OVF-REF-007", "OVF-REF-008", "OVF-REF-011", "OVF-REF-012", "OVF-REF-013",
                                "OVF-REF-014", "OVF-MF-009"),
                        DeployChoices.accepting(), PackageAssembler.assemble(compressedChunkedDraft())),
                deploy("optional-extras", "An unknown section in a foreign namespace with ovf:required=\"false\", "
                                + "an optional Item, a memory range (ovf:bound min/normal/max), a package file "
                                + "put on the environment medium, and a manifest in the spaced form "
                                + "'SHA256 (name) = hex' that consumers should tolerate; OVA",
                        List.of("OVF-EXT-001", "OVF-EXT-002", "OVF-EXT-004", "OVF-EXT-006", "OVF-HW-019",
                                "OVF-OENV-008", "OVF-MF-010"),
                        DeployChoices.accepting(), PackageAssembler.assemble(optionalExtrasDraft())),
                deploy("ovf2-sections", "A collection using the sections OVF 2 added: a boot order (CD-ROM, then "
                                + "disk) on one system, a worker scaled out to 2 copies (minimum 1, maximum 3), two "
                                + "systems in an availability placement group, an empty read-write SharedDisk both of "
                                + "them attach, and an EncryptionSection marked ovf:required=\"false\" that a consumer "
                                + "without keys may ignore with a warning; OVA with a SHA-256 manifest",
                        List.of("OVF-V2-001", "OVF-V2-002", "OVF-V2-003", "OVF-V2-004", "OVF-DISK-009"),
                        DeployChoices.accepting(), PackageAssembler.assemble(ovf2SectionsDraft())),
                deploy("hardware-variety", "One system with the optional descriptor content the others leave out: "
                                + "two alternative hardware sections told apart by VirtualSystemType (two type "
                                + "strings on the first), a SATA controller and NICs with ResourceSubType, a vCPU "
                                + "with Reservation, Limit and Weight, an optional sound card with a vendor "
                                + "ResourceType, an OVF 2 EthernetPortItem and StorageItem, a network with a port "
                                + "profile, a product section with every detail in order and an Icon file, a base "
                                + "disk and a delta disk over it (parent first, populatedSize), an external string "
                                + "bundle listed first and a Msg read from a file; OVA with a SHA-256 manifest",
                        List.of("OVF-HW-002", "OVF-HW-004", "OVF-HW-015", "OVF-HW-021", "OVF-HW-022",
                                "OVF-HW-023", "OVF-NET-004", "OVF-PROD-001", "OVF-PROD-002", "OVF-PROD-014",
                                "OVF-DISK-007", "OVF-DISK-008", "OVF-PKG-010", "OVF-I18N-005"),
                        DeployChoices.accepting(), PackageAssembler.assemble(hardwareVarietyDraft())));
    }

    private static PackagePlan deploy(String name, String description, List<String> ids, DeployChoices choices,
                                      AssembledPackage content) {
        return new PackagePlan(name, description, ids, choices, CorpusPackage.Expectation.DEPLOY, false, content);
    }
}
