package org.vcmtck.assertions.ovf.corpus;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/** The few DER (X.690) encodings a minimal X.509 certificate needs. */
final class Der {

    private static final int SEQUENCE = 0x30;
    private static final int SET = 0x31;

    private Der() {
    }

    static byte[] tlv(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int length = content.length;
        if (length < 0x80) {
            out.write(length);
        } else {
            byte[] digits = BigInteger.valueOf(length).toByteArray();
            int skip = digits[0] == 0 ? 1 : 0;
            out.write(0x80 | (digits.length - skip));
            out.write(digits, skip, digits.length - skip);
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    static byte[] sequence(byte[]... parts) {
        return tlv(SEQUENCE, concat(parts));
    }

    static byte[] set(byte[]... parts) {
        return tlv(SET, concat(parts));
    }

    static byte[] integer(long value) {
        return tlv(0x02, BigInteger.valueOf(value).toByteArray());
    }

    static byte[] utf8(String text) {
        return tlv(0x0c, text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] utcTime(String yymmddhhmmssZ) {
        return tlv(0x17, yymmddhhmmssZ.getBytes(StandardCharsets.US_ASCII));
    }

    static byte[] generalizedTime(String yyyymmddhhmmssZ) {
        return tlv(0x18, yyyymmddhhmmssZ.getBytes(StandardCharsets.US_ASCII));
    }

    /** A BIT STRING holding whole bytes (no unused bits). */
    static byte[] bitString(byte[] bytes) {
        byte[] content = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, content, 1, bytes.length);
        return tlv(0x03, content);
    }

    /** A context-specific constructed tag, e.g. [0] EXPLICIT. */
    static byte[] explicit(int number, byte[] content) {
        return tlv(0xa0 | number, content);
    }

    static byte[] oid(String dotted) {
        String[] arcs = dotted.split("\\.");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(Integer.parseInt(arcs[0]) * 40 + Integer.parseInt(arcs[1]));
        for (int i = 2; i < arcs.length; i++) {
            long arc = Long.parseLong(arcs[i]);
            int groups = 1;
            for (long rest = arc >>> 7; rest != 0; rest >>>= 7) {
                groups++;
            }
            for (int g = groups - 1; g >= 0; g--) {
                int bits = (int) ((arc >>> (7 * g)) & 0x7f);
                out.write(g == 0 ? bits : bits | 0x80);
            }
        }
        return tlv(0x06, out.toByteArray());
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
