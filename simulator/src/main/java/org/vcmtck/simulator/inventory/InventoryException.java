package org.vcmtck.simulator.inventory;

import java.nio.file.Path;
import org.vcmtck.profiles.yaml.Diagnostic;

/**
 * An inventory or state file was refused. The message reads like a compiler diagnostic,
 * {@code datacenter.yaml:12: hosts[1].memoryBytes: must be a positive size, got "-4GiB"}, so an editor or a
 * person can jump to the line at fault.
 */
public final class InventoryException extends Exception {
    private static final long serialVersionUID = 1L;
    /** The field named when the whole file is at fault. */
    public static final String WHOLE_DOCUMENT = "(document)";

    private final transient Path file;
    private final int line;
    private final String field;
    private final String detail;

    public InventoryException(Path file, int line, String field, String message) {
        this(file, line, field, message, null);
    }

    public InventoryException(Path file, int line, String field, String message, Throwable cause) {
        super(new Diagnostic(String.valueOf(file), line, field, message).format(), cause);
        this.file = file;
        this.line = line;
        this.field = field;
        this.detail = message;
    }

    public Path file() {
        return file;
    }

    /** 1-based line of the field at fault (of its enclosing entry when the field is missing). */
    public int line() {
        return line;
    }

    /** Path of the field at fault, e.g. {@code hosts[1].memoryBytes}; {@code (document)} for the whole file. */
    public String field() {
        return field;
    }

    /** The message without the file, line and field prefix. */
    public String detail() {
        return detail;
    }
}
