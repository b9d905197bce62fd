package org.vcmtck.simulator.model;

/**
 * State of an asynchronous job. Jobs start running as soon as they are created, so NEW is only seen
 * in hand-made snapshots; it is kept because the CIM and CIMI job vocabularies have it.
 */
public enum JobState {
    NEW, RUNNING, COMPLETED, FAILED, KILLED;

    public boolean finished() {
        return this == COMPLETED || this == FAILED || this == KILLED;
    }
}
