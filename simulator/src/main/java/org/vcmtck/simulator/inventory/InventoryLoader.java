package org.vcmtck.simulator.inventory;

import org.vcmtck.simulator.model.Datacenter;

import java.nio.file.Path;

/**
 * Loads an inventory document. One format, two forms:
 * <ul>
 * <li><b>complete snapshot</b> (has a {@code counters} field): what {@code --state} files and
 *     {@code --export-inventory} write; restored exactly with {@link Datacenter#restore}.</li>
 * <li><b>hand-written inventory</b> (no {@code counters}): the same top-level fields and field names, but only
 *     what a person decides (hosts, child pools, switches, systems, their allocations and wanted state); sizes
 *     may carry units; ids, UUIDs and MACs may be left out and are then decided by the seed. Built through the
 *     model's operations. See {@code examples/datacenter.yaml}.</li>
 * </ul>
 * A refused document leaves nothing behind: the datacenter under construction is simply dropped.
 */
public final class InventoryLoader {
    /** The field whose presence marks a complete snapshot. */
    public static final String SNAPSHOT_MARKER = "counters";

    private InventoryLoader() {
    }

    public static Datacenter load(Path file, LoadOptions options) throws InventoryException {
        return load(InventoryFile.read(file), options);
    }

    public static Datacenter load(InventoryFile doc, LoadOptions options) throws InventoryException {
        if (isCompleteSnapshot(doc)) {
            return SnapshotCodec.restore(doc, SnapshotCodec.bind(doc));
        }
        return InventoryBuilder.build(doc, options == null ? LoadOptions.none() : options);
    }

    /** Restores a file that must be a complete snapshot, as a state file must. */
    public static Datacenter restoreSnapshot(Path file) throws InventoryException {
        InventoryFile doc = InventoryFile.read(file);
        if (!isCompleteSnapshot(doc)) {
            throw doc.error("", "not a complete snapshot (no '" + SNAPSHOT_MARKER + "' field); a state file is"
                    + " written by the simulator itself");
        }
        return SnapshotCodec.restore(doc, SnapshotCodec.bind(doc));
    }

    public static boolean isCompleteSnapshot(InventoryFile doc) {
        return doc.root().isObject() && doc.root().has(SNAPSHOT_MARKER);
    }
}
