package org.vcmtck.simulator.wbem.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The two-step encoding of CIMMethod/CIMObject values (DSP0200): UTF-8 bytes, then %XX escapes. Decoding is strict:
 * a bad escape or bytes that are not UTF-8 make the header undecodable, which the caller reports as
 * header-mismatch.
 */
public final class HeaderValues {
    private HeaderValues() {
    }

    /** The decoded value; {@link HttpRejection} (400 header-mismatch) naming the header when undecodable. */
    public static String decode(String header, String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    throw HttpRejection.headerMismatch(header + " has a truncated %-escape: " + raw);
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw HttpRejection.headerMismatch(header + " has an invalid %-escape: " + raw);
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c > 0x7e || c < 0x20) {
                throw HttpRejection.headerMismatch(header + " holds a character that must be %-escaped: " + raw);
            } else {
                bytes.write(c);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw HttpRejection.headerMismatch(header + " does not decode to UTF-8: " + raw);
        }
    }

    /** The encoded form of a value, escaping everything but unreserved ASCII and the path characters CIM uses. */
    public static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int u = b & 0xff;
            if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || "-_.~/:,=".indexOf(u) >= 0) {
                out.append((char) u);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(u >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(u & 15, 16)));
            }
        }
        return out.toString();
    }
}
