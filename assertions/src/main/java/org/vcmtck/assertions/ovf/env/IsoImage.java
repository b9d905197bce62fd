package org.vcmtck.assertions.ovf.env;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an ISO 9660 image such as a deployer's OVF environment medium, independently of any writer. The volume
 * descriptors and directory trees are indexed when the image is opened (both the primary tree and, when present,
 * the Joliet one); file contents are read on demand through positional channel reads, so a large image is never
 * held in memory. Every structural problem (wrong magic, an extent beyond the end of the file, a directory that
 * leads back to one of its ancestors, ...) is refused with an {@link IsoFormatException} naming it.
 */
public final class IsoImage implements Closeable {

    /** Which directory tree names are read from. */
    public enum Naming {
        /** The Joliet supplementary tree: UCS-2 names, case preserved, matched exactly. */
        JOLIET,
        /** The primary tree: d-character names, ";1" version stripped, matched case-insensitively. */
        PRIMARY
    }

    static final int SECTOR = 2048;
    private static final int FIRST_DESCRIPTOR_SECTOR = 16;
    private static final int MAX_DESCRIPTORS = 64;
    private static final int MAX_DEPTH = 64;
    private static final int MAX_ENTRIES = 100_000;
    private static final long MAX_DIRECTORY_BYTES = 16L * 1024 * 1024;
    /** {@link #read} keeps a file in memory; anything larger must be streamed through {@link #sha256}. */
    static final long MAX_READ_BYTES = 64L * 1024 * 1024;

    private final Path source;
    private final FileChannel channel;
    private final long fileSize;
    private final int blockSize;
    private final Map<Naming, Tree> trees;
    private final Naming naming;

    /** One indexed file: its path as named in its tree, where its data starts, and how long it is. */
    private record FileEntry(String path, long offset, long length) {
    }

    /** The files of one directory tree, by lookup key (see {@link #key}). */
    private record Tree(List<FileEntry> files, Map<String, FileEntry> byKey) {
    }

    private IsoImage(Path source, FileChannel channel) throws IOException {
        this.source = source;
        this.channel = channel;
        this.fileSize = channel.size();
        Descriptors descriptors = readDescriptors();
        this.blockSize = descriptors.blockSize;
        Map<Naming, Tree> indexed = new LinkedHashMap<>();
        indexed.put(Naming.PRIMARY, walk(Naming.PRIMARY, descriptors.primaryRoot));
        if (descriptors.jolietRoot != null) {
            indexed.put(Naming.JOLIET, walk(Naming.JOLIET, descriptors.jolietRoot));
        }
        this.trees = Map.copyOf(indexed);
        this.naming = descriptors.jolietRoot != null ? Naming.JOLIET : Naming.PRIMARY;
    }

