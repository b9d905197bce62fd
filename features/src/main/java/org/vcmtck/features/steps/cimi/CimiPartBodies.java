package org.vcmtck.features.steps.cimi;

import org.vcmtck.assertions.cimi.CimiFormat;
import org.vcmtck.assertions.cimi.CimiVocabulary;

/** The request bodies of the machine-parts checks (capture, credentials, attach, forced stop, edit). */
final class CimiPartBodies {

    private CimiPartBodies() {
    }

    /** A MachineImage whose imageLocation references the machine to capture (CIMI-MACH-009). */
    static String capture(CimiFormat format, String name, String machineHref) {
        return switch (format) {
            case JSON -> "{\"resourceURI\": \"" + CimiVocabulary.typeUri("MachineImage") + "\", \"name\": \""
                    + json(name) + "\", \"imageLocation\": {\"href\": \"" + json(machineHref) + "\"}}";
            case XML -> "<MachineImage xmlns=\"" + CimiVocabulary.NAMESPACE + "\"><name>" + xml(name)
                    + "</name><imageLocation href=\"" + xml(machineHref) + "\"/></MachineImage>";
        };
    }

    /** A CredentialCreate whose credentialTemplate is given by value with a user name and password. */
    static String credentialCreate(CimiFormat format, String name, String username, String password) {
        return switch (format) {
            case JSON -> "{\"resourceURI\": \"" + CimiVocabulary.typeUri("CredentialCreate") + "\", \"name\": \""
                    + json(name) + "\", \"credentialTemplate\": {\"username\": \"" + json(username)
                    + "\", \"password\": \"" + json(password) + "\"}}";
            case XML -> "<CredentialCreate xmlns=\"" + CimiVocabulary.NAMESPACE + "\"><name>" + xml(name)
                    + "</name><credentialTemplate><username>" + xml(username) + "</username><password>"
                    + xml(password) + "</password></credentialTemplate></CredentialCreate>";
        };
    }

    /** A MachineVolume naming the volume to attach (CIMI-COL-006). */
    static String machineVolume(CimiFormat format, String volumeHref) {
        return switch (format) {
            case JSON -> "{\"resourceURI\": \"" + CimiVocabulary.typeUri("MachineVolume") + "\", \"volume\": "
                    + "{\"href\": \"" + json(volumeHref) + "\"}}";
            case XML -> "<MachineVolume xmlns=\"" + CimiVocabulary.NAMESPACE + "\"><volume href=\""
                    + xml(volumeHref) + "\"/></MachineVolume>";
        };
    }

    /** An Action with force=true (CIMI-MACH-010). */
    static String forcedAction(CimiFormat format, String actionUri) {
        return switch (format) {
            case JSON -> "{\"resourceURI\": \"" + CimiVocabulary.typeUri("Action") + "\", \"action\": \""
                    + json(actionUri) + "\", \"force\": true}";
            case XML -> "<Action xmlns=\"" + CimiVocabulary.NAMESPACE + "\"><action>" + xml(actionUri)
                    + "</action><force>true</force></Action>";
        };
    }

    /** A Machine for PUT with a new name and also a new cpu, memory and state (CIMI-MACH-012). */
    static String machineEdit(CimiFormat format, String id, String name, long cpu, long memory, String state) {
        return switch (format) {
            case JSON -> "{\"resourceURI\": \"" + CimiVocabulary.typeUri("Machine") + "\", \"id\": \"" + json(id)
                    + "\", \"name\": \"" + json(name) + "\", \"state\": \"" + json(state) + "\", \"cpu\": " + cpu
                    + ", \"memory\": " + memory + "}";
            case XML -> "<Machine xmlns=\"" + CimiVocabulary.NAMESPACE + "\"><id>" + xml(id) + "</id><name>"
                    + xml(name) + "</name><state>" + xml(state) + "</state><cpu>" + cpu + "</cpu><memory>" + memory
                    + "</memory></Machine>";
        };
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
