package org.vcmtck.simulator.inventory;

/**
 * Values given on the command line for a hand-written inventory: a non-null value overrides what the document
 * says, null leaves the document's value (or the default: seed 1, job ticks 0). A complete snapshot ignores both,
 * since its seed and options are part of the state it restores.
 */
public record LoadOptions(Long seed, Integer jobTicks) {
    public static final long DEFAULT_SEED = 1;

    public static LoadOptions none() {
        return new LoadOptions(null, null);
    }
}
