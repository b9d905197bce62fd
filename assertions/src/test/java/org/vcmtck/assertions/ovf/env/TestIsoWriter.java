package org.vcmtck.assertions.ovf.env;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small ISO 9660 writer for tests: a primary tree and, optionally, a Joliet tree over the same file extents.
 * Written from ECMA-119 for these tests only (no path tables: the reader under test does not use them). The
 * {@link Layout} tells tests where records and extents are, so they can corrupt an image precisely.
 */
final class TestIsoWriter {

    static final int SECTOR = 2048;

    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private boolean joliet = true;

    TestIsoWriter file(String path, byte[] data) {
        files.put(path, data.clone());
        return this;
    }

    TestIsoWriter file(String path, String text) {
        return file(path, text.getBytes(StandardCharsets.UTF_8));
    }

    TestIsoWriter withoutJoliet() {
        joliet = false;
        return this;
    }

    /**
     * Where things ended up.
     *
     * @param image         the image bytes
     * @param recordOffsets absolute offset of each directory record, keyed "primary:/DIR/NAME;1" or "joliet:/dir/name"
     *                      (the record as named in its tree)
     * @param rootExtents   the root directory's extent per tree ("primary", "joliet")
     */
    record Layout(byte[] image, Map<String, Integer> recordOffsets, Map<String, Long> rootExtents) {

        Layout patch(int offset, int... values) {
            byte[] copy = image.clone();
            for (int i = 0; i < values.length; i++) {
                copy[offset + i] = (byte) values[i];
            }
            return new Layout(copy, recordOffsets, rootExtents);
        }

        /** Rewrites the extent of the record in both byte orders. */
        Layout withExtent(String recordKey, long extent) {
            Integer offset = recordOffsets.get(recordKey);
            if (offset == null) {
                throw new IllegalArgumentException("no record " + recordKey + " in " + recordOffsets.keySet());
            }
            byte[] copy = image.clone();
            putBoth32(copy, offset + 2, extent);
            return new Layout(copy, recordOffsets, rootExtents);
        }

        /** The extent a record currently names (little-endian half). */
        long recordExtent(String recordKey) {
            int offset = recordOffsets.get(recordKey);
            long extent = 0;
            for (int i = 0; i < 4; i++) {
                extent |= (image[offset + 2 + i] & 0xffL) << (8 * i);
            }
            return extent;
        }

        Layout truncatedTo(int length) {
            return new Layout(java.util.Arrays.copyOf(image, length), recordOffsets, rootExtents);
        }

        Path write(Path target) throws IOException {
            Files.write(target, image);
            return target;
        }
    }

    /** A directory of the tree being laid out. */
    private static final class Dir {
        final String name;
        final Map<String, Dir> dirs = new TreeMap<>();
        final Map<String, byte[]> files = new TreeMap<>();
        final Map<String, Long> dirExtent = new HashMap<>();
        final Map<String, Long> dirSize = new HashMap<>();

        Dir(String name) {
            this.name = name;
        }
    }

