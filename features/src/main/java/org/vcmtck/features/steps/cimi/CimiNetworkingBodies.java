package org.vcmtck.features.steps.cimi;

import org.vcmtck.assertions.cimi.CimiFormat;
import org.vcmtck.assertions.cimi.CimiVocabulary;

/** Create bodies for network parts: a template by reference that also names the network it goes on. */
final class CimiNetworkingBodies {
    private CimiNetworkingBodies() {
    }

    /**
     * An {@code <Type>Create} whose {@code templateAttribute} refers to {@code templateHref}; when
     * {@code networkHref} is not null the template also names that network.
     */
    static String create(CimiFormat format, String type, String name, String templateAttribute, String templateHref,
                         String networkHref) {
        return switch (format) {
            case JSON -> "{\"resourceURI\": \"" + CimiVocabulary.typeUri(type + "Create") + "\", \"name\": \""
                    + json(name) + "\", \"" + templateAttribute + "\": {\"href\": \"" + json(templateHref) + "\""
                    + (networkHref == null ? "" : ", \"network\": {\"href\": \"" + json(networkHref) + "\"}")
                    + "}}";
            case XML -> "<" + type + "Create xmlns=\"" + CimiVocabulary.NAMESPACE + "\"><name>" + xml(name)
                    + "</name><" + templateAttribute + " href=\"" + xml(templateHref) + "\">"
                    + (networkHref == null ? "" : "<network href=\"" + xml(networkHref) + "\"/>")
                    + "</" + templateAttribute + "></" + type + "Create>";
        };
    }

    /** A NetworkCreate from a NetworkTemplate reference, for providers that list no network to use. */
    static String networkCreate(CimiFormat format, String name, String templateHref) {
        return create(format, "Network", name, "networkTemplate", templateHref, null);
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
