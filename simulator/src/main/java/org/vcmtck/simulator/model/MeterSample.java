package org.vcmtck.simulator.model;

/** Workload metrics of a system at a tick; zero while the system is not running. */
public record MeterSample(String systemId, long tick, double cpuPercent, long memoryUsedBytes) {
}
