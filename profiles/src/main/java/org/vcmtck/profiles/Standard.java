package org.vcmtck.profiles;

import java.util.List;
import java.util.Optional;

/**
 * One catalogue file: a standard or a profile and its requirements.
 *
 * @param id             short id, also a Gherkin tag without {@code @}, e.g. {@code DSP0243} or {@code DSP1042}
 * @param title          human title, e.g. "Open Virtualization Format"
 * @param family         the family it is reported under: {@code OVF}, {@code CIMI}, {@code WBEM}, {@code CIM} or {@code TCK}
 * @param version        the version(s) of the document the requirements were read from
 * @param requirements   its requirements, in catalogue order
 * @param registeredName for a CIM profile: the RegisteredName its CIM_RegisteredProfile carries (DSP1033), e.g.
 *                       {@code System Virtualization}; null for documents that are not registered profiles
 */
public record Standard(String id, String title, String family, String version, List<Requirement> requirements,
                       String registeredName) {

    public Standard {
        requirements = List.copyOf(requirements);
    }

    /** A standard that is not a registered CIM profile. */
    public Standard(String id, String title, String family, String version, List<Requirement> requirements) {
        this(id, title, family, version, requirements, null);
    }

    public String tag() {
        return "@" + id;
    }

    /** The RegisteredName of a CIM profile, empty for other documents. */
    public Optional<String> profileName() {
        return Optional.ofNullable(registeredName);
    }
}
