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
    /** A MachineCreate whose template is given by value: configuration, image and, if not null, initialState. */
    static String machineCreateByValue(CimiFormat format, String name, String configHref, String imageHref,
                                       String initialState) {
        if (format == CimiFormat.JSON) {
            return "{\"resourceURI\": \"http://schemas.dmtf.org/cimi/1/MachineCreate\", \"name\": \"" + json(name)
                    + "\", \"machineTemplate\": {\"machineConfig\": {\"href\": \"" + json(configHref)
                    + "\"}, \"machineImage\": {\"href\": \"" + json(imageHref) + "\"}"
                    + (initialState == null ? "" : ", \"initialState\": \"" + json(initialState) + "\"") + "}}";
        }
        return "<MachineCreate xmlns=\"http://schemas.dmtf.org/cimi/1\"><name>" + xml(name) + "</name>"
                + "<machineTemplate><machineConfig href=\"" + xml(configHref) + "\"/><machineImage href=\""
                + xml(imageHref) + "\"/>" + (initialState == null ? "" : "<initialState>" + xml(initialState)
                + "</initialState>") + "</machineTemplate></MachineCreate>";
    }

    static String action(CimiFormat format, String actionUri) {
        return switch (format) {
            case JSON -> "{\"resourceURI\": \"" + CimiVocabulary.typeUri("Action") + "\", \"action\": \""
                    + json(actionUri) + "\"}";
            case XML -> "<Action xmlns=\"" + CimiVocabulary.NAMESPACE + "\"><action>" + xml(actionUri)
                    + "</action></Action>";
        };
    }

    /** A VolumeCreate naming its VolumeTemplate by reference (CIMI-VOL-002). */
    static String volumeCreateFromTemplate(CimiFormat format, String name, String templateHref) {
        return switch (format) {
            case JSON -> "{\"resourceURI\": \"" + CimiVocabulary.typeUri("VolumeCreate") + "\", \"name\": \""
                    + json(name) + "\", \"volumeTemplate\": {\"href\": \"" + json(templateHref) + "\"}}";
            case XML -> "<VolumeCreate xmlns=\"" + CimiVocabulary.NAMESPACE + "\"><name>" + xml(name)
                    + "</name><volumeTemplate href=\"" + xml(templateHref) + "\"/></VolumeCreate>";
        };
    }

    /** A VolumeCreate whose template is given by value with a VolumeConfiguration reference (CIMI-VOL-002). */
    static String volumeCreateFromConfig(CimiFormat format, String name, String configHref) {
        return switch (format) {
            case JSON -> "{\"resourceURI\": \"" + CimiVocabulary.typeUri("VolumeCreate") + "\", \"name\": \""
                    + json(name) + "\", \"volumeTemplate\": {\"volumeConfig\": {\"href\": \"" + json(configHref)
                    + "\"}}}";
            case XML -> "<VolumeCreate xmlns=\"" + CimiVocabulary.NAMESPACE + "\"><name>" + xml(name)
                    + "</name><volumeTemplate><volumeConfig href=\"" + xml(configHref)
                    + "\"/></volumeTemplate></VolumeCreate>";
        };
    }

    /** A VolumeCreate whose template by value lacks the required volumeConfig (refused: CIMI-VOL-002). */
    static String volumeCreateWithoutConfig(CimiFormat format, String name) {
        return switch (format) {
            case JSON -> "{\"resourceURI\": \"" + CimiVocabulary.typeUri("VolumeCreate") + "\", \"name\": \""
                    + json(name) + "\", \"volumeTemplate\": {}}";
            case XML -> "<VolumeCreate xmlns=\"" + CimiVocabulary.NAMESPACE + "\"><name>" + xml(name)
                    + "</name><volumeTemplate/></VolumeCreate>";
        };
    }

    /** A Machine representation for PUT that changes only the name (CIMI-HTTP-017). */
    static String machineRename(CimiFormat format, String id, String name) {
        return switch (format) {
            case JSON -> "{\"resourceURI\": \"" + CimiVocabulary.typeUri("Machine") + "\", \"id\": \"" + json(id)
                    + "\", \"name\": \"" + json(name) + "\"}";
            case XML -> "<Machine xmlns=\"" + CimiVocabulary.NAMESPACE + "\"><id>" + xml(id) + "</id><name>"
                    + xml(name) + "</name></Machine>";
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
