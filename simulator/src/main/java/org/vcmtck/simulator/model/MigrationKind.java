package org.vcmtck.simulator.model;

/** OFFLINE moves a defined (off) system; LIVE moves a running one, which keeps running. */
public enum MigrationKind {
    OFFLINE, LIVE
}
