package org.vcmtck.reports;

import java.nio.file.Path;

/**
 * A Cucumber JSON file that cannot be read or does not have the expected shape. The message names the file
 * and the position: line and column for a JSON syntax error, a JSON path such as
 * {@code [0].elements[2].steps[1].result.status} for a well-formed file with a wrong field.
 */
public final class ReportInputException extends RuntimeException {

    private final Path file;
    private final int line;
    private final int column;
    private final String jsonPath;

    public ReportInputException(Path file, int line, int column, String jsonPath, String problem, Throwable cause) {
        super(format(file, line, column, jsonPath, problem), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.jsonPath = jsonPath == null ? "" : jsonPath;
    }

    public Path file() {
        return file;
    }

    /** 1-based line of a syntax error, 0 when the problem is located by {@link #jsonPath()} instead. */
    public int line() {
        return line;
    }

    /** 1-based column of a syntax error, 0 when unknown. */
    public int column() {
        return column;
    }

    /** Path of the offending JSON value, empty for syntax and I/O errors. */
    public String jsonPath() {
        return jsonPath;
    }

    private static String format(Path file, int line, int column, String jsonPath, String problem) {
        StringBuilder text = new StringBuilder("Cucumber JSON report ").append(file);
        if (line > 0) {
            text.append(", line ").append(line);
            if (column > 0) {
                text.append(", column ").append(column);
            }
        }
        if (jsonPath != null && !jsonPath.isEmpty()) {
            text.append(", at ").append(jsonPath);
        }
        return text.append(": ").append(problem).toString();
    }
}
