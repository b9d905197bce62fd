package org.vcmtck.profiles.yaml;

/**
 * A problem at a place in a file, in the compiler-diagnostic form every file loader of the kit reports
 * (catalogue, target and inventory files), so an editor or a person can jump to the line at fault:
 * {@code datacenter.yaml:12: hosts[1].memoryBytes: must be a positive size}.
 *
 * @param file    the file as the user named it
 * @param line    1-based line, 0 when unknown (then left out)
 * @param field   field path such as {@code hosts[1].memoryBytes}, empty when the whole file is at fault (then left out)
 * @param problem what is wrong
 */
public record Diagnostic(String file, int line, String field, String problem) {

    public Diagnostic {
        field = field == null ? "" : field;
    }

    public String format() {
        StringBuilder text = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            text.append(':').append(line);
        }
        text.append(": ");
        if (!field.isEmpty()) {
            text.append(field).append(": ");
        }
        return text.append(problem).toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