    Layout build() {
        Dir root = new Dir("");
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String[] parts = file.getKey().split("/");
            Dir dir = root;
            for (int i = 0; i < parts.length - 1; i++) {
                dir = dir.dirs.computeIfAbsent(parts[i], Dir::new);
            }
            dir.files.put(parts[parts.length - 1], file.getValue());
        }
        List<String> trees = joliet ? List.of("primary", "joliet") : List.of("primary");
        long next = 16 + trees.size() + 1; // descriptors, then the terminator
        for (String tree : trees) {
            for (Dir dir : allDirs(root)) {
                long size = directorySize(dir, tree);
                dir.dirExtent.put(tree, next);
                dir.dirSize.put(tree, size);
                next += size / SECTOR;
            }
        }
        Map<Object, Long> fileExtents = new java.util.IdentityHashMap<>();
        for (Dir dir : allDirs(root)) {
            for (byte[] data : dir.files.values()) {
                fileExtents.put(data, next);
                next += (data.length + SECTOR - 1) / SECTOR;
            }
        }
        byte[] image = new byte[(int) (next * SECTOR)];
        int descriptor = 16;
        for (String tree : trees) {
            writeVolumeDescriptor(image, descriptor++ * SECTOR, tree, root, next);
        }
        image[descriptor * SECTOR] = (byte) 255;
        System.arraycopy("CD001".getBytes(StandardCharsets.US_ASCII), 0, image, descriptor * SECTOR + 1, 5);
        image[descriptor * SECTOR + 6] = 1;
        Map<String, Integer> offsets = new LinkedHashMap<>();
        for (String tree : trees) {
            writeDirectory(image, tree, root, root, "", fileExtents, offsets);
        }
        for (Dir dir : allDirs(root)) {
            for (byte[] data : dir.files.values()) {
                System.arraycopy(data, 0, image, (int) (fileExtents.get(data) * SECTOR), data.length);
            }
        }
        Map<String, Long> rootExtents = new LinkedHashMap<>();
        trees.forEach(tree -> rootExtents.put(tree, root.dirExtent.get(tree)));
        return new Layout(image, offsets, rootExtents);
    }

    private static List<Dir> allDirs(Dir root) {
        List<Dir> all = new ArrayList<>();
        List<Dir> queue = new ArrayList<>(List.of(root));
        while (!queue.isEmpty()) {
            Dir dir = queue.remove(0);
            all.add(dir);
            queue.addAll(dir.dirs.values());
        }
        return all;
    }

    static byte[] name(String tree, String name, boolean isFile) {
        if (tree.equals("joliet")) {
            return (isFile ? name + ";1" : name).getBytes(StandardCharsets.UTF_16BE);
        }
        StringBuilder d = new StringBuilder();
        for (char c : name.toUpperCase(Locale.ROOT).toCharArray()) {
            d.append((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' ? c : '_');
        }
        if (isFile) {
            if (d.indexOf(".") < 0) {
                d.append('.');
            }
            d.append(";1");
        }
        return d.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static int recordLength(int nameLength) {
        int length = 33 + nameLength;
        return length % 2 == 0 ? length : length + 1;
    }

    /** Records in write order: ".", "..", sub-directories and files by name. */
    private static List<Object[]> records(Dir dir, String tree) {
        List<Object[]> records = new ArrayList<>();
        records.add(new Object[] {new byte[] {0}, null, Boolean.TRUE});
        records.add(new Object[] {new byte[] {1}, null, Boolean.TRUE});
        dir.dirs.forEach((name, child) -> records.add(new Object[] {name(tree, name, false), child, Boolean.TRUE}));
        dir.files.forEach((name, data) -> records.add(new Object[] {name(tree, name, true), data, Boolean.FALSE}));
        return records;
    }

    private static long directorySize(Dir dir, String tree) {
        int position = 0;
        for (Object[] record : records(dir, tree)) {
            int length = recordLength(((byte[]) record[0]).length);
            if (position % SECTOR + length > SECTOR) {
                position = (position / SECTOR + 1) * SECTOR;
            }
            position += length;
        }
        return (long) ((position + SECTOR - 1) / SECTOR) * SECTOR;
    }

    private static void writeDirectory(byte[] image, String tree, Dir dir, Dir parent, String path,
                                       Map<Object, Long> fileExtents, Map<String, Integer> offsets) {
        int base = (int) (dir.dirExtent.get(tree) * SECTOR);
        int position = 0;
        for (Object[] record : records(dir, tree)) {
            byte[] name = (byte[]) record[0];
            int length = recordLength(name.length);
            if (position % SECTOR + length > SECTOR) {
                position = (position / SECTOR + 1) * SECTOR;
            }
            long extent;
            long size;
            boolean isDir = (Boolean) record[2];
            if (record[1] == null) {
                Dir target = name[0] == 0 ? dir : parent;
                extent = target.dirExtent.get(tree);
                size = target.dirSize.get(tree);
            } else if (isDir) {
                Dir child = (Dir) record[1];
                extent = child.dirExtent.get(tree);
                size = child.dirSize.get(tree);
            } else {
                extent = fileExtents.get(record[1]);
                size = ((byte[]) record[1]).length;
            }
            writeRecord(image, base + position, name, extent, size, isDir);
            if (record[1] != null) {
                String shown = tree.equals("joliet") ? new String(name, StandardCharsets.UTF_16BE)
                        : new String(name, StandardCharsets.US_ASCII);
                offsets.put(tree + ":" + path + "/" + shown, base + position);
            }
            position += length;
        }
        for (Map.Entry<String, Dir> child : dir.dirs.entrySet()) {
            String shown = tree.equals("joliet") ? child.getKey()
                    : new String(name(tree, child.getKey(), false), StandardCharsets.US_ASCII);
            writeDirectory(image, tree, child.getValue(), dir, path + "/" + shown, fileExtents, offsets);
        }
    }

    private static void writeRecord(byte[] image, int at, byte[] name, long extent, long size, boolean directory) {
        image[at] = (byte) recordLength(name.length);
        putBoth32(image, at + 2, extent);
        putBoth32(image, at + 10, size);
        image[at + 25] = (byte) (directory ? 0x02 : 0);
        image[at + 28] = 1; // volume sequence number 1, both byte orders
        image[at + 31] = 1;
        image[at + 32] = (byte) name.length;
        System.arraycopy(name, 0, image, at + 33, name.length);
    }

    private static void writeVolumeDescriptor(byte[] image, int at, String tree, Dir root, long sectors) {
        image[at] = (byte) (tree.equals("joliet") ? 2 : 1);
        System.arraycopy("CD001".getBytes(StandardCharsets.US_ASCII), 0, image, at + 1, 5);
        image[at + 6] = 1;
        java.util.Arrays.fill(image, at + 8, at + 72, (byte) ' ');
        putBoth32(image, at + 80, sectors);
        if (tree.equals("joliet")) {
            image[at + 88] = '%';
            image[at + 89] = '/';
            image[at + 90] = 'E';
        }
        image[at + 120] = 1; // volume set size
        image[at + 123] = 1;
        image[at + 124] = 1; // volume sequence number
        image[at + 127] = 1;
        image[at + 128] = (byte) (SECTOR & 0xff); // logical block size, little then big endian
        image[at + 129] = (byte) (SECTOR >> 8);
        image[at + 130] = (byte) (SECTOR >> 8);
        image[at + 131] = (byte) (SECTOR & 0xff);
        writeRecord(image, at + 156, new byte[] {0}, root.dirExtent.get(tree), root.dirSize.get(tree), true);
        image[at + 881] = 1;
    }

    static void putBoth32(byte[] image, int at, long value) {
        for (int i = 0; i < 4; i++) {
            image[at + i] = (byte) (value >>> (8 * i));
            image[at + 7 - i] = (byte) (value >>> (8 * i));
        }
    }
}
