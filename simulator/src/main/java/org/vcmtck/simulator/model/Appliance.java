package org.vcmtck.simulator.model;

import java.util.List;
import java.util.Map;

/**
 * What an OVF package said beyond the hardware of its systems, kept beside the systems it became so that an
 * export can say it again. The model does not interpret it: sections are kept as self-contained XML fragments
 * (namespaces declared on each fragment root), written by the OVF layer and read back by it.
 *
 * <p>{@code ovfNamespace} is the envelope namespace of the deployed descriptor (the fragments use it);
 * {@code configuration} the DeploymentOptionSection configuration in effect (null without one);
 * {@code properties} the resolved ProductSection values by full identifier; {@code envelopeSections} the
 * Envelope-level sections kept (DeploymentOptionSection, 2.x package sections, optional unknown ones);
 * {@code strings} the {@code Strings} bundles (internal ones, and external ones by their ovf:fileRef);
 * {@code content} the entity tree; {@code files} the package's files and disks (null: none kept);
 * {@code hardware} which package Item each allocation came from and the NetworkSection (null: none kept).
 */
public record Appliance(String id, String ovfNamespace, String configuration, Map<String, String> properties,
                        List<String> envelopeSections, List<String> strings, ApplianceEntity content,
                        ApplianceFiles files, ApplianceHardware hardware) {
    public Appliance {
        files = files == null ? ApplianceFiles.none() : files;
        hardware = hardware == null ? ApplianceHardware.none() : hardware;
        Checks.nonBlank("id", id);
        Checks.nonBlank("ovfNamespace", ovfNamespace);
        properties = properties == null ? Map.of() : Map.copyOf(properties);
        envelopeSections = envelopeSections == null ? List.of() : List.copyOf(envelopeSections);
        strings = strings == null ? List.of() : List.copyOf(strings);
        ModelState.requireArgument("content", content);
    }

    /** Without files: appliances recorded by callers that keep no package files. */
    public Appliance(String id, String ovfNamespace, String configuration, Map<String, String> properties,
                     List<String> envelopeSections, List<String> strings, ApplianceEntity content) {
        this(id, ovfNamespace, configuration, properties, envelopeSections, strings, content, null, null);
    }

    /** Without hardware notes: appliances recorded by callers that keep only files. */
    public Appliance(String id, String ovfNamespace, String configuration, Map<String, String> properties,
                     List<String> envelopeSections, List<String> strings, ApplianceEntity content,
                     ApplianceFiles files) {
        this(id, ovfNamespace, configuration, properties, envelopeSections, strings, content, files, null);
    }

    /** Every system id of the entity tree, depth first. */
    public List<String> systemIds() {
        return content.allSystemIds();
    }

    /** The entity (system or collection) a system was deployed from, or null. */
    public ApplianceEntity entityOf(String systemId) {
        return content.find(systemId);
    }

    /** The same appliance with another id (restores and copies keep ids; deployers choose them). */
    public Appliance withId(String newId) {
        return new Appliance(newId, ovfNamespace, configuration, properties, envelopeSections, strings, content, files,
                hardware);
    }
}
