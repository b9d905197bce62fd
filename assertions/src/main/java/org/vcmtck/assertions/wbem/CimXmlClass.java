package org.vcmtck.assertions.wbem;

import java.util.List;
import java.util.Optional;

/**
 * A CLASS element of an answer.
 *
 * @param name       NAME
 * @param superclass SUPERCLASS, empty for a root class
 * @param qualifiers the names of the class's own QUALIFIER children
 * @param properties its properties in document order
 * @param methods    the names of its METHOD children
 */
public record CimXmlClass(String name, Optional<String> superclass, List<String> qualifiers,
                          List<CimXmlProperty> properties, List<String> methods) {

    public CimXmlClass {
        qualifiers = List.copyOf(qualifiers);
        properties = List.copyOf(properties);
        methods = List.copyOf(methods);
    }

    public List<String> propertyNames() {
        return properties.stream().map(CimXmlProperty::name).toList();
    }
}
