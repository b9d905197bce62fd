package org.vcmtck.simulator.wbem.cimxml;

/**
 * A CIM-XML document that cannot be used, with the DSP0200 {@code CIMError} token that names why: not
 * well-formed XML, well-formed but not what the DTD allows, an unsupported CIM or DTD version, or over a limit.
 */
public final class CimXmlException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The reasons a document is refused, each with its CIMError header token. */
    public enum Kind {
        NOT_WELL_FORMED("request-not-well-formed"),
        NOT_VALID("request-not-valid"),
        UNSUPPORTED_CIM_VERSION("unsupported-cim-version"),
        UNSUPPORTED_DTD_VERSION("unsupported-dtd-version"),
        UNSUPPORTED_PROTOCOL_VERSION("unsupported-protocol-version"),
        MULTIPLE_REQUESTS("multiple-requests-unsupported"),
        TOO_LARGE("request-not-valid");

        private final String cimError;

        Kind(String cimError) {
            this.cimError = cimError;
        }

        public String cimError() {
            return cimError;
        }
    }

    private final Kind kind;

    public CimXmlException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public static CimXmlException invalid(String message) {
        return new CimXmlException(Kind.NOT_VALID, message);
    }

    public Kind kind() {
        return kind;
    }
}
