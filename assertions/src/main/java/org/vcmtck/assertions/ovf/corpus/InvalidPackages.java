package org.vcmtck.assertions.ovf.corpus;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.vcmtck.assertions.ovf.consumer.DeployChoices;

/**
 * The invalid half of the corpus. Each package is a valid one with exactly one thing wrong: in its bytes
 * (faultInPackage) or in what the deployer is asked to do with it (choices the package does not allow, a section
 * the consumer cannot understand). A conformant consumer refuses each and leaves nothing behind.
 */
final class InvalidPackages {

    private InvalidPackages() {
    }

    static List<PackagePlan> plans() {
        List<PackagePlan> plans = new ArrayList<>();
        PackageDraft appliance = ValidPackages.applianceDraft();
        AssembledPackage assembled = PackageAssembler.assemble(appliance);
        DeployChoices choices = ValidPackages.applianceChoices();

        plans.add(fault("wrong-manifest-digest", "The appliance with the manifest's digest of system.img altered",
                List.of("OVF-MF-008"), choices, assembled.replacing(appliance.manifestName(),
                        alterDigestOf(assembled.bytesOf(appliance.manifestName()), "system.img"))));
        byte[] tampered = assembled.bytesOf("system.img");
        tampered[0] ^= 0x20;
        plans.add(fault("tampered-disk", "The appliance with system.img changed (same size) after the manifest "
                        + "was made", List.of("OVF-MF-008"), choices, assembled.replacing("system.img", tampered)));
        plans.add(fault("missing-file", "The appliance without tools.iso, which References lists",
                List.of("OVF-REF-005"), choices, assembled.without("tools.iso")));
        plans.add(situation("unknown-required-section", "The appliance with a section no consumer knows, marked "
                        + "ovf:required=\"true\"; a consumer must fail the import", List.of("OVF-EXT-003"), choices,
                PackageAssembler.assemble(appliance.withDescriptor(d -> TextEdits.insertBefore(d,
                        "    <EulaSection>", Descriptors.unknownSection(true))))));
        plans.add(situation("eula-not-accepted", "The appliance, whose licence the deployer does not accept",
                List.of("OVF-SEC-003"), DeployChoices.notAccepting().withProperty("org.vcmtck.hostname.1",
                        "corpus-appliance"), assembled));
        plans.add(fault("path-traversal", "The appliance with an extra tar member named ../evil",
                List.of("OVF-PKG-012"), choices, assembled.plus(new Member("../evil",
                        "outside the extraction folder\n".getBytes(StandardCharsets.US_ASCII)))));
        int realSize = appliance.file("system.img").length;
        plans.add(fault("wrong-declared-size", "The appliance declaring ovf:size=\"" + (realSize + 1)
                        + "\" for the " + realSize + "-byte system.img", List.of("OVF-REF-011"), choices,
                PackageAssembler.assemble(appliance.withDescriptor(d -> TextEdits.replaceOnce(d,
                        "{{size:system.img}}", Integer.toString(realSize + 1))))));
        plans.add(fault("xxe-descriptor", "The appliance whose descriptor declares a DOCTYPE with an external "
                        + "entity (file:///etc/hostname) and uses it in the annotation", List.of("OVF-ENV-001"),
                choices, PackageAssembler.assemble(appliance.withDescriptor(InvalidPackages::withExternalEntity))));
        plans.add(fault("descriptor-not-first", "The appliance stored with the string bundle before the "
                        + "descriptor (manifest moved to the end so only the descriptor is out of place)",
                List.of("OVF-PKG-007"), choices, assembled.inOrder(List.of("appliance-fr.xml",
                        appliance.descriptorName(), "system.img", "tools.iso", appliance.manifestName()))));
        plans.add(situation("invalid-property-value", "The appliance deployed with \"abc\" for the uint16 "
                        + "property org.vcmtck.port.1", List.of("OVF-PROD-009"),
                choices.withProperty("org.vcmtck.port.1", "abc"), assembled));
        plans.add(situation("non-configurable-override", "The appliance deployed with a value for "
                        + "org.vcmtck.edition.1, which is ovf:userConfigurable=\"false\"", List.of("OVF-PROD-010"),
                choices.withProperty("org.vcmtck.edition.1", "enterprise"), assembled));
        plans.add(situation("unknown-deployment-option", "The appliance deployed with deployment option "
                        + "\"huge\", which its DeploymentOptionSection does not define", List.of("OVF-SEC-009"),
                choices.withDeploymentOption("huge"), assembled));
        plans.add(fault("duplicate-file-id", "The appliance with a second File whose ovf:id is tools-iso again "
                        + "(for tools-2.iso, which is present)", List.of("OVF-REF-003"), choices,
                PackageAssembler.assemble(appliance
                        .withFileAfter("tools.iso", new Member("tools-2.iso",
                                PlaceholderBytes.of("second tools ISO image", 512)))
                        .withDescriptor(d -> TextEdits.insertBefore(d, "  </References>",
                                "    <File ovf:id=\"tools-iso\" ovf:href=\"tools-2.iso\" "
                                        + "ovf:size=\"{{size:tools-2.iso}}\"/>\n")))));
        plans.add(fault("undeclared-disk", "The appliance whose second disk drive names ovf:/disk/missing, "
                        + "which DiskSection does not declare", List.of("OVF-HW-011"), choices,
                PackageAssembler.assemble(appliance.withDescriptor(d -> TextEdits.replaceOnce(d,
                        "ovf:/disk/data<", "ovf:/disk/missing<")))));
        AssembledPackage signed = PackageAssembler.assemble(appliance.withSigning(true));
        plans.add(fault("signature-mismatch", "The appliance signed by a throw-away certificate, then its manifest "
                        + "rewritten (same digests, lines reversed) so the signature no longer matches",
                List.of("OVF-CERT-003"), choices, signed.replacing(appliance.manifestName(),
                        reversedLines(signed.bytesOf(appliance.manifestName())))));

        PackageDraft ovf2 = ValidPackages.ovf2SectionsDraft();
        plans.add(situation("encryption-required", "The ovf2-sections package with its EncryptionSection (a key "
                        + "wrapped for a vendor key named vcmtck-support-key, which no consumer holds) marked "
                        + "ovf:required=\"true\"; a consumer that cannot decrypt must not deploy it",
                List.of("OVF-V2-004"), DeployChoices.accepting(),
                PackageAssembler.assemble(ovf2.withDescriptor(d -> TextEdits.replaceOnce(d,
                        "<EncryptionSection xmlns:xenc=\"" + Ovf2Descriptors.XML_ENCRYPTION_NAMESPACE
                                + "\" ovf:required=\"false\">", "<EncryptionSection xmlns:xenc=\""
                                + Ovf2Descriptors.XML_ENCRYPTION_NAMESPACE + "\" ovf:required=\"true\">")))));

        PackageDraft storage = ValidPackages.compressedChunkedDraft();
        AssembledPackage stored = PackageAssembler.assemble(storage);
        plans.add(fault("missing-chunk", "The compressed-chunked package without the middle chunk "
                        + Chunks.chunkName("data.img", 1) + " (its manifest line kept)",
                List.of("OVF-REF-012", "OVF-REF-011"), DeployChoices.accepting(),
                stored.without(Chunks.chunkName("data.img", 1))));
        plans.add(fault("corrupt-gzip", "The compressed-chunked package whose gzip file system.img has a wrong "
                        + "CRC-32 in its trailer (size and manifest describe the corrupt bytes)",
                List.of("OVF-REF-007"), DeployChoices.accepting(),
                PackageAssembler.assemble(storage.withFile("system.img",
                        corruptTrailer(storage.file("system.img"))))));
        return plans;
    }

