package org.vcmtck.simulator.inventory;

import org.vcmtck.simulator.model.ChangeListener;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.DatacenterSnapshot;
import org.vcmtck.simulator.model.Event;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Consumer;

/**
 * The {@code --state} file: a complete snapshot (the inventory document's complete form, written as JSON, which
 * is also YAML: {@code --inventory} reads a state file too) rewritten after every change of the datacenter, so a
 * restart loses nothing. JSON because a 10,000-system state reads several times faster than as YAML.
 *
 * <p>Each save writes a temporary file in the same directory, forces it to disk and renames it over the state
 * file atomically; a crash mid-write leaves the previous state file intact plus a stray temporary file, which
 * the next {@link #attach} removes. Saves are synchronous (the change's caller waits for the disk): slow for huge
 * datacenters, but the only way for "changed" to mean "saved". A save that would not add anything (the snapshot
 * is not newer than the last one written) is skipped.
 */
public final class StateFile {
    private static final String TEMP_SUFFIX = ".tmp";

    private final Path file;
    private final Consumer<String> warnings;
    private final Object saveLock = new Object();
    private long savedChanges = -1;
    private Datacenter attached;
    private ChangeListener listener;

    /** {@code warnings} receives save failures that happen inside change notifications (nobody to throw to). */
    public StateFile(Path file, Consumer<String> warnings) {
        this.file = file.toAbsolutePath().normalize();
        this.warnings = warnings;
    }

    public Path path() {
        return file;
    }

    public boolean exists() {
        return Files.isRegularFile(file);
    }

    /** Restores the datacenter saved in the file. */
    public Datacenter load() throws InventoryException {
        Datacenter dc = InventoryLoader.restoreSnapshot(file);
        synchronized (saveLock) {
            savedChanges = dc.snapshot().counters().changes();
        }
        return dc;
    }

    /** Saves now (unless the file already holds this state, as after {@link #load}), then after every change. */
    public void attach(Datacenter dc) throws IOException {
        synchronized (saveLock) {
            if (attached != null) {
                throw new IllegalStateException("state file " + file + " already follows a datacenter");
            }
            attached = dc;
            removeStrayTemporaries();
            save(dc.snapshot());
            listener = this::changed;
            dc.addChangeListener(listener);
        }
    }

    /** Stops following the datacenter after a final save. */
    public void detach() throws IOException {
        synchronized (saveLock) {
            if (attached == null) {
                return;
            }
            attached.removeChangeListener(listener);
            save(attached.snapshot());
            attached = null;
        }
    }

    private void changed(long changeCount, List<Event> events) {
        synchronized (saveLock) {
            if (attached == null) {
                return;
            }
            try {
                save(attached.snapshot());
            } catch (IOException | RuntimeException e) {
                warnings.accept("state: cannot save " + file + ": " + e.getMessage());
            }
        }
    }

    /** Writes the snapshot atomically, unless a snapshot at least as new was written already. */
    public void save(DatacenterSnapshot snapshot) throws IOException {
        synchronized (saveLock) {
            long changes = snapshot.counters().changes();
            if (changes <= savedChanges && exists()) {
                return;
            }
            write(snapshot);
            savedChanges = changes;
        }
    }

    private void write(DatacenterSnapshot snapshot) throws IOException {
        Path dir = file.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, file.getFileName() + ".", TEMP_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(channel);
                SnapshotCodec.writeJson(snapshot, new NonClosing(out));
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        syncDirectory(dir);
    }

    /** Makes the rename itself durable where the platform allows opening a directory (not on Windows). */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // best effort: the data itself is already forced
        }
    }

    private void removeStrayTemporaries() throws IOException {
        String prefix = file.getFileName() + ".";
        try (DirectoryStream<Path> stray = Files.newDirectoryStream(file.getParent(),
                p -> p.getFileName().toString().startsWith(prefix)
                        && p.getFileName().toString().endsWith(TEMP_SUFFIX))) {
            for (Path p : stray) {
                Files.deleteIfExists(p);
            }
        } catch (java.nio.file.NoSuchFileException ignored) {
            // no directory yet: nothing stray in it
        }
    }

    /** Jackson closes the stream it writes to; the channel must stay open until it is forced. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
