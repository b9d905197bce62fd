package org.vcmtck.simulator.model;

/** A switch port in use by one NIC allocation. */
public record PortConnection(int port, String systemId, String allocationId, int vlanId) {
}
