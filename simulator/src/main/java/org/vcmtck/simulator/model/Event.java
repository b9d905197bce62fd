package org.vcmtck.simulator.model;

/** One entry of the datacenter's append-only event log. */
public record Event(long sequence, long tick, EventKind kind, String subjectId, String message) {
}
