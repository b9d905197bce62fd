package org.vcmtck.assertions.cimi;

import java.util.Set;

/** Names fixed by DSP0263 that the checks compare against. */
public final class CimiVocabulary {

    public static final String NAMESPACE = "http://schemas.dmtf.org/cimi/1";
    public static final String ACTION_PREFIX = NAMESPACE + "/action/";
    public static final String START = ACTION_PREFIX + "start";
    public static final String STOP = ACTION_PREFIX + "stop";

    /** The generic operations, which use bare words as rel (CIMI-COM-007). */
    public static final Set<String> GENERIC_OPERATIONS = Set.of("add", "edit", "delete");

    /** The attribute names under which a Cloud Entry Point may reference top-level collections (CIMI-CEP-003). */
    public static final Set<String> ENTRY_POINT_COLLECTIONS = Set.of("resourceMetadata", "systems",
            "systemTemplates", "machines", "machineTemplates", "machineConfigs", "machineImages", "credentials",
            "credentialTemplates", "volumes", "volumeTemplates", "volumeConfigs", "volumeImages", "networks",
            "networkTemplates", "networkConfigs", "networkPorts", "networkPortTemplates", "networkPortConfigs",
            "addresses", "addressTemplates", "forwardingGroups", "forwardingGroupTemplates", "jobs", "meters",
            "meterTemplates", "meterConfigs", "eventLogs", "eventLogTemplates");

    /** Machine states of the CIMI state model (CIMI-MACH-002). */
    public static final Set<String> MACHINE_STATES = Set.of("CREATING", "STARTING", "STARTED", "STOPPING",
            "STOPPED", "PAUSING", "PAUSED", "SUSPENDING", "SUSPENDED", "CAPTURING", "RESTORING", "DELETING", "ERROR",
            "FAILED");

    /** Volume states (CIMI-VOL-001; CAPTURING is unconfirmed but listed so it is never held against a provider). */
    public static final Set<String> VOLUME_STATES = Set.of("CREATING", "AVAILABLE", "CAPTURING", "DELETING",
            "ERROR");

    /** Network states (CIMI-NET-001; partly unconfirmed, so the list is the wider one). */
    public static final Set<String> NETWORK_STATES = Set.of("CREATING", "STARTING", "STARTED", "STOPPING",
            "STOPPED", "SUSPENDING", "SUSPENDED", "DELETING", "ERROR");

    /** Values of Network.networkType (CIMI-NET-001). */
    public static final Set<String> NETWORK_TYPES = Set.of("PUBLIC", "PRIVATE");

    /** Job states (CIMI-JOB-002). */
    public static final Set<String> JOB_STATES = Set.of("QUEUED", "RUNNING", "FAILED", "SUCCESS", "STOPPING",
            "STOPPED");

    /** Job states after which nothing more happens to the job. */
    public static final Set<String> FINAL_JOB_STATES = Set.of("FAILED", "SUCCESS", "STOPPED");

    private CimiVocabulary() {
    }

    /** The type URI of a CIMI resource type name, e.g. Machine → http://schemas.dmtf.org/cimi/1/Machine. */
    public static String typeUri(String typeName) {
        return NAMESPACE + "/" + typeName;
    }
}
