package org.vcmtck.simulator.ovf.env;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Field encoders of ISO 9660 (ECMA-119): numbers are stored little-endian, big-endian or both ("both-endian",
 * LE then BE), text fields are padded with spaces, and times come in two formats (7-byte binary in directory
 * records, 17-byte digits in volume descriptors). All times are written in UTC, offset 0.
 */
final class IsoBytes {
    private IsoBytes() {
    }

    static void le32(byte[] b, int at, long v) {
        for (int i = 0; i < 4; i++) {
            b[at + i] = (byte) (v >>> (8 * i));
        }
    }

    static void be32(byte[] b, int at, long v) {
        for (int i = 0; i < 4; i++) {
            b[at + 3 - i] = (byte) (v >>> (8 * i));
        }
    }

    static void both32(byte[] b, int at, long v) {
        le32(b, at, v);
        be32(b, at + 4, v);
    }

    static void le16(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >>> 8);
    }

    static void be16(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 8);
        b[at + 1] = (byte) v;
    }

    static void both16(byte[] b, int at, int v) {
        le16(b, at, v);
        be16(b, at + 2, v);
    }

    /** An ASCII text field of {@code length} bytes, space padded. */
    static void ascii(byte[] b, int at, int length, String text) {
        byte[] t = text.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < length; i++) {
            b[at + i] = i < t.length ? t[i] : (byte) ' ';
        }
    }

    /** A UCS-2 big-endian text field of {@code length} bytes (Joliet), padded with UCS-2 spaces. */
    static void ucs2(byte[] b, int at, int length, String text) {
        byte[] t = text.getBytes(StandardCharsets.UTF_16BE);
        for (int i = 0; i < length; i++) {
            b[at + i] = i < t.length ? t[i] : (i % 2 == 0 ? 0 : (byte) ' ');
        }
    }

    /** The 7-byte recording date of a directory record. */
    static byte[] recordDate(Instant time) {
        ZonedDateTime t = time.atZone(ZoneOffset.UTC);
        return new byte[] {(byte) (t.getYear() - 1900), (byte) t.getMonthValue(), (byte) t.getDayOfMonth(),
                (byte) t.getHour(), (byte) t.getMinute(), (byte) t.getSecond(), 0};
    }

    /** The 17-byte date of a volume descriptor: "YYYYMMDDHHMMSScc" digits and a zero GMT offset. */
    static void volumeDate(byte[] b, int at, Instant time) {
        ZonedDateTime t = time.atZone(ZoneOffset.UTC);
        String digits = String.format("%04d%02d%02d%02d%02d%02d%02d", t.getYear(), t.getMonthValue(),
                t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond(), t.getNano() / 10_000_000);
        ascii(b, at, 16, digits);
        b[at + 16] = 0;
    }

    /** A volume descriptor date meaning "not specified": sixteen '0' digits and a zero offset. */
    static void unspecifiedDate(byte[] b, int at) {
        ascii(b, at, 16, "0".repeat(16));
        b[at + 16] = 0;
    }

    static int sectorsFor(long bytes) {
        return (int) ((bytes + Iso9660Writer.SECTOR - 1) / Iso9660Writer.SECTOR);
    }
}
