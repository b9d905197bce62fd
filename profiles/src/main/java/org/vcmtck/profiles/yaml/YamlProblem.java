package org.vcmtck.profiles.yaml;

/**
 * Something wrong in a YAML document, located by line and field path. The loaders turn it into their own
 * public exception type, adding the file name.
 */
public final class YamlProblem extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final String field;
    private final String problem;

    /**
     * @param line    1-based line, 0 when unknown
     * @param field   dotted field path such as {@code claims.standards[2]}, empty for the whole document
     * @param problem what is wrong, without the location
     */
    public YamlProblem(int line, String field, String problem) {
        this(line, field, problem, null);
    }

    /** As {@link #YamlProblem(int, String, String)}, keeping the parser's own exception as the cause. */
    public YamlProblem(int line, String field, String problem, Throwable cause) {
        super(format(line, field, problem), cause);
        this.line = Math.max(line, 0);
        this.field = field == null ? "" : field;
        this.problem = problem;
    }

    /** 1-based line, 0 when unknown. */
    public int line() {
        return line;
    }

    /**
     * The field at fault, empty for the whole document. For a syntax error, the last field read before it (the
     * line says where the parser stopped).
     */
    public String field() {
        return field;
    }

    /** The description without line and field. */
    public String problem() {
        return problem;
    }

    private static String format(int line, String field, String problem) {
        StringBuilder text = new StringBuilder();
        if (line > 0) {
            text.append("line ").append(line).append(": ");
        }
        if (field != null && !field.isEmpty()) {
            text.append(field).append(": ");
        }
        return text.append(problem).toString();
    }
}
