package org.vcmtck.simulator.ovf.deploy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the reference keeps the bytes of the files of deployed packages (disk images, ISOs, icons, string bundles,
 * message files), so that an export can write them again. Content is addressed by its SHA-256 (lower-case hex):
 * the same file deployed twice is stored once, and a key never changes meaning.
 *
 * <p>Two forms. {@link #besideStateFile(Path)}: a folder {@code <state file>.content/} holding one file per key,
 * so that a {@code deploy} run and a later {@code export} run sharing {@code --state FILE} see the same bytes
 * (the state file names the keys; the folder holds the bytes). Files are streamed in through a temporary file and
 * moved into place, so memory stays bounded whatever the image size, and a key present is always complete.
 * {@link #inMemory()}: for a datacenter that lives only in one process (no state file); it holds everything in
 * memory, so it suits test-sized packages only.
 */
public abstract sealed class PackageFileStore {
    private PackageFileStore() {
    }

    /** The store of the state file {@code stateFile}: the folder {@code <stateFile>.content}. */
    public static PackageFileStore besideStateFile(Path stateFile) {
        Path abs = stateFile.toAbsolutePath().normalize();
        return inFolder(abs.resolveSibling(abs.getFileName() + ".content"));
    }

    /** A store in {@code folder} (created on the first put). */
    public static PackageFileStore inFolder(Path folder) {
        return new Folder(folder);
    }

    public static PackageFileStore inMemory() {
        return new Memory();
    }

    /** A stored content's key and length. */
    public record Stored(String key, long size) {
    }

    /** Stores everything {@code in} gives (read to its end, not closed) and returns its key and length. */
    public abstract Stored put(InputStream in) throws IOException;

    /** The content stored under {@code key}; the caller closes it. */
    public abstract InputStream open(String key) throws IOException;

    public abstract boolean has(String key);

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private static long copy(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            out.write(buffer, 0, n);
            total += n;
        }
        return total;
    }

    private static boolean isKey(String key) {
        return key != null && key.matches("[0-9a-f]{64}");
    }

    private static final class Folder extends PackageFileStore {
        private final Path folder;

        Folder(Path folder) {
            this.folder = folder.toAbsolutePath().normalize();
        }

        @Override
        public Stored put(InputStream in) throws IOException {
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, "incoming-", ".tmp");
            try {
                MessageDigest digest = sha256();
                long size;
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    size = copy(new DigestInputStream(in, digest), out);
                }
                String key = HexFormat.of().formatHex(digest.digest());
                Path target = folder.resolve(key);
                if (!Files.exists(target)) {
                    try {
                        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                    } catch (FileAlreadyExistsException e) {
                        // stored meanwhile by someone else: same key, same bytes
                    }
                }
                return new Stored(key, size);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }

        @Override
        public InputStream open(String key) throws IOException {
            if (!has(key)) {
                throw new NoSuchFileException(folder.resolve(String.valueOf(key)).toString(), null,
                        "no package file with this content key in the store");
            }
            return Files.newInputStream(folder.resolve(key));
        }

        @Override
        public boolean has(String key) {
            return isKey(key) && Files.isRegularFile(folder.resolve(key));
        }
    }

    private static final class Memory extends PackageFileStore {
        private final Map<String, byte[]> contents = new ConcurrentHashMap<>();

        @Override
        public Stored put(InputStream in) throws IOException {
            MessageDigest digest = sha256();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            copy(new DigestInputStream(in, digest), out);
            String key = HexFormat.of().formatHex(digest.digest());
            byte[] bytes = out.toByteArray();
            contents.putIfAbsent(key, bytes);
            return new Stored(key, bytes.length);
        }

        @Override
        public InputStream open(String key) throws IOException {
            byte[] b = contents.get(key);
            if (b == null) {
                throw new NoSuchFileException(String.valueOf(key), null,
                        "no package file with this content key in the store");
            }
            return new ByteArrayInputStream(b);
        }

        @Override
        public boolean has(String key) {
            return contents.containsKey(key);
        }
    }
}
