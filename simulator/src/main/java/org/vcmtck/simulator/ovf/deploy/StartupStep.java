package org.vcmtck.simulator.ovf.deploy;

/**
 * One StartupSection entry of a deployed collection, in start order: the child entity, its ovf:order and the
 * model system it became ({@code systemId} null when the child is itself a collection).
 */
public record StartupStep(String collectionId, String entityId, int order, String systemId) {
}
