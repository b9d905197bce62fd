package org.vcmtck.assertions.wbem;

import java.util.List;
import java.util.Optional;

/**
 * An INSTANCE element of an answer, with the path the server gave next to it when there was one.
 *
 * @param className  CLASSNAME
 * @param path       the INSTANCENAME/INSTANCEPATH beside it (VALUE.NAMEDINSTANCE, VALUE.INSTANCEWITHPATH)
 * @param qualifiers the names of its QUALIFIER children
 * @param properties its properties in document order
 */
public record CimXmlInstance(String className, Optional<CimXmlInstanceName> path, List<String> qualifiers,
                             List<CimXmlProperty> properties) {

    public CimXmlInstance {
        qualifiers = List.copyOf(qualifiers);
        properties = List.copyOf(properties);
    }

    public List<String> propertyNames() {
        return properties.stream().map(CimXmlProperty::name).toList();
    }
}
