package org.vcmtck.features.steps.ovf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vcmtck.assertions.ovf.OvfDescriptor;
import org.vcmtck.features.consumer.ReportedDetails;
import org.w3c.dom.Element;

/**
 * What a deploy should have made of a descriptor, read independently of any consumer, and the differences from
 * what the consumer reported in its optional detail lines ({@link ReportedDetails}). Each check returns the
 * problems it found, empty when the consumer did as the descriptor says.
 */
final class DeployDetails {

    private static final String PROCESSOR = "3";
    private static final String MEMORY = "4";

    private DeployDetails() {
    }

    /**
     * OVF-HW-017/018: the vCPU count and memory (MiB) of a system after keeping the Items of its first
     * VirtualHardwareSection that apply to the configuration and merging those sharing an InstanceID in document
     * order, a later Item's elements replacing an earlier one's.
     */
    static Map<String, Long> expectedHardware(OvfDescriptor descriptor, String entityId,
                                              Optional<String> configuration) {
        Element system = virtualSystem(descriptor, entityId);
        List<Element> sections = descriptor.childrenOfKind(system, "VirtualHardwareSection");
        if (sections.isEmpty()) {
            throw new IllegalStateException("VirtualSystem '" + entityId + "' has no VirtualHardwareSection");
        }
        Map<String, Map<String, String>> merged = new LinkedHashMap<>();
        int anonymous = 0;
        for (Element item : descriptor.childrenOfKind(sections.get(0), "Item")) {
            Optional<String> listed = descriptor.attr(item, "configuration");
            if (listed.isPresent() && !lists(listed.get(), configuration)) {
                continue;
            }
            Optional<String> bound = descriptor.attr(item, "bound");
            if (bound.isPresent() && !bound.get().strip().equals("normal")) {
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            OvfDescriptor.children(item).forEach(child -> fields.put(child.getLocalName(), OvfDescriptor.text(child)));
            String instance = fields.getOrDefault("InstanceID", "\u0000" + anonymous++);
            merged.computeIfAbsent(instance, k -> new LinkedHashMap<>()).putAll(fields);
        }
        long processors = 0;
        long memoryMb = 0;
        for (Map<String, String> item : merged.values()) {
            long quantity = Long.parseLong(item.getOrDefault("VirtualQuantity", "1").strip());
            String type = item.getOrDefault("ResourceType", "").strip();
            if (type.equals(PROCESSOR)) {
                processors += quantity;
            } else if (type.equals(MEMORY)) {
                memoryMb += quantity * mebibytesPerUnit(item.getOrDefault("AllocationUnits", "byte * 2^20"));
            }
        }
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put(ReportedDetails.PROCESSORS, processors);
        expected.put(ReportedDetails.MEMORY_MB, memoryMb);
        return expected;
    }

    /** Differences between the expected and the reported hardware of one system; a missing resource is one. */
    static List<String> hardwareProblems(String entityId, Map<String, Long> expected, Map<String, String> reported) {
        List<String> problems = new ArrayList<>();
        expected.forEach((resource, amount) -> {
            String said = reported.get(resource);
            if (said == null) {
                problems.add("virtual system '" + entityId + "': no 'hardware " + entityId + " " + resource
                        + " <amount>' line, expected " + amount);
            } else if (!said.strip().equals(Long.toString(amount))) {
                problems.add("virtual system '" + entityId + "': " + resource + " is " + said + ", but its Items"
                        + " for the configuration in effect, merged by InstanceID in document order, give " + amount);
            }
        });
        return problems;
    }

    /**
     * OVF-NET-003: the logical networks the NICs of the package connect to (rasd/epasd Connection of the Items
     * kept for the configuration), in document order.
     */
    static Set<String> connectedNetworks(OvfDescriptor descriptor, Optional<String> configuration) {
        Set<String> networks = new LinkedHashSet<>();
        for (Element system : allVirtualSystems(descriptor)) {
            for (Element section : descriptor.childrenOfKind(system, "VirtualHardwareSection")) {
                for (Element item : OvfDescriptor.children(section)) {
                    Optional<String> listed = descriptor.attr(item, "configuration");
                    if (listed.isPresent() && !lists(listed.get(), configuration)) {
                        continue;
                    }
                    OvfDescriptor.children(item).stream().filter(c -> "Connection".equals(c.getLocalName()))
                            .map(OvfDescriptor::text).filter(t -> !t.isEmpty()).forEach(networks::add);
                }
                break; // the first section is the one a consumer of the reference's kind deploys
            }
        }
        return networks;
    }

    /** Every connected network must be reported mapped to a host network, and nothing else may be reported. */
    static List<String> networkProblems(Set<String> connected, Map<String, String> reported) {
        List<String> problems = new ArrayList<>();
        for (String network : connected) {
            String host = reported.get(network);
            if (host == null || host.isBlank()) {
                problems.add("the package's NICs connect to the network '" + network + "', but the consumer reports"
                        + " no host network it was mapped to (no 'network " + network + " <host-network>' line)");
            }
        }
        for (String network : reported.keySet()) {
            if (!connected.contains(network)) {
                problems.add("the consumer reports a mapping for '" + network + "', which no NIC of the package"
                        + " connects to (connected: " + connected + ")");
            }
        }
        return problems;
    }

    /**
     * OVF-I18N-004: the element with that msgid, when no string bundle of the descriptor holds the msgid, must be
     * shown with its own text. Returns the element's own text, or empty when some bundle does hold it (the
     * check then does not apply).
     */
    static Optional<String> ownTextWhenNoBundleHasIt(OvfDescriptor descriptor, String entityId, String kind) {
        Element system = virtualSystem(descriptor, entityId);
        List<Element> elements = descriptor.childrenOfKind(system, "AnnotationSection").stream()
                .flatMap(s -> descriptor.childrenOfKind(s, kind).stream()).toList();
        if (elements.isEmpty()) {
            return Optional.empty();
        }
        Element element = elements.get(0);
        Optional<String> msgid = descriptor.attr(element, "msgid");
        if (msgid.isEmpty()) {
            return Optional.empty();
        }
        var messages = descriptor.document().getDocumentElement().getElementsByTagNameNS("*", "Msg");
        for (int i = 0; i < messages.getLength(); i++) {
            if (descriptor.attr((Element) messages.item(i), "msgid").filter(msgid.get()::equals).isPresent()) {
                return Optional.empty();
            }
        }
        return Optional.of(OvfDescriptor.text(element).replaceAll("\\s+", " "));
    }

    /** The msgid of the system's Annotation, for messages. */
    static Optional<String> annotationMsgid(OvfDescriptor descriptor, String entityId) {
        Element system = virtualSystem(descriptor, entityId);
        return descriptor.childrenOfKind(system, "AnnotationSection").stream()
                .flatMap(s -> descriptor.childrenOfKind(s, "Annotation").stream()).findFirst()
                .flatMap(e -> descriptor.attr(e, "msgid"));
    }

    private static List<Element> allVirtualSystems(OvfDescriptor descriptor) {
        var found = descriptor.document().getDocumentElement().getElementsByTagNameNS("*", "VirtualSystem");
        List<Element> systems = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            systems.add((Element) found.item(i));
        }
        return systems;
    }

    private static Element virtualSystem(OvfDescriptor descriptor, String entityId) {
        return allVirtualSystems(descriptor).stream()
                .filter(vs -> descriptor.attr(vs, "id").filter(entityId::equals).isPresent()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no VirtualSystem '" + entityId + "'"));
    }

    private static boolean lists(String attribute, Optional<String> configuration) {
        return configuration.isPresent() && Arrays.asList(attribute.strip().split("\\s+"))
                .contains(configuration.get());
    }

    /** MiB per unit of a memory AllocationUnits in the programmatic form "byte * 2^n" (or plain "byte"). */
    static long mebibytesPerUnit(String units) {
        String compact = units.replace(" ", "").toLowerCase();
        if (compact.equals("byte")) {
            throw new IllegalStateException("memory in bytes is not a whole number of MiB: " + units);
        }
        if (compact.startsWith("byte*2^")) {
            int exponent = Integer.parseInt(compact.substring("byte*2^".length()));
            if (exponent >= 20) {
                return 1L << (exponent - 20);
            }
        }
        throw new IllegalStateException("memory AllocationUnits the suite's corpus does not use: " + units);
    }
}
