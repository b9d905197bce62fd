package org.vcmtck.simulator.wbem.mof;

/** A MOF compile error at file:line:column, saying what was expected or what was wrong. */
public final class MofException extends RuntimeException {
    private final String file;
    private final int line;
    private final int column;
    private final String detail;

    public MofException(String file, int line, int column, String detail) {
        super(file + ":" + line + ":" + column + ": " + detail);
        this.file = file;
        this.line = line;
        this.column = column;
        this.detail = detail;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String detail() {
        return detail;
    }
}
