package org.vcmtck.simulator.cimi.query;

/**
 * A query parameter the provider refuses: which parameter, where in its value (1-based, or 0 when the whole value
 * is at fault), the HTTP status and the requirement it answers to.
 */
public final class QueryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final int position;
    private final int status;
    private final String requirement;

    public QueryException(String parameter, int position, int status, String requirement, String message) {
        super(parameter + (position > 0 ? " at position " + position : "") + ": " + message + " (" + requirement
                + ")");
        this.parameter = parameter;
        this.position = position;
        this.status = status;
        this.requirement = requirement;
    }

    static QueryException syntax(String parameter, int position, String message) {
        return new QueryException(parameter, position, 400, parameter.equals("$filter") ? "CIMI-Q-002"
                : "CIMI-Q-009", message);
    }

    public String parameter() {
        return parameter;
    }

    public int position() {
        return position;
    }

    public int status() {
        return status;
    }

    public String requirement() {
        return requirement;
    }
}
