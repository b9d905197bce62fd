package org.vcmtck.assertions.wbem;

import java.util.List;
import java.util.Optional;

/**
 * A PROPERTY, PROPERTY.ARRAY or PROPERTY.REFERENCE as the server wrote it.
 *
 * @param name        NAME
 * @param classOrigin CLASSORIGIN, absent when the server left it out
 * @param propagated  PROPAGATED="true" (inherited, not defined by the class that carries it)
 * @param qualifiers  the names of its QUALIFIER children
 * @param value       the text of a scalar VALUE (arrays: the values joined by ','), empty for NULL
 */
public record CimXmlProperty(String name, Optional<String> classOrigin, boolean propagated, List<String> qualifiers,
                             Optional<String> value) {

    public CimXmlProperty {
        qualifiers = List.copyOf(qualifiers);
    }
}
