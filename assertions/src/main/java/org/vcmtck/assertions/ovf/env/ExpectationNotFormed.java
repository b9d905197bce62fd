package org.vcmtck.assertions.ovf.env;

/**
 * The expected environment cannot be worked out: the package has no readable descriptor, the entity id names no
 * VirtualSystem, or the chosen deployment option is not declared. The message says which.
 */
public final class ExpectationNotFormed extends IllegalArgumentException {

    public ExpectationNotFormed(String message) {
        super(message);
    }
}
