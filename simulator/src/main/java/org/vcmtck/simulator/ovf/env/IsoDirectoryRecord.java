package org.vcmtck.simulator.ovf.env;

/**
 * One ISO 9660 directory record (ECMA-119 §9.1): where an extent starts, how long it is, when it was recorded,
 * whether it is a directory, and its identifier bytes (d-characters in the primary tree, UCS-2 in Joliet;
 * a single 0x00 byte for "." and 0x01 for "..").
 */
record IsoDirectoryRecord(int extent, long length, boolean directory, byte[] identifier, byte[] date) {
    static final byte[] SELF = {0};
    static final byte[] PARENT = {1};
    private static final int FIXED_PART = 33;

    /** Bytes this record takes: the fixed part, the identifier, and a pad byte to keep the length even. */
    static int size(int identifierLength) {
        int n = FIXED_PART + identifierLength;
        return n % 2 == 0 ? n : n + 1;
    }

    int size() {
        return size(identifier.length);
    }

    /** Writes the record at {@code at}; returns the number of bytes written. */
    int writeTo(byte[] b, int at) {
        int size = size();
        b[at] = (byte) size;
        b[at + 1] = 0;
        IsoBytes.both32(b, at + 2, extent);
        IsoBytes.both32(b, at + 10, length);
        System.arraycopy(date, 0, b, at + 18, 7);
        b[at + 25] = (byte) (directory ? 2 : 0);
        b[at + 26] = 0;
        b[at + 27] = 0;
        IsoBytes.both16(b, at + 28, 1);
        b[at + 32] = (byte) identifier.length;
        System.arraycopy(identifier, 0, b, at + 33, identifier.length);
        return size;
    }
}
