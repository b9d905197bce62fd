package org.vcmtck.simulator.model;

/** A lifecycle operation requested on a virtual system; see {@link SystemLifecycle} for the legal ones. */
public enum StateChange {
    START, PAUSE, RESUME, SUSPEND, STOP, RESET
}
