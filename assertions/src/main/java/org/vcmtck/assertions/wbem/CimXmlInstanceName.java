package org.vcmtck.assertions.wbem;

import java.util.Map;
import java.util.TreeMap;

/**
 * An instance's name: its class and key bindings. Key names compare case-insensitively and their order does not
 * matter (WBEM-XML-013), so two names of the same instance are equal whatever order the server wrote.
 *
 * @param className CLASSNAME
 * @param keys      key property name → key value text (a reference key holds its class name)
 */
public record CimXmlInstanceName(String className, Map<String, String> keys) {

    public CimXmlInstanceName {
        TreeMap<String, String> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        sorted.putAll(keys);
        keys = java.util.Collections.unmodifiableMap(sorted);
    }

    /** The identity used to compare names: lower-case class, then the keys in name order. */
    public String identity() {
        StringBuilder out = new StringBuilder(className.toLowerCase(java.util.Locale.ROOT));
        keys.forEach((k, v) -> out.append('|').append(k.toLowerCase(java.util.Locale.ROOT)).append('=').append(v));
        return out.toString();
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(className);
        String separator = ".";
        for (Map.Entry<String, String> key : keys.entrySet()) {
            out.append(separator).append(key.getKey()).append("=\"").append(key.getValue()).append('"');
            separator = ",";
        }
        return out.toString();
    }
}
