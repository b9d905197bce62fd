package org.vcmtck.reports;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/** Turns a Cucumber embedding (base64 data + media type) into {@link Evidence}: text is decoded, binary is named. */
final class AttachmentDecoder {

    private AttachmentDecoder() {
    }

    /**
     * @throws IllegalArgumentException when the data is not valid base64
     */
    static Evidence decode(String name, String mediaType, String base64) {
        // line breaks are tolerated, any other stray character is an error (the MIME decoder would skip it)
        byte[] bytes = Base64.getDecoder().decode(base64.replaceAll("\\s+", ""));
        String type = mediaType == null ? "" : mediaType.trim();
        String text = isTextLike(type)
                ? new String(bytes, StandardCharsets.UTF_8)
                : "(binary attachment, " + (type.isEmpty() ? "unknown type" : type) + ", " + bytes.length
                        + " bytes, not shown)";
        return new Evidence(name, type, TextCap.cap(text, TextCap.EVIDENCE_LIMIT));
    }

    static boolean isTextLike(String mediaType) {
        String base = mediaType.toLowerCase(Locale.ROOT);
        int semicolon = base.indexOf(';');
        if (semicolon >= 0) {
            base = base.substring(0, semicolon).trim();
        }
        return base.startsWith("text/")
                || base.equals("application/json")
                || base.equals("application/xml")
                || base.endsWith("+json")
                || base.endsWith("+xml")
                || base.equals("application/yaml")
                || base.equals("application/x-yaml")
                || base.equals("application/javascript")
                || base.equals("application/x-www-form-urlencoded");
    }
}