    /** Opens and indexes the image; the caller closes it. */
    public static IsoImage open(Path image) throws IOException {
        FileChannel channel = FileChannel.open(image, StandardOpenOption.READ);
        try {
            return new IsoImage(image, channel);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    public Path source() {
        return source;
    }

    /** The tree {@link #paths()} and {@link #read} use: Joliet when the image has it, else the primary one. */
    public Naming naming() {
        return naming;
    }

    /** True when the image carries a Joliet supplementary volume descriptor. */
    public boolean hasJoliet() {
        return trees.containsKey(Naming.JOLIET);
    }

    /** Every file (not directory) of the preferred tree, '/'-separated without a leading '/', version stripped. */
    public List<String> paths() {
        return paths(naming);
    }

    /** Every file of one tree; empty for {@link Naming#JOLIET} when the image has no Joliet tree. */
    public List<String> paths(Naming tree) {
        Tree indexed = trees.get(tree);
        return indexed == null ? List.of() : indexed.files().stream().map(FileEntry::path).toList();
    }

    /** True when the preferred tree holds a file at the path. */
    public boolean contains(String path) {
        return find(naming, path).isPresent();
    }

    /** True when the given tree holds a file at the path. */
    public boolean contains(Naming tree, String path) {
        return find(tree, path).isPresent();
    }

    /** The size in bytes of the file at the path of the preferred tree. */
    public Optional<Long> size(String path) {
        return find(naming, path).map(FileEntry::length);
    }

    /** The bytes of the file at the path of the preferred tree; refused above {@value #MAX_READ_BYTES} bytes. */
    public Optional<byte[]> read(String path) throws IOException {
        Optional<FileEntry> entry = find(naming, path);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        FileEntry file = entry.get();
        if (file.length() > MAX_READ_BYTES) {
            throw new IOException(source + ": " + file.path() + " is " + file.length()
                    + " bytes, more than the " + MAX_READ_BYTES + " bytes read into memory; digest it instead");
        }
        return Optional.of(readBytes(file.offset(), (int) file.length()));
    }

    /** The lower-case hex SHA-256 of the file at the path of the preferred tree, streamed. */
    public Optional<String> sha256(String path) throws IOException {
        Optional<FileEntry> entry = find(naming, path);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        long position = entry.get().offset();
        long remaining = entry.get().length();
        while (remaining > 0) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), remaining));
            int read = channel.read(buffer, position);
            if (read <= 0) {
                throw new IsoFormatException(source + ": " + entry.get().path() + " ends early at byte " + position);
            }
            digest.update(buffer.array(), 0, read);
            position += read;
            remaining -= read;
        }
        return Optional.of(HexFormat.of().formatHex(digest.digest()));
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    private Optional<FileEntry> find(Naming tree, String path) {
        Tree indexed = trees.get(tree);
        if (indexed == null) {
            return Optional.empty();
        }
        String wanted = path.startsWith("/") ? path.substring(1) : path;
        return Optional.ofNullable(indexed.byKey().get(key(tree, wanted)));
    }

    /**
     * The lookup form of a path. Joliet names are compared exactly; primary names case-insensitively and in their
     * d-character form, so "ovf-env.xml" finds the primary "OVF_ENV.XML;1" (a '-' is not a d-character).
     */
    private static String key(Naming tree, String path) {
        String stripped = stripVersions(path);
        if (tree == Naming.JOLIET) {
            return stripped;
        }
        StringBuilder key = new StringBuilder(stripped.length());
        for (char c : stripped.toUpperCase(Locale.ROOT).toCharArray()) {
            boolean dCharacter = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '/';
            key.append(dCharacter ? c : '_');
        }
        return key.toString();
    }

    private static String stripVersions(String path) {
        StringBuilder result = new StringBuilder();
        for (String part : path.split("/", -1)) {
            if (result.length() > 0) {
                result.append('/');
            }
            result.append(stripVersion(part));
        }
        return result.toString();
    }

    /** "NAME.EXT;1" → "NAME.EXT"; "README.;1" → "README" (a primary name without extension keeps its dot). */
    static String stripVersion(String name) {
        String plain = name;
        int semicolon = plain.lastIndexOf(';');
        if (semicolon >= 0 && plain.substring(semicolon + 1).chars().allMatch(Character::isDigit)) {
            plain = plain.substring(0, semicolon);
        }
        if (plain.endsWith(".") && plain.length() > 1) {
            plain = plain.substring(0, plain.length() - 1);
        }
        return plain;
    }

    // ---------------------------------------------------------------- volume descriptors

    private static final class Descriptors {
        int blockSize;
        byte[] primaryRoot;
        byte[] jolietRoot;
    }

    private Descriptors readDescriptors() throws IOException {
        long needed = (long) (FIRST_DESCRIPTOR_SECTOR + 1) * SECTOR;
        if (fileSize < needed) {
            throw new IsoFormatException(source + ": the file is " + fileSize + " bytes, too short for an ISO 9660 image"
                    + " (its volume descriptors start at byte " + FIRST_DESCRIPTOR_SECTOR * SECTOR + ")");
        }
        Descriptors found = new Descriptors();
        for (int index = 0; index < MAX_DESCRIPTORS; index++) {
            long sector = FIRST_DESCRIPTOR_SECTOR + index;
            if ((sector + 1) * SECTOR > fileSize) {
                throw new IsoFormatException(source + ": no volume descriptor set terminator before the end of the file"
                        + " (sector " + sector + ")");
            }
            byte[] descriptor = readBytes(sector * SECTOR, SECTOR);
            String magic = new String(descriptor, 1, 5, StandardCharsets.ISO_8859_1);
            if (!magic.equals("CD001")) {
                throw new IsoFormatException(source + ": volume descriptor at sector " + sector
                        + " has standard identifier \"" + printable(magic) + "\", expected \"CD001\""
                        + (index == 0 ? " (not an ISO 9660 image)" : ""));
            }
            int type = descriptor[0] & 0xff;
            if (type == 255) {
                if (found.primaryRoot == null) {
                    throw new IsoFormatException(source + ": no primary volume descriptor before the terminator"
                            + " at sector " + sector);
                }
                return found;
            }
            if (type == 1 && found.primaryRoot == null) {
                found.blockSize = blockSize(descriptor, sector);
                found.primaryRoot = java.util.Arrays.copyOfRange(descriptor, 156, 156 + 34);
            } else if (type == 2 && found.jolietRoot == null && isJoliet(descriptor)) {
                int jolietBlock = blockSize(descriptor, sector);
                if (found.primaryRoot != null && jolietBlock != found.blockSize) {
                    throw new IsoFormatException(source + ": Joliet descriptor at sector " + sector + " has block size "
                            + jolietBlock + ", the primary one " + found.blockSize);
                }
                found.blockSize = jolietBlock;
                found.jolietRoot = java.util.Arrays.copyOfRange(descriptor, 156, 156 + 34);
            }
        }
        throw new IsoFormatException(source + ": no volume descriptor set terminator within " + MAX_DESCRIPTORS
                + " sectors from sector " + FIRST_DESCRIPTOR_SECTOR);
    }

    private int blockSize(byte[] descriptor, long sector) throws IsoFormatException {
        int size = (descriptor[128] & 0xff) | (descriptor[129] & 0xff) << 8;
        if (size != 512 && size != 1024 && size != 2048) {
            throw new IsoFormatException(source + ": volume descriptor at sector " + sector + " declares logical block"
                    + " size " + size + ", expected 512, 1024 or 2048");
        }
        return size;
    }

    /** A supplementary descriptor is Joliet when its escape sequences name UCS-2 level 1, 2 or 3. */
    private static boolean isJoliet(byte[] descriptor) {
        for (int i = 88; i + 2 < 120; i++) {
            if (descriptor[i] == '%' && descriptor[i + 1] == '/'
                    && (descriptor[i + 2] == '@' || descriptor[i + 2] == 'C' || descriptor[i + 2] == 'E')) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- directory trees

    /** A directory still to be read: its path, where its records are, and the extents of its ancestors. */
    private record PendingDirectory(String path, long extent, long length, int depth, List<Long> ancestors) {
    }

    private Tree walk(Naming tree, byte[] rootRecord) throws IOException {
        DirectoryRecord root = DirectoryRecord.parse(rootRecord, 0, tree);
        if (root == null || !root.directory()) {
            throw new IsoFormatException(source + ": the " + label(tree) + " root directory record is not a directory");
        }
        List<FileEntry> files = new ArrayList<>();
        Map<String, FileEntry> byKey = new HashMap<>();
        Map<Long, String> directoriesSeen = new HashMap<>();
        Deque<PendingDirectory> pending = new ArrayDeque<>();
        pending.add(new PendingDirectory("", root.extent(), root.length(), 0, List.of()));
        int entries = 0;
        while (!pending.isEmpty()) {
            PendingDirectory directory = pending.removeFirst();
            String shown = directory.path().isEmpty() ? "/" : "/" + directory.path();
            String earlier = directoriesSeen.putIfAbsent(directory.extent(), shown);
            if (earlier != null) {
                String kind = directory.ancestors().contains(directory.extent()) ? "directory loop" : "shared directory";
                throw new IsoFormatException(source + ": " + kind + " in the " + label(tree) + " tree: " + shown
                        + " points at extent " + directory.extent() + ", already read as " + earlier);
            }
            byte[] records = readDirectory(tree, shown, directory);
            List<Long> ancestors = new ArrayList<>(directory.ancestors());
            ancestors.add(directory.extent());
            for (DirectoryRecord record : DirectoryRecord.all(records, tree, source + ": " + label(tree) + " directory "
                    + shown)) {
                if (++entries > MAX_ENTRIES) {
                    throw new IsoFormatException(source + ": more than " + MAX_ENTRIES + " entries in the "
                            + label(tree) + " tree");
                }
                String path = directory.path().isEmpty() ? record.name() : directory.path() + "/" + record.name();
                if (record.directory()) {
                    if (directory.depth() + 1 > MAX_DEPTH) {
                        throw new IsoFormatException(source + ": /" + path + " is nested deeper than " + MAX_DEPTH
                                + " directories");
                    }
                    if (ancestors.contains(record.extent())) {
                        throw new IsoFormatException(source + ": directory loop in the " + label(tree) + " tree: /"
                                + path + " points back at extent " + record.extent() + " of an enclosing directory");
                    }
                    pending.add(new PendingDirectory(path, record.extent(), record.length(), directory.depth() + 1,
                            ancestors));
                } else {
                    FileEntry file = fileEntry(tree, path, record);
                    files.add(file);
                    byKey.putIfAbsent(key(tree, path), file);
                }
            }
        }
        return new Tree(List.copyOf(files), Map.copyOf(byKey));
    }

    private FileEntry fileEntry(Naming tree, String path, DirectoryRecord record) throws IsoFormatException {
        if (record.multiExtent()) {
            throw new IsoFormatException(source + ": /" + path + " in the " + label(tree)
                    + " tree is a multi-extent file, which this reader does not support");
        }
        if (record.interleaved()) {
            throw new IsoFormatException(source + ": /" + path + " in the " + label(tree)
                    + " tree is recorded in interleaved mode, which this reader does not support");
        }
        long offset = (record.extent() + record.extendedAttributeBlocks()) * blockSize;
        if (offset + record.length() > fileSize) {
            throw new IsoFormatException(source + ": /" + path + " in the " + label(tree) + " tree has extent "
                    + record.extent() + " (bytes " + offset + ".." + (offset + record.length()) + ") outside the "
                    + fileSize + "-byte file");
        }
        return new FileEntry(path, offset, record.length());
    }

    private byte[] readDirectory(Naming tree, String shown, PendingDirectory directory) throws IOException {
        long offset = directory.extent() * blockSize;
        if (directory.length() > MAX_DIRECTORY_BYTES) {
            throw new IsoFormatException(source + ": " + label(tree) + " directory " + shown + " claims "
                    + directory.length() + " bytes, more than " + MAX_DIRECTORY_BYTES);
        }
        if (offset + directory.length() > fileSize) {
            throw new IsoFormatException(source + ": " + label(tree) + " directory " + shown + " has extent "
                    + directory.extent() + " (bytes " + offset + ".." + (offset + directory.length())
                    + ") outside the " + fileSize + "-byte file");
        }
        return readBytes(offset, (int) directory.length());
    }

    private byte[] readBytes(long offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        long position = offset;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, position);
            if (read <= 0) {
                throw new IsoFormatException(source + ": unexpected end of file at byte " + position);
            }
            position += read;
        }
        return buffer.array();
    }

    private static String label(Naming tree) {
        return tree == Naming.JOLIET ? "Joliet" : "primary";
    }

    private static String printable(String text) {
        StringBuilder shown = new StringBuilder();
        for (char c : text.toCharArray()) {
            shown.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\x%02x", (int) c));
        }
        return shown.toString();
    }
}
