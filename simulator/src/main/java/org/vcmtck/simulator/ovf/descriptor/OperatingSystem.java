package org.vcmtck.simulator.ovf.descriptor;

/** {@code OperatingSystemSection}: CIM OSType code (null when missing or not a number), version, description. */
public record OperatingSystem(Integer id, String version, String description) {
}
