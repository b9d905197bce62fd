package org.vcmtck.assertions.ovf;

import java.util.Optional;

/**
 * Decides, as a member's bytes stream past, whether they are plain UTF-8 text (OVF-I18N-005: a message read from a
 * file): well-formed UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF) and no control characters
 * other than tab, line feed, form feed and carriage return. It stops looking at the first fault, so a binary disk
 * image costs a few bytes, not a full decode.
 */
final class PlainTextCheck {

    private String problem;
    private long offset;
    /** Continuation bytes still expected for the current sequence. */
    private int pending;
    /** Bounds of the next continuation byte (narrower than 0x80..0xBF right after some lead bytes). */
    private int low = 0x80;
    private int high = 0xBF;

    void update(byte[] bytes, int from, int length) {
        for (int i = from; i < from + length && problem == null; i++, offset++) {
            accept(bytes[i] & 0xFF);
        }
    }

    /** Why the bytes seen are not plain UTF-8 text, or empty when they are. */
    Optional<String> problem() {
        if (problem == null && pending > 0) {
            return Optional.of("ends inside a UTF-8 sequence");
        }
        return Optional.ofNullable(problem);
    }

    private void accept(int b) {
        if (pending > 0) {
            if (b < low || b > high) {
                fail(String.format("byte 0x%02X at offset %d is not a valid UTF-8 continuation", b, offset));
                return;
            }
            pending--;
            low = 0x80;
            high = 0xBF;
            return;
        }
        if (b < 0x80) {
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r' || b == 0x7F) {
                fail(String.format("control character 0x%02X at offset %d (not plain text)", b, offset));
            }
            return;
        }
        switch (b >> 4) {
            case 0xC, 0xD -> {
                if (b < 0xC2) {
                    fail(String.format("byte 0x%02X at offset %d starts an overlong UTF-8 form", b, offset));
                }
                pending = 1;
            }
            case 0xE -> {
                pending = 2;
                low = b == 0xE0 ? 0xA0 : 0x80;
                high = b == 0xED ? 0x9F : 0xBF;
            }
            case 0xF -> {
                if (b > 0xF4) {
                    fail(String.format("byte 0x%02X at offset %d is no UTF-8 lead byte", b, offset));
                }
                pending = 3;
                low = b == 0xF0 ? 0x90 : 0x80;
                high = b == 0xF4 ? 0x8F : 0xBF;
            }
            default -> fail(String.format("byte 0x%02X at offset %d is a UTF-8 continuation without a lead byte",
                    b, offset));
        }
    }

    private void fail(String why) {
        problem = why;
    }
}
