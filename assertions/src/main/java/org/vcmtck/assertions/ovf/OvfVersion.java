package org.vcmtck.assertions.ovf;

/** The OVF envelope generation, decided from the namespace of the root element (OVF-ENV-001). */
public enum OvfVersion {
    /** VMware's pre-DMTF draft namespace; read so that old packages can be diagnosed, never conformant. */
    LEGACY_0_9("http://www.vmware.com/schema/ovf/1/envelope"),
    V1("http://schemas.dmtf.org/ovf/envelope/1"),
    V2("http://schemas.dmtf.org/ovf/envelope/2"),
    UNKNOWN("");

    private final String namespace;

    OvfVersion(String namespace) {
        this.namespace = namespace;
    }

    public String namespace() {
        return namespace;
    }

    /** True for the DMTF 1.x and 2.x envelopes, whose schemas fix element names and order. */
    public boolean isDmtf() {
        return this == V1 || this == V2;
    }

    public static OvfVersion ofNamespace(String uri) {
        for (OvfVersion version : values()) {
            if (version != UNKNOWN && version.namespace.equals(uri)) {
                return version;
            }
        }
        return UNKNOWN;
    }
}
