package org.vcmtck.simulator.cimi;

/**
 * A request the provider refuses, with the HTTP status it maps to and, when the fault is one input, the
 * attribute at fault. Thrown by handlers and turned into an error response in one place.
 */
public final class CimiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String attribute;

    public CimiException(int status, String attribute, String message) {
        super(message);
        this.status = status;
        this.attribute = attribute;
    }

    public CimiException(int status, String message) {
        this(status, null, message);
    }

    public int status() {
        return status;
    }

    /** The request attribute at fault, or null. */
    public String attribute() {
        return attribute;
    }

    static CimiException notFound(String what, String id) {
        return new CimiException(404, what + " '" + id + "' does not exist");
    }

    static CimiException badRequest(String attribute, String message) {
        return new CimiException(400, attribute, attribute + ": " + message);
    }
}
