package org.vcmtck.features.steps.cimi;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.testng.SkipException;
import org.vcmtck.assertions.cimi.CimiDocument;
import org.vcmtck.assertions.ovf.OvfDescriptor;
import org.vcmtck.features.steps.World;
import org.w3c.dom.Element;

/**
 * Cross-view checks (one model, two views): what CIMI shows of a machine and what the OVF the same target
 * exports or imports says of it must agree. The OVF side is read with the suite's own OVF reader; the CIMI side
 * through the System steps, whose state (the system under test, its export) these steps share.
 */
public class CimiCrossViewSteps {

    private static final Pattern BYTE_POWER = Pattern.compile("byte\\s*\\*\\s*2\\^(\\d+)");
    private static final long KIB = 1024;

    private final World world;
    private final CimiSystemSteps systems;

    public CimiCrossViewSteps(World world, CimiSystemSteps systems) {
        this.world = world;
        this.systems = systems;
    }

    @Given("the target offers both OVF and CIMI")
    public void theTargetHasBothInterfaces() {
        systems.cimi().entryPointUrl();
        if (world.session().ovfConsumer().isEmpty() && world.session().ovfProducer().isEmpty()) {
            throw new SkipException("the target file names no OVF producer or consumer beside its CIMI endpoint");
        }
    }

    private CimiDocument read(String id) {
        CimiExchange r = systems.cimi().http().get(id, systems.cimi().format());
        CimiContext.expectStatus(r, "CIMI-HTTP-002", Set.of(200));
        return r.document();
    }

    private static long integer(CimiDocument d, String attribute, String requirement) {
        return d.text(attribute).map(String::trim).filter(t -> t.matches("\\d+")).map(Long::parseLong)
                .orElseThrow(() -> new AssertionError("[" + requirement + "] " + d.describe() + " has no integer "
                        + attribute));
    }

    @Then("each member machine's CPU count and memory match its VirtualSystem in the exported descriptor")
    public void membersMatchTheDescriptor() {
        OvfDescriptor descriptor = systems.exportedDescriptor();
        List<String> failures = new ArrayList<>();
        for (String id : systems.memberMachines()) {
            CimiDocument machine = read(id);
            String name = machine.text("name").orElse("");
            Optional<Element> vs = descriptor.contents().stream()
                    .filter(e -> e.getLocalName().equals("VirtualSystem"))
                    .filter(e -> name.equals(descriptor.attr(e, "id").orElse(null)) || name.equals(nameOf(e)))
                    .findFirst();
            if (vs.isEmpty()) {
                failures.add("[CIMI-SYS-005] no VirtualSystem of the export is named '" + name + "' like " + id);
                continue;
            }
            long cpu = integer(machine, "cpu", "CIMI-SYS-005");
            long memoryBytes = integer(machine, "memory", "CIMI-SYS-005") * KIB;
            Optional<Long> ovfCpu = quantity(vs.get(), "3");
            Optional<Long> ovfMemory = quantity(vs.get(), "4");
            if (ovfCpu.isEmpty() || ovfCpu.get() != cpu) {
                failures.add("[CIMI-SYS-005] machine " + name + " has " + cpu + " CPUs over CIMI, its exported "
                        + "VirtualSystem " + ovfCpu.map(q -> q + " CPUs").orElse("no CPU item"));
            }
            if (ovfMemory.isEmpty() || ovfMemory.get() != memoryBytes) {
                failures.add("[CIMI-SYS-005] machine " + name + " has " + memoryBytes + " bytes of memory over "
                        + "CIMI, its exported VirtualSystem " + ovfMemory.map(q -> q + " bytes")
                        .orElse("no memory item"));
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join("\n", failures));
        }
    }

    @Then("each imported machine has the CPU count and memory of the sample package")
    public void importedMachinesMatchThePackage() {
        List<String> failures = new ArrayList<>();
        for (String id : systems.memberMachines()) {
            CimiDocument machine = read(id);
            long cpu = integer(machine, "cpu", "CIMI-SYS-004");
            long memoryKib = integer(machine, "memory", "CIMI-SYS-004");
            if (cpu != SampleOvfPackage.CPUS || memoryKib != SampleOvfPackage.MEMORY_MIB * KIB) {
                failures.add("[CIMI-SYS-004] machine " + id + " has " + cpu + " CPUs and " + memoryKib
                        + " KiB; the package asks for " + SampleOvfPackage.CPUS + " and "
                        + SampleOvfPackage.MEMORY_MIB * KIB + " KiB");
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join("\n", failures));
        }
    }

    private static String nameOf(Element virtualSystem) {
        for (Element child : OvfDescriptor.children(virtualSystem)) {
            if (child.getLocalName().equals("Name")) {
                return OvfDescriptor.text(child).trim();
            }
        }
        return null;
    }

    /** The amount of the first Item of the resource type (3 = CPU in count, 4 = memory in bytes). */
    private static Optional<Long> quantity(Element virtualSystem, String resourceType) {
        for (Element section : OvfDescriptor.children(virtualSystem)) {
            if (!section.getLocalName().equals("VirtualHardwareSection")) {
                continue;
            }
            for (Element item : OvfDescriptor.children(section)) {
                if (!item.getLocalName().equals("Item") || !resourceType.equals(child(item, "ResourceType"))) {
                    continue;
                }
                String amount = child(item, "VirtualQuantity");
                if (amount == null || !amount.matches("\\d+")) {
                    return Optional.empty();
                }
                long q = Long.parseLong(amount);
                String units = child(item, "AllocationUnits");
                if (resourceType.equals("3") || units == null) {
                    return Optional.of(q);
                }
                return scale(units).map(f -> q * f);
            }
        }
        return Optional.empty();
    }

    private static Optional<Long> scale(String units) {
        Matcher m = BYTE_POWER.matcher(units.trim());
        if (m.matches()) {
            return Optional.of(1L << Integer.parseInt(m.group(1)));
        }
        return switch (units.trim()) {
            case "byte" -> Optional.of(1L);
            case "KiloBytes" -> Optional.of(KIB);
            case "MegaBytes" -> Optional.of(KIB * KIB);
            case "GigaBytes" -> Optional.of(KIB * KIB * KIB);
            default -> Optional.empty();
        };
    }

    private static String child(Element parent, String localName) {
        for (Element c : OvfDescriptor.children(parent)) {
            if (localName.equals(c.getLocalName())) {
                return OvfDescriptor.text(c).trim();
            }
        }
        return null;
    }
}
