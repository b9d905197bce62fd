package org.vcmtck.simulator.ovf.pkg;

/**
 * Rules for names of package members and relative hrefs: simple relative paths only (OVF-PKG-012), so that
 * nothing can point outside the package.
 */
final class MemberNames {
    private MemberNames() {
    }

    /** Why {@code name} is not a safe relative member name, or null when it is. */
    static String problem(String name) {
        if (name == null || name.isEmpty()) {
            return "empty name";
        }
        if (name.indexOf('\\') >= 0) {
            return "backslash in name";
        }
        if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            return "absolute path";
        }
        if (name.indexOf('\0') >= 0) {
            return "NUL character in name";
        }
        for (String part : name.split("/", -1)) {
            if (part.equals("..")) {
                return "'..' path segment";
            }
        }
        return null;
    }

    /** True when {@code href} starts with a URI scheme such as {@code http:} or {@code file:}. */
    static boolean hasScheme(String href) {
        return href.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") && !href.matches("^[A-Za-z]:[\\\\/].*");
    }
}
