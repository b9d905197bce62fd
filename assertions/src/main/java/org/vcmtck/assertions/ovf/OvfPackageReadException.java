package org.vcmtck.assertions.ovf;

import java.nio.file.Path;

/** The path does not name anything that can be read as a package (missing, or not an .ova/.ovf/folder). */
public final class OvfPackageReadException extends Exception {

    private final Path path;

    public OvfPackageReadException(Path path, String message, Throwable cause) {
        super(path + ": " + message, cause);
        this.path = path;
    }

    public OvfPackageReadException(Path path, String message) {
        this(path, message, null);
    }

    public Path path() {
        return path;
    }
}
