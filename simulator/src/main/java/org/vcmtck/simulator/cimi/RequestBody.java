package org.vcmtck.simulator.cimi;

import java.util.Map;

/**
 * A parsed request body, read the same way whether it came as JSON or XML, so handlers are written once.
 * Names are CIMI attribute names; XML {@code <property key>} elements and the JSON {@code properties} object
 * both come out of {@link #properties()}.
 */
public interface RequestBody {
    /** The type the body declares: its resourceURI (JSON) or root element as a type URI (XML); null if none. */
    String declaredType();

    boolean has(String name);

    /** A scalar attribute as text, or null when absent; a structured value where a scalar belongs → 400. */
    String text(String name);

    /** The href of a reference attribute, or null when the attribute is absent. */
    String href(String name);

    /** The href this structure itself carries (a by-reference value), or null. */
    String selfHref();

    /** A nested structure (a by-value template...), or null when absent. */
    RequestBody child(String name);

    /** The properties map, or null when the body has none. */
    Map<String, String> properties();
}
