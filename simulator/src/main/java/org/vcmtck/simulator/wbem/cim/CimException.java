package org.vcmtck.simulator.wbem.cim;

/** A CIM operation failure: a status code plus a human-readable description (may be null). */
public final class CimException extends RuntimeException {
    private final CimStatus status;
    private final String description;

    public CimException(CimStatus status, String description) {
        super(status.name() + " (" + status.code() + ")" + (description == null ? "" : ": " + description));
        this.status = status;
        this.description = description;
    }

    public CimStatus status() {
        return status;
    }

    public String description() {
        return description;
    }
}
