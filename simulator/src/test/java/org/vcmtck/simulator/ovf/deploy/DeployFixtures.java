package org.vcmtck.simulator.ovf.deploy;

import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.HostSpec;
import org.vcmtck.simulator.model.PhysicalNic;
import org.vcmtck.simulator.model.StorageVolume;
import org.vcmtck.simulator.ovf.pkg.OvfPackage;
import org.vcmtck.simulator.ovf.pkg.OvfPackageReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Descriptor snippets, packages and datacenters for the deployer tests. */
final class DeployFixtures {
    static final long GIB = 1L << 30;
    static final String NS = "http://schemas.dmtf.org/ovf/envelope/1";

    private DeployFixtures() {
    }

    /** A datacenter with one host: 16 CPUs, 64 GiB, 1 TiB storage, one NIC. */
    static Datacenter datacenter(String... hostNames) {
        Datacenter dc = new Datacenter(7);
        for (String name : hostNames.length == 0 ? new String[] {"host-a"} : hostNames) {
            dc.addHost(host(name, 16, 64 * GIB));
        }
        return dc;
    }

    static HostSpec host(String name, int cpus, long memory) {
        return new HostSpec(name, cpus, memory, List.of(new StorageVolume("vol0", 1024 * GIB)),
                List.of(new PhysicalNic("eth0", "00:16:3e:00:00:0" + (name.length() % 10), 1_000_000_000L)));
    }

    /** An envelope: the sections (raw XML, after References) then the content. */
    static String envelope(String sections, String content) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<Envelope xmlns=\"" + NS + "\" xmlns:ovf=\"" + NS + "\""
                + " xmlns:rasd=\"http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData\""
                + " xmlns:vssd=\"http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_VirtualSystemSettingData\""
                + " xmlns:x=\"urn:example:vendor\">\n"
                + "<References/>\n" + sections + "\n" + content + "\n</Envelope>\n";
    }

    /** A VirtualSystem with the given extra sections (before the hardware) and Items. */
    static String system(String id, String name, String sections, String... items) {
        StringBuilder b = new StringBuilder("<VirtualSystem ovf:id=\"" + id + "\"><Info>vs</Info>");
        if (name != null) {
            b.append("<Name>").append(name).append("</Name>");
        }
        b.append(sections);
        b.append("<VirtualHardwareSection><Info>hw</Info>");
        for (String item : items) {
            b.append(item);
        }
        return b.append("</VirtualHardwareSection></VirtualSystem>").toString();
    }

    /**
     * An Item: {@code attributes} go on the Item element; {@code rasd} are name/value pairs of extra rasd
     * children. Children are written in the alphabetical order the RASD schema requires.
     */
    static String item(String attributes, int instanceId, int resourceType, String... rasd) {
        Map<String, String> children = new TreeMap<>();
        children.put("ElementName", "item" + instanceId);
        children.put("InstanceID", Integer.toString(instanceId));
        children.put("ResourceType", Integer.toString(resourceType));
        for (int i = 0; i < rasd.length; i += 2) {
            children.put(rasd[i], rasd[i + 1]);
        }
        StringBuilder b = new StringBuilder("<Item" + (attributes.isEmpty() ? "" : " " + attributes) + ">");
        children.forEach((k, v) -> b.append("<rasd:").append(k).append('>').append(v).append("</rasd:").append(k)
                .append('>'));
        return b.append("</Item>").toString();
    }

    static String cpu(int instanceId, int count) {
        return item("", instanceId, 3, "VirtualQuantity", Integer.toString(count));
    }

    static String memoryMb(String attributes, int instanceId, long megabytes) {
        return item(attributes, instanceId, 4, "AllocationUnits", "byte * 2^20", "VirtualQuantity",
                Long.toString(megabytes));
    }

    static String minimalSystem(String id) {
        return system(id, null, "", cpu(1, 1), memoryMb("", 2, 512));
    }

    /** Writes the descriptor as a directory package (no manifest) and reads it back. */
    static OvfPackage read(Path folder, String descriptor) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("package.ovf"), descriptor, StandardCharsets.UTF_8);
            return new OvfPackageReader().readDirectory(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.vcmtck.simulator.ovf.OvfPackageException e) {
            throw new AssertionError("unreadable test package: " + e.finding(), e);
        }
    }
}
