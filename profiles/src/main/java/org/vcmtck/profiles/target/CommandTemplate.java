package org.vcmtck.profiles.target;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An argument list with {@code {name}} placeholders, run without a shell: each argument is expanded on its own,
 * so a value holding spaces or quotes stays one argument and is never interpreted. {@code {{} and {@code }}}
 * stand for literal braces.
 */
public final class CommandTemplate {

    private final List<String> arguments;
    private final Set<String> placeholders;

    private CommandTemplate(List<String> arguments, Set<String> placeholders) {
        this.arguments = List.copyOf(arguments);
        this.placeholders = Collections.unmodifiableSet(placeholders);
    }

    /**
     * Checks every argument against the placeholders allowed where the template is used.
     *
     * @throws Problem naming the index of the first argument at fault
     */
    public static CommandTemplate parse(List<String> arguments, Set<String> allowed) throws Problem {
        Set<String> used = new LinkedHashSet<>();
        for (int i = 0; i < arguments.size(); i++) {
            for (Object piece : pieces(i, arguments.get(i))) {
                if (piece instanceof Placeholder placeholder) {
                    if (!allowed.contains(placeholder.name())) {
                        throw new Problem(i, "unknown placeholder '{" + placeholder.name() + "}' (allowed here: "
                                + describe(allowed) + "; write '{{' and '}}' for literal braces)");
                    }
                    used.add(placeholder.name());
                }
            }
        }
        return new CommandTemplate(arguments, used);
    }

    /** The arguments as written in the target file. */
    public List<String> arguments() {
        return arguments;
    }

    /** The placeholders the arguments use, in order of first use. */
    public Set<String> placeholders() {
        return placeholders;
    }

    public boolean uses(String placeholder) {
        return placeholders.contains(placeholder);
    }

    /** Whether the argument at {@code index} holds a placeholder. */
    public boolean hasPlaceholder(int index) {
        try {
            return pieces(index, arguments.get(index)).stream().anyMatch(Placeholder.class::isInstance);
        } catch (Problem impossible) {
            throw new IllegalStateException(impossible.getMessage(), impossible);
        }
    }

    /**
     * The arguments with every placeholder replaced by its value.
     *
     * @throws IllegalArgumentException when a placeholder the template uses has no value
     */
    public List<String> expand(Map<String, String> values) {
        List<String> expanded = new ArrayList<>(arguments.size());
        for (int i = 0; i < arguments.size(); i++) {
            StringBuilder text = new StringBuilder();
            List<Object> pieces;
            try {
                pieces = pieces(i, arguments.get(i));
            } catch (Problem impossible) {
                throw new IllegalStateException(impossible.getMessage(), impossible);
            }
            for (Object piece : pieces) {
                if (piece instanceof Placeholder placeholder) {
                    String value = values.get(placeholder.name());
                    if (value == null) {
                        throw new IllegalArgumentException("no value for placeholder '{" + placeholder.name()
                                + "}' of " + this);
                    }
                    text.append(value);
                } else {
                    text.append((String) piece);
                }
            }
            expanded.add(text.toString());
        }
        return expanded;
    }

    /** Literal text (String) and {@link Placeholder}s, in order. */
    private static List<Object> pieces(int index, String argument) throws Problem {
        List<Object> pieces = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < argument.length()) {
            char c = argument.charAt(i);
            if (c == '{' && i + 1 < argument.length() && argument.charAt(i + 1) == '{') {
                literal.append('{');
                i += 2;
            } else if (c == '}' && i + 1 < argument.length() && argument.charAt(i + 1) == '}') {
                literal.append('}');
                i += 2;
            } else if (c == '{') {
                int close = argument.indexOf('}', i + 1);
                if (close < 0) {
                    throw new Problem(index, "'" + argument + "' has a '{' without a closing '}'"
                            + " (write '{{' for a literal brace)");
                }
                String name = argument.substring(i + 1, close);
                if (name.isEmpty() || name.contains("{")) {
                    throw new Problem(index, "'" + argument + "' has a malformed placeholder '"
                            + argument.substring(i, close + 1) + "'");
                }
                if (literal.length() > 0) {
                    pieces.add(literal.toString());
                    literal.setLength(0);
                }
                pieces.add(new Placeholder(name));
                i = close + 1;
            } else if (c == '}') {
                throw new Problem(index, "'" + argument + "' has a '}' without an opening '{'"
                        + " (write '}}' for a literal brace)");
            } else {
                literal.append(c);
                i++;
            }
        }
        if (literal.length() > 0 || pieces.isEmpty()) {
            pieces.add(literal.toString());
        }
        return pieces;
    }

    private static String describe(Set<String> allowed) {
        if (allowed.isEmpty()) {
            return "none";
        }
        return String.join(", ", allowed.stream().sorted().map(name -> "{" + name + "}").toList());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CommandTemplate that && arguments.equals(that.arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(arguments);
    }

    /** The arguments joined by spaces, for messages (not for running: no quoting is done). */
    @Override
    public String toString() {
        return String.join(" ", arguments);
    }

    private record Placeholder(String name) {
    }

    /** An argument of a template is malformed or uses a placeholder not allowed there. */
    public static final class Problem extends Exception {
        private final int index;

        public Problem(int index, String message) {
            super(message);
            this.index = index;
        }

        /** 0-based index of the argument at fault. */
        public int index() {
            return index;
        }
    }
}
