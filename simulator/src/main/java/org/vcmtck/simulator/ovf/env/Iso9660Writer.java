package org.vcmtck.simulator.ovf.env;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes an ISO 9660 image (ECMA-119) holding a few small files, as the {@code iso} transport of the OVF
 * environment needs (DSP8027): a primary volume descriptor, a Joliet supplementary volume descriptor (so the
 * real, lower-case names such as {@code ovf-env.xml} survive; the primary tree holds {@code OVF_ENV.XML;1}),
 * the terminator, L and M path tables for both trees, the directories of both trees, then the file data shared by
 * both. The whole image is built in memory; it is meant for environment media, not for disk images.
 *
 * <p>The output depends only on the files and the constructor's arguments, so the same input gives the same bytes.
 */
public final class Iso9660Writer {
    public static final int SECTOR = 2048;
    private static final int FIRST_DESCRIPTOR = 16;
    private static final int MAX_DEPTH = 8;
    private static final long MAX_IMAGE_BYTES = 1L << 30;
    private static final String APPLICATION = "VCM-TCK REFERENCE";

    private final String volumeId;
    private final Instant recorded;

    /**
     * @param volumeId volume identifier (at most 32 characters in the primary descriptor, 16 in Joliet)
     * @param recorded the time written into every date field
     */
    public Iso9660Writer(String volumeId, Instant recorded) {
        this.volumeId = Objects.requireNonNull(volumeId, "volumeId");
        this.recorded = Objects.requireNonNull(recorded, "recorded");
    }

    /**
     * The image holding {@code files}: keys are '/'-separated relative paths (directories are implied), values
     * the contents.
     *
     * @throws IllegalArgumentException a path is empty, absolute, has '.'/'..'/empty segments, a segment Joliet
     *     cannot carry, is nested deeper than 8 levels, clashes with another path, or the image would exceed
     *     1 GiB
     */
    public byte[] write(Map<String, byte[]> files) {
        Node root = tree(files);
        View primary = new View(root, IsoNames::primaryBytes);
        View joliet = new View(root, (n, dir, attempt) -> attempt == 0 ? IsoNames.jolietBytes(n) : null);
        int next = FIRST_DESCRIPTOR + 3;
        for (View v : List.of(primary, joliet)) {
            int sectors = IsoBytes.sectorsFor(v.pathTableSize());
            v.lTable = next;
            v.mTable = next + sectors;
            next += 2 * sectors;
        }
        for (View v : List.of(primary, joliet)) {
            for (Node d : v.dirs) {
                v.extent.put(d, next);
                next += IsoBytes.sectorsFor(v.size.get(d));
            }
        }
        List<Node> fileNodes = new ArrayList<>();
        collectFiles(root, fileNodes);
        Map<Node, Integer> fileExtent = new IdentityHashMap<>();
        for (Node f : fileNodes) {
            fileExtent.put(f, next);
            next += IsoBytes.sectorsFor(f.data.length);
        }
        if ((long) next * SECTOR > MAX_IMAGE_BYTES) {
            throw new IllegalArgumentException("the image would be larger than " + MAX_IMAGE_BYTES + " bytes");
        }
        byte[] image = new byte[next * SECTOR];
        byte[] date = IsoBytes.recordDate(recorded);
        writeDescriptor(image, FIRST_DESCRIPTOR, primary, false, next, date);
        writeDescriptor(image, FIRST_DESCRIPTOR + 1, joliet, true, next, date);
        writeTerminator(image, FIRST_DESCRIPTOR + 2);
        for (View v : List.of(primary, joliet)) {
            v.writePathTables(image);
            v.writeDirectories(image, fileExtent, date);
        }
        for (Node f : fileNodes) {
            System.arraycopy(f.data, 0, image, fileExtent.get(f) * SECTOR, f.data.length);
        }
        return image;
    }

    private static Node tree(Map<String, byte[]> files) {
        Node root = new Node("", null, null);
        for (Map.Entry<String, byte[]> e : new TreeMap<>(files).entrySet()) {
            String path = e.getKey();
            if (path == null || path.isEmpty() || path.startsWith("/")) {
                throw new IllegalArgumentException("path '" + path + "' must be relative and not empty");
            }
            String[] segments = path.split("/", -1);
            if (segments.length > MAX_DEPTH) {
                throw new IllegalArgumentException("path '" + path + "' is nested deeper than " + MAX_DEPTH
                        + " levels, which ISO 9660 does not allow");
            }
            Node at = root;
            for (int i = 0; i < segments.length; i++) {
                String problem = IsoNames.jolietProblem(segments[i]);
                if (problem != null) {
                    throw new IllegalArgumentException("path '" + path + "': " + problem);
                }
                boolean last = i == segments.length - 1;
                Node child = at.children.get(segments[i]);
                if (child == null) {
                    child = new Node(segments[i], at, last ? Objects.requireNonNull(e.getValue(), path) : null);
                    at.children.put(segments[i], child);
                } else if (last || !child.directory()) {
                    throw new IllegalArgumentException("path '" + path + "' clashes with another file or directory");
                }
                at = child;
            }
        }
        return root;
    }

