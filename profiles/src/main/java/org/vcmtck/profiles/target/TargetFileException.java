package org.vcmtck.profiles.target;

import java.nio.file.Path;
import org.vcmtck.profiles.yaml.Diagnostic;

/**
 * A target file cannot be used. The message names the file, the line and the field, e.g.
 * {@code target.yaml:14: claims.standards[1]: unknown standard 'DSP9999'}.
 */
public final class TargetFileException extends Exception {

    private final transient Path file;
    private final int line;
    private final String field;

    /**
     * @param file    the target file
     * @param line    1-based line, 0 when unknown (e.g. the file cannot be read)
     * @param field   dotted field path, empty when the whole file is at fault
     * @param problem what is wrong
     */
    public TargetFileException(Path file, int line, String field, String problem) {
        this(file, line, field, problem, null);
    }

    public TargetFileException(Path file, int line, String field, String problem, Throwable cause) {
        super(new Diagnostic(String.valueOf(file), line, field, problem).format(), cause);
        this.file = file;
        this.line = line;
        this.field = field == null ? "" : field;
    }

    public Path file() {
        return file;
    }

    /** 1-based line, 0 when unknown. */
    public int line() {
        return line;
    }

    /** Dotted field path such as {@code endpoints.cimi}, empty when the whole file is at fault. */
    public String field() {
        return field;
    }
}
