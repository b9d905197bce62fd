package org.vcmtck.simulator.wbem.query;

/** A query the parser refuses, with the character position where it went wrong (0-based). */
public final class QueryException extends RuntimeException {
    private final int position;

    public QueryException(int position, String message) {
        super(message + " (at character " + (position + 1) + ")");
        this.position = position;
    }

    public int position() {
        return position;
    }
}