    private static void collectFiles(Node dir, List<Node> out) {
        for (Node c : dir.children.values()) {
            if (c.directory()) {
                collectFiles(c, out);
            } else {
                out.add(c);
            }
        }
    }

    private void writeDescriptor(byte[] image, int sector, View v, boolean joliet, int totalSectors, byte[] date) {
        int at = sector * SECTOR;
        image[at] = (byte) (joliet ? 2 : 1);
        IsoBytes.ascii(image, at + 1, 5, "CD001");
        image[at + 6] = 1;
        text(image, at + 8, 32, "", joliet);
        text(image, at + 40, 32, volumeId, joliet);
        IsoBytes.both32(image, at + 80, totalSectors);
        if (joliet) {
            // escape sequence "%/E": UCS-2 level 3, which is what marks this descriptor as Joliet
            image[at + 88] = '%';
            image[at + 89] = '/';
            image[at + 90] = 'E';
        }
        IsoBytes.both16(image, at + 120, 1);
        IsoBytes.both16(image, at + 124, 1);
        IsoBytes.both16(image, at + 128, SECTOR);
        IsoBytes.both32(image, at + 132, v.pathTableSize());
        IsoBytes.le32(image, at + 140, v.lTable);
        IsoBytes.be32(image, at + 148, v.mTable);
        new IsoDirectoryRecord(v.extent.get(v.root), v.size.get(v.root), true, IsoDirectoryRecord.SELF, date)
                .writeTo(image, at + 156);
        text(image, at + 190, 128, "", joliet);
        text(image, at + 318, 128, "", joliet);
        text(image, at + 446, 128, "", joliet);
        text(image, at + 574, 128, APPLICATION, joliet);
        text(image, at + 702, 37, "", joliet);
        text(image, at + 739, 37, "", joliet);
        text(image, at + 776, 37, "", joliet);
        IsoBytes.volumeDate(image, at + 813, recorded);
        IsoBytes.volumeDate(image, at + 830, recorded);
        IsoBytes.unspecifiedDate(image, at + 847);
        IsoBytes.unspecifiedDate(image, at + 864);
        image[at + 881] = 1;
    }

    private static void text(byte[] image, int at, int length, String value, boolean joliet) {
        if (joliet) {
            IsoBytes.ucs2(image, at, length, value);
        } else {
            IsoBytes.ascii(image, at, length, value);
        }
    }

    private static void writeTerminator(byte[] image, int sector) {
        int at = sector * SECTOR;
        image[at] = (byte) 255;
        IsoBytes.ascii(image, at + 1, 5, "CD001");
        image[at + 6] = 1;
    }

    /** How one tree names a node; null when there is no further attempt to offer. */
    @FunctionalInterface
    private interface Naming {
        byte[] identifier(String name, boolean directory, int attempt);
    }

    /** A file (data != null) or directory of the tree both views share. */
    private static final class Node {
        final String name;
        final Node parent;
        final byte[] data;
        final TreeMap<String, Node> children = new TreeMap<>();

        Node(String name, Node parent, byte[] data) {
            this.name = name;
            this.parent = parent;
            this.data = data;
        }

        boolean directory() {
            return data == null;
        }
    }

    /**
     * One tree's view of the nodes (primary or Joliet): identifiers, children order, path table order,
     * directory sizes and, once laid out, locations.
     */
    private static final class View {
        final Node root;
        final Map<Node, byte[]> ids = new IdentityHashMap<>();
        final Map<Node, List<Node>> sorted = new IdentityHashMap<>();
        final List<Node> dirs = new ArrayList<>();
        final Map<Node, Integer> number = new IdentityHashMap<>();
        final Map<Node, Long> size = new IdentityHashMap<>();
        final Map<Node, Integer> extent = new IdentityHashMap<>();
        int lTable;
        int mTable;

