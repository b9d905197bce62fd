package org.vcmtck.features.steps.cimi;

import org.vcmtck.assertions.cimi.CimiFormat;
import org.vcmtck.assertions.cimi.CimiVocabulary;

/** The System request bodies the suite sends (CIMI-SYS-*), in the format under test. */
final class CimiSystemBodies {

    static final String IMPORT = CimiVocabulary.ACTION_PREFIX + "import";
    static final String EXPORT = CimiVocabulary.ACTION_PREFIX + "export";

    private CimiSystemBodies() {
    }

    /** A SystemCreate naming its SystemTemplate by reference. */
    static String systemCreate(CimiFormat format, String name, String templateHref) {
        return switch (format) {
            case JSON -> "{\"resourceURI\": \"" + CimiVocabulary.typeUri("SystemCreate") + "\", \"name\": \""
                    + json(name) + "\", \"systemTemplate\": {\"href\": \"" + json(templateHref) + "\"}}";
            case XML -> "<SystemCreate xmlns=\"" + CimiVocabulary.NAMESPACE + "\"><name>" + xml(name)
                    + "</name><systemTemplate href=\"" + xml(templateHref) + "\"/></SystemCreate>";
        };
    }

    /** An Action body with one extra scalar attribute (import's source, export's format), or none when null. */
    static String action(CimiFormat format, String actionUri, String attribute, String value) {
        return switch (format) {
            case JSON -> "{\"resourceURI\": \"" + CimiVocabulary.typeUri("Action") + "\", \"action\": \""
                    + json(actionUri) + "\"" + (attribute == null ? ""
                    : ", \"" + attribute + "\": \"" + json(value) + "\"") + "}";
            case XML -> "<Action xmlns=\"" + CimiVocabulary.NAMESPACE + "\"><action>" + xml(actionUri)
                    + "</action>" + (attribute == null ? ""
                    : "<" + attribute + ">" + xml(value) + "</" + attribute + ">") + "</Action>";
        };
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
