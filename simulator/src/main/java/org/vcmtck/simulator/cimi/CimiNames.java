package org.vcmtck.simulator.cimi;

/** Fixed CIMI vocabulary (DSP0263): namespace, type URIs, action URIs and header names. */
public final class CimiNames {
    public static final String NAMESPACE = "http://schemas.dmtf.org/cimi/1";
    public static final String ACTION_PREFIX = NAMESPACE + "/action/";
    /** The version this provider speaks; sent on every response. */
    public static final String SPEC_VERSION = "1.1.0";
    public static final String VERSION_HEADER = "CIMI-Specification-Version";
    public static final String JOB_HEADER = "CIMI-Job-URI";
    /** Request bodies above this many bytes are refused with 413. */
    public static final int MAX_BODY_BYTES = 1 << 20;

    private CimiNames() {
    }

    /** {@code http://schemas.dmtf.org/cimi/1/<type>}. */
    public static String typeUri(String type) {
        return NAMESPACE + "/" + type;
    }

    public static String actionUri(String action) {
        return ACTION_PREFIX + action;
    }
}
