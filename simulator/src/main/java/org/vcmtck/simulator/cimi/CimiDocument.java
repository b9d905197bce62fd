package org.vcmtck.simulator.cimi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One CIMI representation, independent of the wire format: a type name (the XML root element), whether it is a
 * collection (XML root {@code Collection}), and ordered attributes. Attribute values are String, Number, Boolean,
 * {@link Href}, {@link Entries}, a {@code Map<String,String>} (only under "properties") or a
 * {@code List<Operation>} (only under "operations").
 */
public record CimiDocument(String type, boolean collection, Map<String, Object> attributes) {
    public static final String PROPERTIES = "properties";
    public static final String OPERATIONS = "operations";

    public CimiDocument {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    public String resourceUri() {
        return CimiNames.typeUri(type);
    }

    public Object get(String name) {
        return attributes.get(name);
    }

    public static Builder resource(String type) {
        return new Builder(type, false);
    }

    public static Builder collection(String type) {
        return new Builder(type, true);
    }

    /** Collects attributes in order; null values are left out, so optional attributes are simply absent. */
    public static final class Builder {
        private final String type;
        private final boolean collection;
        private final Map<String, Object> attributes = new LinkedHashMap<>();

        private Builder(String type, boolean collection) {
            this.type = type;
            this.collection = collection;
        }

        public Builder put(String name, Object value) {
            if (value != null) {
                attributes.put(name, value);
            }
            return this;
        }

        public Builder href(String name, String href) {
            return put(name, href == null ? null : new Href(href));
        }

        public Builder properties(Map<String, String> properties) {
            return put(PROPERTIES, properties == null || properties.isEmpty() ? null : Map.copyOf(properties));
        }

        public Builder operations(List<Operation> operations) {
            return put(OPERATIONS, operations == null || operations.isEmpty() ? null : List.copyOf(operations));
        }

        public CimiDocument build() {
            return new CimiDocument(type, collection, attributes);
        }
    }
}
