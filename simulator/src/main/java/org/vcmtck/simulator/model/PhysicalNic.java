package org.vcmtck.simulator.model;

/** A physical network adapter of a host. */
public record PhysicalNic(String name, String mac, long speedBitsPerSecond) {
    public PhysicalNic {
        Checks.nonBlank("name", name);
        mac = Checks.unicastMac("mac", Checks.nonBlank("mac", mac));
        Checks.positive("speedBitsPerSecond", speedBitsPerSecond);
    }
}
