package org.vcmtck.simulator.frontend;

import java.io.IOException;

/** A front end could not start (port taken, bad setting...); names the front end. */
public final class FrontEndStartException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String kind;

    public FrontEndStartException(String kind, String message, Throwable cause) {
        super("front end " + kind + ": " + message, cause);
        this.kind = kind;
    }

    public String kind() {
        return kind;
    }
}
