package org.vcmtck.features.steps.cimi;

import java.util.Map;
import org.vcmtck.assertions.cimi.CimiFormat;
import org.vcmtck.assertions.cimi.CimiVocabulary;

/**
 * Request bodies of the protocol-convention checks: a MachineCreate that also sends what only the provider may
 * set (CIMI-COM-002), one carrying properties (CIMI-COM-005), and Machine updates for PUT (CIMI-HTTP-017).
 */
final class CimiConventionBodies {

    private CimiConventionBodies() {
    }

    /** A MachineCreate that names an id, created/updated times and a delete operation of the consumer's own. */
    static String machineCreateWithProviderAttributes(CimiFormat format, String name, String templateHref,
                                                      String forgedId, String forgedTime) {
        return switch (format) {
            case JSON -> "{\"resourceURI\": \"" + CimiVocabulary.typeUri("MachineCreate") + "\", \"id\": \""
                    + json(forgedId) + "\", \"name\": \"" + json(name) + "\", \"created\": \"" + forgedTime
                    + "\", \"updated\": \"" + forgedTime + "\", \"machineTemplate\": {\"href\": \""
                    + json(templateHref) + "\"}, \"operations\": [{\"rel\": \"delete\", \"href\": \""
                    + json(forgedId) + "\"}]}";
            case XML -> "<MachineCreate xmlns=\"" + CimiVocabulary.NAMESPACE + "\"><id>" + xml(forgedId)
                    + "</id><name>" + xml(name) + "</name><created>" + forgedTime + "</created><updated>"
                    + forgedTime + "</updated><machineTemplate href=\"" + xml(templateHref)
                    + "\"/><operation rel=\"delete\" href=\"" + xml(forgedId) + "\"/></MachineCreate>";
        };
    }

    /** A MachineCreate with a description and properties. */
    static String machineCreateWithProperties(CimiFormat format, String name, String description,
                                              String templateHref, Map<String, String> properties) {
        StringBuilder body = new StringBuilder();
        switch (format) {
            case JSON -> {
                body.append("{\"resourceURI\": \"").append(CimiVocabulary.typeUri("MachineCreate"))
                        .append("\", \"name\": \"").append(json(name)).append("\", \"description\": \"")
                        .append(json(description)).append("\", \"properties\": {");
                appendJsonProperties(body, properties);
                body.append("}, \"machineTemplate\": {\"href\": \"").append(json(templateHref)).append("\"}}");
            }
            case XML -> {
                body.append("<MachineCreate xmlns=\"").append(CimiVocabulary.NAMESPACE).append("\"><name>")
                        .append(xml(name)).append("</name><description>").append(xml(description))
                        .append("</description>");
                appendXmlProperties(body, properties);
                body.append("<machineTemplate href=\"").append(xml(templateHref)).append("\"/></MachineCreate>");
            }
        }
        return body.toString();
    }

    /**
     * A Machine for PUT with the given id and, when not null, name, description and properties; an attribute
     * given as null is left out of the body.
     */
    static String machineUpdate(CimiFormat format, String id, String name, String description,
                                Map<String, String> properties) {
        StringBuilder body = new StringBuilder();
        switch (format) {
            case JSON -> {
                body.append("{\"resourceURI\": \"").append(CimiVocabulary.typeUri("Machine")).append("\", \"id\": \"")
                        .append(json(id)).append('"');
                if (name != null) {
                    body.append(", \"name\": \"").append(json(name)).append('"');
                }
                if (description != null) {
                    body.append(", \"description\": \"").append(json(description)).append('"');
                }
                if (properties != null) {
                    body.append(", \"properties\": {");
                    appendJsonProperties(body, properties);
                    body.append('}');
                }
                body.append('}');
            }
            case XML -> {
                body.append("<Machine xmlns=\"").append(CimiVocabulary.NAMESPACE).append("\"><id>").append(xml(id))
                        .append("</id>");
                if (name != null) {
                    body.append("<name>").append(xml(name)).append("</name>");
                }
                if (description != null) {
                    body.append("<description>").append(xml(description)).append("</description>");
                }
                if (properties != null) {
                    appendXmlProperties(body, properties);
                }
                body.append("</Machine>");
            }
        }
        return body.toString();
    }

    /** A Machine for PUT that also sends an id and a created time other than the machine's. */
    static String machineUpdateWithProviderAttributes(CimiFormat format, String forgedId, String name,
                                                      String forgedTime) {
        return switch (format) {
            case JSON -> "{\"resourceURI\": \"" + CimiVocabulary.typeUri("Machine") + "\", \"id\": \""
                    + json(forgedId) + "\", \"name\": \"" + json(name) + "\", \"created\": \"" + forgedTime
                    + "\", \"updated\": \"" + forgedTime + "\"}";
            case XML -> "<Machine xmlns=\"" + CimiVocabulary.NAMESPACE + "\"><id>" + xml(forgedId) + "</id><name>"
                    + xml(name) + "</name><created>" + forgedTime + "</created><updated>" + forgedTime
                    + "</updated></Machine>";
        };
    }

    private static void appendJsonProperties(StringBuilder body, Map<String, String> properties) {
        String separator = "";
        for (Map.Entry<String, String> e : properties.entrySet()) {
            body.append(separator).append('"').append(json(e.getKey())).append("\": \"").append(json(e.getValue()))
                    .append('"');
            separator = ", ";
        }
    }

    private static void appendXmlProperties(StringBuilder body, Map<String, String> properties) {
        properties.forEach((key, value) -> body.append("<property key=\"").append(xml(key)).append("\">")
                .append(xml(value)).append("</property>"));
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
