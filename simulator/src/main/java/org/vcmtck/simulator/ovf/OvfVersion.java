package org.vcmtck.simulator.ovf;

/** The OVF major versions this engine reads and writes, told apart by the envelope namespace. */
public enum OvfVersion {
    V1_1("1.1", "http://schemas.dmtf.org/ovf/envelope/1"),
    V2_0("2.0", "http://schemas.dmtf.org/ovf/envelope/2");

    private final String label;
    private final String namespace;

    OvfVersion(String label, String namespace) {
        this.label = label;
        this.namespace = namespace;
    }

    /** "1.1" or "2.0", as the command line spells it. */
    public String label() {
        return label;
    }

    public String namespace() {
        return namespace;
    }

    /** The version whose envelope namespace is {@code uri}, or null. */
    public static OvfVersion ofNamespace(String uri) {
        for (OvfVersion v : values()) {
            if (v.namespace.equals(uri)) {
                return v;
            }
        }
        return null;
    }

    /** Parses "1.1"/"1"/"1.0" or "2.0"/"2"/"2.1". */
    public static OvfVersion ofLabel(String text) {
        String t = text == null ? "" : text.trim();
        if (t.equals("1") || t.startsWith("1.")) {
            return V1_1;
        }
        if (t.equals("2") || t.startsWith("2.")) {
            return V2_0;
        }
        throw new IllegalArgumentException("unknown OVF version '" + text + "' (expected 1.1 or 2.0)");
    }
}
