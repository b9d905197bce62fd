package org.vcmtck.simulator.cimi.query;

/**
 * One {@code $select} item: an attribute name, optionally with an array slice {@code name[n]} or
 * {@code name[n-m]} (0-based, inclusive, as Deltacloud reads it). {@code from < 0} means no slice.
 */
public record SelectItem(String name, int from, int to) {
    public static SelectItem whole(String name) {
        return new SelectItem(name, -1, -1);
    }

    public boolean sliced() {
        return from >= 0;
    }
}
