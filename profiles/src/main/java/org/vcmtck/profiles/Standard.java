package org.vcmtck.profiles;

import java.util.List;

/**
 * One catalogue file: a standard or a profile and its requirements.
 *
 * @param id           short id, also a Gherkin tag without {@code @}, e.g. {@code DSP0243} or {@code DSP1042}
 * @param title        human title, e.g. "Open Virtualization Format"
 * @param family       the family it is reported under: {@code OVF}, {@code CIMI}, {@code WBEM}, {@code CIM} or {@code TCK}
 * @param version      the version(s) of the document the requirements were read from
 * @param requirements its requirements, in catalogue order
 */
public record Standard(String id, String title, String family, String version, List<Requirement> requirements) {

    public Standard {
        requirements = List.copyOf(requirements);
    }

    public String tag() {
        return "@" + id;
    }
}
