package org.vcmtck.simulator.model;

/**
 * The model refused an operation and changed nothing. {@link #field()} names the offending input
 * (a spec field or an id parameter) when there is one, so protocol views can point at it.
 */
public final class ModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorKind kind;
    private final String field;

    public ModelException(ErrorKind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public ErrorKind kind() {
        return kind;
    }

    /** The input field or parameter at fault, or null when the error is not about one input. */
    public String field() {
        return field;
    }

    static ModelException notFound(String field, String what, String id) {
        return new ModelException(ErrorKind.NOT_FOUND, field, what + " '" + id + "' does not exist");
    }

    static ModelException invalid(String field, String message) {
        return new ModelException(ErrorKind.INVALID_ARGUMENT, field, field + ": " + message);
    }
}
