package org.vcmtck.assertions.ovf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/** Rules on optional item settings: the System's type, device subtypes and resource guarantees (§8.1, §8.3). */
final class ItemSettingRules {

    private ItemSettingRules() {
    }

    static List<Element> systemTypes(OvfDescriptor d) {
        List<Element> found = new ArrayList<>();
        for (Element section : HardwareRules.hardwareSections(d)) {
            for (Element system : d.childrenOfKind(section, "System")) {
                found.addAll(OvfDescriptor.cimChildren(system, "VirtualSystemType"));
            }
        }
        return found;
    }

    static List<Element> resourceSubTypes(OvfDescriptor d) {
        List<Element> found = new ArrayList<>();
        HardwareRules.allItems(d).forEach(item -> found.addAll(OvfDescriptor.cimChildren(item, "ResourceSubType")));
        return found;
    }

    static List<Element> itemsWithGuarantees(OvfDescriptor d) {
        return HardwareRules.allItems(d).stream().filter(item -> List.of("Reservation", "Limit", "Weight").stream()
                .anyMatch(name -> OvfDescriptor.cimChild(item, name).isPresent())).toList();
    }

    /**
     * OVF-HW-004: VirtualSystemType is one or more type strings separated by whitespace. The strings are
     * vendor-defined, so only the list form is judged: an empty value or a comma-joined list names no type a
     * consumer could match.
     */
    static List<Violation> systemTypeTokens(OvfDescriptor d) {
        Findings f = new Findings("OVF-HW-004", d);
        for (Element type : systemTypes(d)) {
            String value = OvfDescriptor.text(type);
            if (value.isEmpty() || value.contains(",")) {
                f.at(type, "VirtualSystemType \"" + value + "\"",
                        "one or more type strings separated by whitespace (e.g. \"vmx-07 vmx-08\")");
            }
        }
        return f.list();
    }

    /**
     * OVF-HW-015: ResourceSubType narrows the device model, so it names at least one model; an empty subtype
     * claims a narrowing it does not give. Lists are left alone: producers in the field (and ovftool, which
     * accepts them) write "someother, lsilogic" as well as space-separated names.
     */
    static List<Violation> resourceSubTypeNames(OvfDescriptor d) {
        Findings f = new Findings("OVF-HW-015", d);
        for (Element subType : resourceSubTypes(d)) {
            String value = OvfDescriptor.text(subType);
            if (value.replace(",", "").isBlank()) {
                f.at(subType, "ResourceSubType \"" + value + "\"",
                        "one or more device model names (e.g. \"E1000\", \"lsilogic\")");
            }
        }
        return f.list();
    }

    /**
     * OVF-HW-022: Reservation, Limit and Weight are non-negative integers (in the Item's AllocationUnits for
     * the first two), and a guarantee above the cap cannot be honoured.
     */
    static List<Violation> guaranteesAreConsistent(OvfDescriptor d) {
        Findings f = new Findings("OVF-HW-022", d);
        for (Element item : itemsWithGuarantees(d)) {
            Optional<Long> reservation = amount(f, item, "Reservation");
            Optional<Long> limit = amount(f, item, "Limit");
            amount(f, item, "Weight");
            if (reservation.isPresent() && limit.isPresent() && reservation.get() > limit.get()) {
                f.at(item, "Reservation " + reservation.get() + " above Limit " + limit.get(),
                        "a Reservation no larger than the Limit");
            }
        }
        return f.list();
    }

    private static Optional<Long> amount(Findings f, Element item, String name) {
        Optional<Element> element = OvfDescriptor.cimChild(item, name);
        if (element.isEmpty()) {
            return Optional.empty();
        }
        String value = OvfDescriptor.text(element.get());
        if (!value.matches("\\d{1,18}")) {
            f.at(element.get(), name + " \"" + value + "\"", "a non-negative integer (xs:unsignedLong)");
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(value));
    }
}