        View(Node root, Naming naming) {
            this.root = root;
            ids.put(root, IsoDirectoryRecord.SELF);
            // path table order: by level, then parent number, then identifier -- a breadth-first walk of sorted
            // children gives exactly that
            Deque<Node> queue = new ArrayDeque<>(List.of(root));
            while (!queue.isEmpty()) {
                Node d = queue.poll();
                dirs.add(d);
                number.put(d, dirs.size());
                List<Node> children = new ArrayList<>(d.children.values());
                Set<String> taken = new HashSet<>();
                for (Node c : children) {
                    byte[] id = naming.identifier(c.name, c.directory(), 0);
                    for (int attempt = 1; !taken.add(Arrays.toString(id)); attempt++) {
                        id = naming.identifier(c.name, c.directory(), attempt);
                        if (id == null) {
                            throw new IllegalArgumentException("'" + c.name + "' has the same ISO 9660 name as"
                                    + " a sibling");
                        }
                    }
                    ids.put(c, id);
                }
                children.sort(Comparator.comparing(ids::get, View::compareIdentifiers));
                sorted.put(d, children);
                children.stream().filter(Node::directory).forEach(queue::add);
            }
            for (Node d : dirs) {
                size.put(d, (long) IsoBytes.sectorsFor(recordsEnd(d)) * SECTOR);
            }
        }

        /** Identifiers compare as unsigned bytes, the shorter one padded with spaces (ECMA-119 §9.3). */
        private static int compareIdentifiers(byte[] a, byte[] b) {
            for (int i = 0; i < Math.max(a.length, b.length); i++) {
                int x = i < a.length ? a[i] & 0xff : ' ';
                int y = i < b.length ? b[i] & 0xff : ' ';
                if (x != y) {
                    return Integer.compare(x, y);
                }
            }
            return 0;
        }

        /** Where the last record of the directory ends; records never cross a sector boundary. */
        private int recordsEnd(Node d) {
            int pos = 0;
            List<Integer> sizes = new ArrayList<>(List.of(IsoDirectoryRecord.size(1), IsoDirectoryRecord.size(1)));
            for (Node c : sorted.get(d)) {
                sizes.add(IsoDirectoryRecord.size(ids.get(c).length));
            }
            for (int s : sizes) {
                pos = placed(pos, s);
                pos += s;
            }
            return pos;
        }

        private static int placed(int pos, int recordSize) {
            int room = SECTOR - pos % SECTOR;
            return recordSize > room ? pos + room : pos;
        }

        long pathTableSize() {
            long total = 0;
            for (Node d : dirs) {
                int len = d == root ? 1 : ids.get(d).length;
                total += 8 + len + (len % 2);
            }
            return total;
        }

        void writePathTables(byte[] image) {
            int l = lTable * SECTOR;
            int m = mTable * SECTOR;
            for (Node d : dirs) {
                byte[] id = d == root ? IsoDirectoryRecord.SELF : ids.get(d);
                int parent = d == root ? 1 : number.get(d.parent);
                for (boolean little : new boolean[] {true, false}) {
                    int at = little ? l : m;
                    image[at] = (byte) id.length;
                    if (little) {
                        IsoBytes.le32(image, at + 2, extent.get(d));
                        IsoBytes.le16(image, at + 6, parent);
                    } else {
                        IsoBytes.be32(image, at + 2, extent.get(d));
                        IsoBytes.be16(image, at + 6, parent);
                    }
                    System.arraycopy(id, 0, image, at + 8, id.length);
                }
                int len = 8 + id.length + (id.length % 2);
                l += len;
                m += len;
            }
        }

        void writeDirectories(byte[] image, Map<Node, Integer> fileExtent, byte[] date) {
            for (Node d : dirs) {
                List<IsoDirectoryRecord> records = new ArrayList<>();
                records.add(new IsoDirectoryRecord(extent.get(d), size.get(d), true, IsoDirectoryRecord.SELF, date));
                Node parent = d == root ? root : d.parent;
                records.add(new IsoDirectoryRecord(extent.get(parent), size.get(parent), true,
                        IsoDirectoryRecord.PARENT, date));
                for (Node c : sorted.get(d)) {
                    records.add(c.directory()
                            ? new IsoDirectoryRecord(extent.get(c), size.get(c), true, ids.get(c), date)
                            : new IsoDirectoryRecord(fileExtent.get(c), c.data.length, false, ids.get(c), date));
                }
                int base = extent.get(d) * SECTOR;
                int pos = 0;
                for (IsoDirectoryRecord r : records) {
                    pos = placed(pos, r.size());
                    pos += r.writeTo(image, base + pos);
                }
            }
        }
    }
}
