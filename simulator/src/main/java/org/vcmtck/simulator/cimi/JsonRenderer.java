package org.vcmtck.simulator.cimi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a {@link CimiDocument} as CIMI JSON: resourceURI first, then the attributes in order. Streams straight
 * into the response bytes (no intermediate tree), since every GET of the provider goes through here.
 */
public final class JsonRenderer {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonRenderer() {
    }

    public static byte[] render(CimiDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (JsonGenerator gen = FACTORY.createGenerator(out)) {
            gen.useDefaultPrettyPrinter();
            write(gen, doc, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON for " + doc.type(), e);
        }
        return out.toByteArray();
    }

    /** One object; {@code href} is added last for an expanded reference, which still names what it replaces. */
    private static void write(JsonGenerator gen, CimiDocument doc, String href) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("resourceURI", doc.resourceUri());
        for (Map.Entry<String, Object> e : doc.attributes().entrySet()) {
            writeAttribute(gen, e.getKey(), e.getValue());
        }
        if (href != null) {
            gen.writeStringField("href", href);
        }
        gen.writeEndObject();
    }

    @SuppressWarnings("unchecked")
    private static void writeAttribute(JsonGenerator gen, String name, Object value) throws IOException {
        if (value instanceof String s) {
            gen.writeStringField(name, s);
        } else if (value instanceof Integer i) {
            gen.writeNumberField(name, i);
        } else if (value instanceof Long l) {
            gen.writeNumberField(name, l);
        } else if (value instanceof Boolean b) {
            gen.writeBooleanField(name, b);
        } else if (value instanceof Href h) {
            gen.writeObjectFieldStart(name);
            gen.writeStringField("href", h.href());
            gen.writeEndObject();
        } else if (value instanceof CimiDocument expanded) {
            // an expanded reference ($expand): the whole resource, still carrying the href it replaces
            gen.writeFieldName(name);
            write(gen, expanded, String.valueOf(expanded.get("id")));
        } else if (value instanceof Entries entries) {
            gen.writeArrayFieldStart(entries.jsonName());
            for (CimiDocument m : entries.members()) {
                write(gen, m, null);
            }
            gen.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            gen.writeObjectFieldStart(name);
            for (Map.Entry<String, String> p : new TreeMap<>((Map<String, String>) map).entrySet()) {
                gen.writeStringField(p.getKey(), p.getValue());
            }
            gen.writeEndObject();
        } else if (value instanceof List<?> list) {
            gen.writeArrayFieldStart(name);
            for (Object o : list) {
                Operation op = (Operation) o;
                gen.writeStartObject();
                gen.writeStringField("rel", op.rel());
                gen.writeStringField("href", op.href());
                gen.writeEndObject();
            }
            gen.writeEndArray();
        } else {
            throw new IllegalArgumentException(name + ": cannot render " + value.getClass().getName());
        }
    }
}
