package org.vcmtck.profiles;

import org.vcmtck.profiles.yaml.Diagnostic;

/**
 * The catalogue data is unreadable or inconsistent. The message names the file and, where known, the line and the
 * field at fault, e.g. {@code dsp0243-ovf.yaml:41: requirements[7].level: unknown level 'MUSTN'}.
 */
public final class CatalogueException extends RuntimeException {

    private final String file;
    private final int line;
    private final String field;

    /**
     * @param file    the catalogue file (as named in the index, or its path)
     * @param line    1-based line, 0 when unknown
     * @param field   field path such as {@code requirements[3].level}, empty when the whole file is at fault
     * @param problem what is wrong
     */
    public CatalogueException(String file, int line, String field, String problem) {
        this(file, line, field, problem, null);
    }

    public CatalogueException(String file, int line, String field, String problem, Throwable cause) {
        super(new Diagnostic(file, line, field, problem).format(), cause);
        this.file = file;
        this.line = line;
        this.field = field == null ? "" : field;
    }

    public String file() {
        return file;
    }

    /** 1-based line, 0 when unknown. */
    public int line() {
        return line;
    }

    /** Field path, empty when the whole file is at fault. */
    public String field() {
        return field;
    }
}
