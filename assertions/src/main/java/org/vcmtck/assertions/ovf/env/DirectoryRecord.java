package org.vcmtck.assertions.ovf.env;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One ISO 9660 directory record (ECMA-119 §9.1), decoded. The "." and ".." records are not returned by
 * {@link #all}: the walk follows only real children.
 */
record DirectoryRecord(String name, long extent, long length, int extendedAttributeBlocks, boolean directory,
                       boolean multiExtent, boolean interleaved) {

    private static final int FIXED_LENGTH = 33;
    private static final int FLAG_DIRECTORY = 0x02;
    private static final int FLAG_MULTI_EXTENT = 0x80;

    /** The record at the offset, or null when the length byte is 0 (padding up to the next sector). */
    static DirectoryRecord parse(byte[] bytes, int offset, IsoImage.Naming naming) throws IsoFormatException {
        return parse(bytes, offset, naming, "directory record");
    }

    private static DirectoryRecord parse(byte[] bytes, int offset, IsoImage.Naming naming, String where)
            throws IsoFormatException {
        int recordLength = bytes[offset] & 0xff;
        if (recordLength == 0) {
            return null;
        }
        if (recordLength < FIXED_LENGTH + 1 || offset + recordLength > bytes.length) {
            throw new IsoFormatException(where + ": record at byte " + offset + " has length " + recordLength
                    + (recordLength < FIXED_LENGTH + 1 ? ", shorter than the 34-byte minimum"
                    : ", running past the end of the directory (" + bytes.length + " bytes)"));
        }
        int nameLength = bytes[offset + 32] & 0xff;
        if (nameLength == 0 || FIXED_LENGTH + nameLength > recordLength) {
            throw new IsoFormatException(where + ": record at byte " + offset + " has name length " + nameLength
                    + " that does not fit its record length " + recordLength);
        }
        int flags = bytes[offset + 25] & 0xff;
        String name = decodeName(bytes, offset + FIXED_LENGTH, nameLength, naming, where, offset);
        return new DirectoryRecord(name, uint32(bytes, offset + 2), uint32(bytes, offset + 10), bytes[offset + 1] & 0xff,
                (flags & FLAG_DIRECTORY) != 0, (flags & FLAG_MULTI_EXTENT) != 0,
                (bytes[offset + 26] & 0xff) != 0 || (bytes[offset + 27] & 0xff) != 0);
    }

    /** The child records of a directory's data, skipping "." and "..". */
    static List<DirectoryRecord> all(byte[] directory, IsoImage.Naming naming, String where) throws IsoFormatException {
        List<DirectoryRecord> records = new ArrayList<>();
        int offset = 0;
        while (offset < directory.length) {
            DirectoryRecord record = parse(directory, offset, naming, where);
            if (record == null) {
                // records never cross a sector boundary; a zero length byte pads to the next sector
                offset = (offset / IsoImage.SECTOR + 1) * IsoImage.SECTOR;
                continue;
            }
            int nameLength = directory[offset + 32] & 0xff;
            boolean selfOrParent = nameLength == 1 && (directory[offset + FIXED_LENGTH] == 0
                    || directory[offset + FIXED_LENGTH] == 1);
            if (!selfOrParent) {
                records.add(record);
            }
            offset += directory[offset] & 0xff;
        }
        return records;
    }

    private static String decodeName(byte[] bytes, int start, int length, IsoImage.Naming naming, String where,
                                     int recordOffset) throws IsoFormatException {
        if (length == 1 && (bytes[start] == 0 || bytes[start] == 1)) {
            return bytes[start] == 0 ? "." : "..";
        }
        String raw;
        if (naming == IsoImage.Naming.JOLIET) {
            if (length % 2 != 0) {
                throw new IsoFormatException(where + ": Joliet record at byte " + recordOffset + " has an odd name"
                        + " length " + length + " (UCS-2 names take two bytes per character)");
            }
            raw = new String(bytes, start, length, StandardCharsets.UTF_16BE);
        } else {
            raw = new String(bytes, start, length, StandardCharsets.ISO_8859_1);
        }
        String name = IsoImage.stripVersion(raw);
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.contains("/")
                || name.chars().anyMatch(c -> c < 0x20)) {
            throw new IsoFormatException(where + ": record at byte " + recordOffset + " has the unusable name \""
                    + name.replaceAll("\\p{Cntrl}", "?") + "\"");
        }
        return name;
    }

    private static long uint32(byte[] bytes, int offset) {
        // the little-endian half of the both-byte-order field
        return (bytes[offset] & 0xffL) | (bytes[offset + 1] & 0xffL) << 8 | (bytes[offset + 2] & 0xffL) << 16
                | (bytes[offset + 3] & 0xffL) << 24;
    }
}
