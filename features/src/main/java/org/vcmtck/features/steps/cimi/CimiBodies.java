package org.vcmtck.features.steps.cimi;

import org.vcmtck.assertions.cimi.CimiFormat;
import org.vcmtck.assertions.cimi.CimiVocabulary;

/** The request bodies the suite sends, written in the format under test. */
final class CimiBodies {

    private CimiBodies() {
    }

    /** A MachineCreate naming its template by reference (CIMI-MACH-003). */
    static String machineCreate(CimiFormat format, String name, String templateHref) {
        return switch (format) {
            case JSON -> "{\"resourceURI\": \"" + CimiVocabulary.typeUri("MachineCreate") + "\", \"name\": \""
                    + json(name) + "\", \"machineTemplate\": {\"href\": \"" + json(templateHref) + "\"}}";
            case XML -> "<MachineCreate xmlns=\"" + CimiVocabulary.NAMESPACE + "\"><name>" + xml(name)
                    + "</name><machineTemplate href=\"" + xml(templateHref) + "\"/></MachineCreate>";
        };
    }

    /** An Action body invoking {@code actionUri} (CIMI-MACH-007). */
    static String action(CimiFormat format, String actionUri) {
        return switch (format) {
            case JSON -> "{\"resourceURI\": \"" + CimiVocabulary.typeUri("Action") + "\", \"action\": \""
                    + json(actionUri) + "\"}";
            case XML -> "<Action xmlns=\"" + CimiVocabulary.NAMESPACE + "\"><action>" + xml(actionUri)
                    + "</action></Action>";
        };
    }

    /** A body cut short in the middle of the MachineCreate: not well-formed in either format. */
    static String truncatedMachineCreate(CimiFormat format, String templateHref) {
        String whole = machineCreate(format, "vcmtck-malformed", templateHref);
        return whole.substring(0, whole.length() / 2);
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