    private static PackagePlan fault(String name, String description, List<String> ids, DeployChoices choices,
                                     AssembledPackage content) {
        return new PackagePlan(name, description, ids, choices, CorpusPackage.Expectation.REFUSE, true, content);
    }

    private static PackagePlan situation(String name, String description, List<String> ids, DeployChoices choices,
                                         AssembledPackage content) {
        return new PackagePlan(name, description, ids, choices, CorpusPackage.Expectation.REFUSE, false, content);
    }

    /** The manifest with the first hex digit of one file's digest changed. */
    private static byte[] alterDigestOf(byte[] manifest, String file) {
        List<String> lines = new ArrayList<>(List.of(new String(manifest, StandardCharsets.US_ASCII).split("\n")));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.contains("(" + file + ")")) {
                int digit = line.indexOf("= ") + 2;
                char changed = line.charAt(digit) == '0' ? '1' : '0';
                lines.set(i, line.substring(0, digit) + changed + line.substring(digit + 1));
                return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.US_ASCII);
            }
        }
        throw new IllegalStateException("the manifest has no line for " + file);
    }

    private static byte[] reversedLines(byte[] manifest) {
        List<String> lines = new ArrayList<>(List.of(new String(manifest, StandardCharsets.US_ASCII).split("\n")));
        Collections.reverse(lines);
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static String withExternalEntity(String descriptor) {
        String declared = TextEdits.insertBefore(descriptor, "<Envelope ",
                "<!DOCTYPE Envelope [<!ENTITY corpus SYSTEM \"file:///etc/hostname\">]>\n");
        return TextEdits.replaceOnce(declared, "Generated by the VCM-TCK to test OVF consumers.", "&corpus;");
    }

    /** gzip data whose CRC-32 (the trailer's first four bytes) no longer matches the content. */
    private static byte[] corruptTrailer(byte[] gzip) {
        byte[] corrupt = gzip.clone();
        corrupt[corrupt.length - 8] ^= (byte) 0xff;
        return corrupt;
    }
}
