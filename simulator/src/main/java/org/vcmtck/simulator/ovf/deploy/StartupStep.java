package org.vcmtck.simulator.ovf.deploy;

/**
 * One StartupSection entry of a deployed collection, in start order: the child entity, its ovf:order, the model
 * system it became ({@code systemId} null when the child is itself a collection) and its ovf:startAction
 * ({@code powerOn} or {@code none}).
 */
public record StartupStep(String collectionId, String entityId, int order, String systemId, String startAction) {

    public static final String POWER_ON = "powerOn";
    public static final String NONE = "none";

    /** A step with the schema's default start action, powerOn. */
    public StartupStep(String collectionId, String entityId, int order, String systemId) {
        this(collectionId, entityId, order, systemId, POWER_ON);
    }

    public StartupStep {
        startAction = startAction == null ? POWER_ON : startAction;
    }

    /** Whether the entry asks for the entity to be started; ovf:startAction="none" leaves it off. */
    public boolean startsEntity() {
        return !NONE.equals(startAction);
    }
}
