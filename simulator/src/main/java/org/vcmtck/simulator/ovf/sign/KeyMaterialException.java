package org.vcmtck.simulator.ovf.sign;

import java.nio.file.Path;

/** Key or certificate material that cannot be used: {@link #file()} names the file (null when not from a file). */
public final class KeyMaterialException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public KeyMaterialException(Path file, String message, Throwable cause) {
        super(file == null ? message : file + ": " + message, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
