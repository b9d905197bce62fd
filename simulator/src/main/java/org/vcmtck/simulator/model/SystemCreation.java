package org.vcmtck.simulator.model;

/**
 * How a system created by {@link Datacenter#createSystem} comes up: the stable state it settles in (DEFINED or
 * RUNNING), how many clock ticks the creation takes (0 finishes it inside the call), and, when the caller already
 * knows the creation cannot succeed (say, the disk image it copies is unreadable), the reason it will fail with
 * once the work is done. A failed creation leaves nothing behind.
 */
public record SystemCreation(SystemState settlesIn, int ticks, String failure) {
    public SystemCreation {
        ModelState.requireArgument("settlesIn", settlesIn);
        if (settlesIn != SystemState.DEFINED && settlesIn != SystemState.RUNNING) {
            throw ModelException.invalid("settlesIn", "a new system settles in DEFINED or RUNNING, not " + settlesIn);
        }
        Checks.notNegative("ticks", ticks);
        if (failure != null) {
            Checks.nonBlank("failure", failure);
        }
    }

    /** A creation that succeeds after {@code ticks} ticks. */
    public static SystemCreation succeeding(SystemState settlesIn, int ticks) {
        return new SystemCreation(settlesIn, ticks, null);
    }
}
