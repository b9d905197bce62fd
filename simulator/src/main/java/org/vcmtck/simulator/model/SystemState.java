package org.vcmtck.simulator.model;

/**
 * Lifecycle state of a virtual system. A destroyed system has no state: it is no longer in the model.
 * The CIM EnabledState code of each state is given for the WBEM view (DSP1057 mapping).
 */
public enum SystemState {
    /** Defined but off (inactive). */
    DEFINED(3),
    /** Transitional: a START job is running. */
    STARTING(10),
    RUNNING(2),
    /** Quiesced: memory kept, no CPU. */
    PAUSED(9),
    /** Saved to storage; "Enabled but Offline". */
    SUSPENDED(6),
    /** Transitional: a STOP job is running. */
    STOPPING(4);

    private final int cimEnabledState;

    SystemState(int cimEnabledState) {
        this.cimEnabledState = cimEnabledState;
    }

    public int cimEnabledState() {
        return cimEnabledState;
    }

    public boolean transitional() {
        return this == STARTING || this == STOPPING;
    }
}
