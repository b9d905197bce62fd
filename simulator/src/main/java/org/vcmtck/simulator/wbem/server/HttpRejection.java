package org.vcmtck.simulator.wbem.server;

/**
 * A request refused at the HTTP level, before any CIM processing: the HTTP status, the DSP0200 {@code CIMError}
 * header token (null when the rejection has none, e.g. 401/405/413) and a message for the body.
 */
public final class HttpRejection extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String cimError;

    public HttpRejection(int status, String cimError, String message) {
        super(message);
        this.status = status;
        this.cimError = cimError;
    }

    public static HttpRejection headerMismatch(String message) {
        return new HttpRejection(400, "header-mismatch", message);
    }

    public int status() {
        return status;
    }

    /** The CIMError token, or null. */
    public String cimError() {
        return cimError;
    }
}
