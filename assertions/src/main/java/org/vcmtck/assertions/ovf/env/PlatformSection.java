package org.vcmtck.assertions.ovf.env;

import java.util.List;
import java.util.Optional;

/**
 * An environment's {@code PlatformSection}: its child elements in document order, so a check can see unknown,
 * repeated or misplaced ones as well as the values of Kind, Version, Vendor, Locale and Timezone.
 *
 * @param location XPath-like location in the environment document
 * @param fields   every child element
 */
public record PlatformSection(String location, List<Field> fields) {

    public PlatformSection {
        fields = List.copyOf(fields);
    }

    /**
     * One child element.
     *
     * @param namespace its namespace URI, "" when unqualified
     * @param name      its local name
     * @param text      its trimmed text
     * @param location  XPath-like location
     */
    public record Field(String namespace, String name, String text, String location) {
    }

    /** The text of the first child in the environment namespace with the local name (Kind, Version, ...). */
    public Optional<String> value(String name) {
        return fields.stream().filter(f -> f.namespace().equals(OvfEnvironment.NAMESPACE) && f.name().equals(name))
                .map(Field::text).findFirst();
    }
}
