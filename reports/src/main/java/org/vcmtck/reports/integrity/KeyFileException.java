package org.vcmtck.reports.integrity;

import java.nio.file.Path;

/** A key or certificate file that cannot be used: names the file and what is wrong with it. */
public final class KeyFileException extends Exception {

    private final transient Path file;
    private final String problem;

    public KeyFileException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
        this.problem = problem;
    }

    public KeyFileException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    public String problem() {
        return problem;
    }
}
