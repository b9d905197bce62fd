package org.vcmtck.simulator.ovf.env;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deliberately separate, minimal ISO 9660 reader for the tests: finds the primary and Joliet volume
 * descriptors, walks a directory tree from its root record, and reads path tables. Every both-endian field is
 * checked for agreement of its two halves, so a writer that fills only one half fails here.
 */
final class IsoImageReader {
    static final int SECTOR = 2048;

    /** A path table entry: identifier, extent, parent directory number (1-based). */
    record PathTableEntry(String name, int extent, int parent) {
    }

    private final byte[] image;

    IsoImageReader(byte[] image) {
        this.image = image;
    }

    /** The sector of the first descriptor of {@code type} (1 primary, 2 supplementary), or -1. */
    int descriptorSector(int type) {
        for (int s = 16; (s + 1) * SECTOR <= image.length; s++) {
            int at = s * SECTOR;
            if (!new String(image, at + 1, 5, StandardCharsets.US_ASCII).equals("CD001")) {
                throw new IllegalStateException("sector " + s + " is not a volume descriptor");
            }
            int t = image[at] & 0xff;
            if (t == 255) {
                return -1;
            }
            if (t == type) {
                return s;
            }
        }
        return -1;
    }

    boolean jolietEscape(int sector) {
        int at = sector * SECTOR + 88;
        return image[at] == '%' && image[at + 1] == '/' && image[at + 2] == 'E';
    }

    String volumeId(int sector, boolean joliet) {
        return text(sector * SECTOR + 40, 32, joliet).trim();
    }

    long volumeSpaceSize(int sector) {
        return both32(sector * SECTOR + 80);
    }

    int blockSize(int sector) {
        return both16(sector * SECTOR + 128);
    }

    String creationDate(int sector) {
        return new String(image, sector * SECTOR + 813, 16, StandardCharsets.US_ASCII);
    }

    /** Every file of the tree, by '/'-joined path of its identifiers (version ";1" kept). */
    Map<String, byte[]> files(int sector, boolean joliet) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        int root = sector * SECTOR + 156;
        walk((int) both32(root + 2), (int) both32(root + 10), "", joliet, out, 0);
        return out;
    }

    /** The directories (path, extent) of the tree, root included as "". */
    Map<String, Integer> directories(int sector, boolean joliet) {
        Map<String, Integer> out = new LinkedHashMap<>();
        int root = sector * SECTOR + 156;
        out.put("", (int) both32(root + 2));
        walkDirectories((int) both32(root + 2), (int) both32(root + 10), "", joliet, out, 0);
        return out;
    }

    List<PathTableEntry> pathTable(int sector, boolean joliet, boolean little) {
        int at = sector * SECTOR;
        long size = both32(at + 132);
        int location = little ? (int) le32(at + 140) : (int) be32(at + 148);
        List<PathTableEntry> out = new ArrayList<>();
        int pos = location * SECTOR;
        int end = (int) (pos + size);
        while (pos < end) {
            int len = image[pos] & 0xff;
            int extent = (int) (little ? le32(pos + 2) : be32(pos + 2));
            int parent = little ? (image[pos + 6] & 0xff) | (image[pos + 7] & 0xff) << 8
                    : (image[pos + 6] & 0xff) << 8 | (image[pos + 7] & 0xff);
            String name = len == 1 && image[pos + 8] == 0 ? "" : text(pos + 8, len, joliet);
            out.add(new PathTableEntry(name, extent, parent));
            pos += 8 + len + (len % 2);
        }
        return out;
    }

    private void walk(int extent, int length, String prefix, boolean joliet, Map<String, byte[]> out, int depth) {
        for (Record r : records(extent, length, joliet, depth)) {
            String path = prefix.isEmpty() ? r.name : prefix + "/" + r.name;
            if (r.directory) {
                walk(r.extent, r.length, path, joliet, out, depth + 1);
            } else {
                out.put(path, Arrays.copyOfRange(image, r.extent * SECTOR, r.extent * SECTOR + r.length));
            }
        }
    }

    private void walkDirectories(int extent, int length, String prefix, boolean joliet, Map<String, Integer> out,
                                 int depth) {
        for (Record r : records(extent, length, joliet, depth)) {
            if (r.directory) {
                String path = prefix.isEmpty() ? r.name : prefix + "/" + r.name;
                out.put(path, r.extent);
                walkDirectories(r.extent, r.length, path, joliet, out, depth + 1);
            }
        }
    }

    private record Record(String name, boolean directory, int extent, int length) {
    }

    private List<Record> records(int extent, int length, boolean joliet, int depth) {
        if (depth > 8) {
            throw new IllegalStateException("directory loop or too deep");
        }
        List<Record> out = new ArrayList<>();
        int base = extent * SECTOR;
        int pos = 0;
        int seen = 0;
        while (pos < length) {
            int len = image[base + pos] & 0xff;
            if (len == 0) {
                pos = (pos / SECTOR + 1) * SECTOR;
                continue;
            }
            if (pos % SECTOR + len > SECTOR) {
                throw new IllegalStateException("a directory record crosses a sector boundary");
            }
            int at = base + pos;
            int idLen = image[at + 32] & 0xff;
            if (both16(at + 28) != 1) {
                throw new IllegalStateException("volume sequence number is not 1");
            }
            seen++;
            if (seen > 2) {
                out.add(new Record(text(at + 33, idLen, joliet), (image[at + 25] & 2) != 0, (int) both32(at + 2),
                        (int) both32(at + 10)));
            } else if (idLen != 1 || image[at + 33] != (seen == 1 ? 0 : 1)) {
                throw new IllegalStateException("a directory does not start with '.' and '..'");
            }
            pos += len;
        }
        return out;
    }

    private String text(int at, int len, boolean joliet) {
        return new String(image, at, len, joliet ? StandardCharsets.UTF_16BE : StandardCharsets.US_ASCII);
    }

    private long le32(int at) {
        return (image[at] & 0xffL) | (image[at + 1] & 0xffL) << 8 | (image[at + 2] & 0xffL) << 16
                | (image[at + 3] & 0xffL) << 24;
    }

    private long be32(int at) {
        return (image[at + 3] & 0xffL) | (image[at + 2] & 0xffL) << 8 | (image[at + 1] & 0xffL) << 16
                | (image[at] & 0xffL) << 24;
    }

    private long both32(int at) {
        long le = le32(at);
        if (le != be32(at + 4)) {
            throw new IllegalStateException("both-endian field at " + at + " disagrees: " + le + " / " + be32(at + 4));
        }
        return le;
    }

    private int both16(int at) {
        int le = (image[at] & 0xff) | (image[at + 1] & 0xff) << 8;
        int be = (image[at + 2] & 0xff) << 8 | (image[at + 3] & 0xff);
        if (le != be) {
            throw new IllegalStateException("both-endian field at " + at + " disagrees");
        }
        return le;
    }
}
