package org.vcmtck.simulator.model;

/** Why the model refused an operation; the protocol views map each kind to their own status codes. */
public enum ErrorKind {
    INVALID_STATE_TRANSITION, NOT_FOUND, INSUFFICIENT_CAPACITY, ALREADY_EXISTS, IN_USE, INVALID_ARGUMENT
}
