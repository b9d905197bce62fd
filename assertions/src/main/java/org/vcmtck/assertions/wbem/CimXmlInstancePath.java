package org.vcmtck.assertions.wbem;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An instance name with the namespace the server wrote around it (INSTANCEPATH, LOCALINSTANCEPATH), e.g. the far
 * end of an association that crosses namespaces.
 *
 * @param namespace the namespace, '/'-joined; empty when the server gave a bare INSTANCENAME
 * @param name      class and keys
 */
public record CimXmlInstancePath(Optional<String> namespace, CimXmlInstanceName name) {

    public CimXmlInstancePath {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(name, "name");
    }

    /** Whether this path is in {@code other} (namespaces compare case-insensitively, without slashes at the ends). */
    public boolean isIn(String other) {
        return namespace.map(CimXmlInstancePath::normal).map(ns -> ns.equals(normal(other))).orElse(false);
    }

    private static String normal(String ns) {
        return ns.replaceAll("^/+|/+$", "").toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return namespace.map(ns -> ns + ":").orElse("") + name;
    }
}
