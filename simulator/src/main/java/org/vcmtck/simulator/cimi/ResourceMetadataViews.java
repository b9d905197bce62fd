package org.vcmtck.simulator.cimi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ResourceMetadata this provider publishes (CIMI-RMD-*): one entry per resource type it serves. Every entry
 * describes the common attributes; Machine also carries its DefaultInitialState capability and the actions it
 * really accepts. Nothing is advertised that the routes do not implement.
 */
final class ResourceMetadataViews {
    static final String RESOURCE_METADATA = "resourceMetadata";
    private static final String CAPABILITY_PREFIX = CimiNames.NAMESPACE + "/capability/";
    private static final String JSON_AND_XML = "application/json, application/xml";

    /** Type name → collection it is served from, in the order the Cloud Entry Point lists them. */
    private static final Map<String, String> SERVED = orderedTypes();

    private final UriSpace uris;

    ResourceMetadataViews(UriSpace uris) {
        this.uris = uris;
    }

    private static Map<String, String> orderedTypes() {
        java.util.LinkedHashMap<String, String> m = new java.util.LinkedHashMap<>();
        m.put("Machine", CimiViews.MACHINES);
        m.put("MachineTemplate", CimiViews.MACHINE_TEMPLATES);
        m.put("MachineConfiguration", CimiViews.MACHINE_CONFIGS);
        m.put("MachineImage", CimiViews.MACHINE_IMAGES);
        m.put("Job", CimiViews.JOBS);
        m.put("Volume", VolumeViews.VOLUMES);
        m.put("VolumeTemplate", VolumeViews.VOLUME_TEMPLATES);
        m.put("VolumeConfiguration", VolumeViews.VOLUME_CONFIGS);
        m.put("VolumeImage", VolumeViews.VOLUME_IMAGES);
        m.put("Network", NetworkViews.NETWORKS);
        m.put("NetworkTemplate", NetworkViews.NETWORK_TEMPLATES);
        m.put("NetworkConfiguration", NetworkViews.NETWORK_CONFIGS);
        m.put("NetworkPort", NetworkViews.NETWORK_PORTS);
        m.put("System", SystemViews.SYSTEMS);
        m.put("SystemTemplate", SystemViews.SYSTEM_TEMPLATES);
        return java.util.Collections.unmodifiableMap(m);
    }

    static List<String> servedTypes() {
        return List.copyOf(SERVED.keySet());
    }

    CimiDocument collection() {
        return CollectionDocs.of(uris, "ResourceMetadataCollection", RESOURCE_METADATA,
                SERVED.keySet().stream().map(this::entry).toList(), List.of());
    }

    Optional<CimiDocument> one(String typeName) {
        return SERVED.containsKey(typeName) ? Optional.of(entry(typeName)) : Optional.empty();
    }

    private CimiDocument entry(String typeName) {
        CimiDocument.Builder b = CimiDocument.resource("ResourceMetadata")
                .put("id", uris.member(RESOURCE_METADATA, typeName))
                .put("name", typeName)
                .put("description", "what this provider supports of " + typeName + " (served at "
                        + uris.collection(SERVED.get(typeName)) + ")")
                .put("typeUri", CimiNames.typeUri(typeName))
                .put("attributes", new Entries("attributes", commonAttributes()));
        if (typeName.equals("Machine")) {
            b.put("capabilities", new Entries("capabilities", List.of(capability("Machine", "DefaultInitialState",
                    "the state a newly created machine settles in (after CREATING) unless its template's"
                            + " initialState asks for STARTED or STOPPED", MachineService.DEFAULT_INITIAL_STATE))));
            List<CimiDocument> actions = new ArrayList<>();
            for (String action : CimiViews.ACTIONS) {
                actions.add(action(action));
            }
            b.put("actions", new Entries("actions", actions));
        }
        return b.build();
    }

    private static CimiDocument capability(String type, String name, String description, String value) {
        return CimiDocument.resource("Capability")
                .put("name", name)
                .put("uri", CAPABILITY_PREFIX + type + "/" + name)
                .put("description", description)
                .put("value", value)
                .build();
    }

    private static CimiDocument action(String name) {
        return CimiDocument.resource("Action")
                .put("name", name)
                .put("uri", CimiNames.actionUri(name))
                .put("description", name + " the machine; answered with the Job that carries it out")
                .put("method", "POST")
                .put("inputMessage", JSON_AND_XML)
                .put("outputMessage", JSON_AND_XML)
                .build();
    }

    /** The attributes every CIMI resource of this provider has; only {@code id} is always present. */
    private static List<CimiDocument> commonAttributes() {
        return List.of(attribute("id", "URI", true), attribute("name", "string", false),
                attribute("description", "string", false), attribute("created", "dateTime", false),
                attribute("updated", "dateTime", false), attribute("properties", "map", false));
    }

    private static CimiDocument attribute(String name, String type, boolean required) {
        return CimiDocument.resource("Attribute")
                .put("name", name)
                .put("namespace", CimiNames.NAMESPACE)
                .put("type", type)
                .put("required", required)
                .build();
    }
}
