package org.vcmtck.simulator.inventory;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.vcmtck.profiles.yaml.YamlDocument;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.DatacenterSnapshot;
import org.vcmtck.simulator.model.ModelException;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The complete form of the inventory document: a {@link DatacenterSnapshot} written as YAML by Jackson, field
 * for field (record component names, every field present, nulls included, plain numbers). Reading it back is
 * strict: an unknown, missing or mistyped field is refused with its line, and the model's own consistency checks
 * run on restore.
 */
public final class SnapshotCodec {
    private static final ObjectMapper MAPPER = YAMLMapper.builder(YamlDocument.factory())
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private static final ObjectMapper JSON_MAPPER = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private SnapshotCodec() {
    }

    /** The JSON form, for state files: also YAML, so any inventory reader takes it, and much faster to read. */
    public static void writeJson(DatacenterSnapshot snapshot, OutputStream out) throws IOException {
        JSON_MAPPER.writeValue(out, snapshot);
    }

    public static void write(DatacenterSnapshot snapshot, OutputStream out) throws IOException {
        MAPPER.writeValue(out, snapshot);
    }

    public static String toYaml(DatacenterSnapshot snapshot) {
        try {
            return MAPPER.writeValueAsString(snapshot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Binds a parsed complete document to a snapshot, reporting the field at fault with its line. */
    static DatacenterSnapshot bind(InventoryFile doc) throws InventoryException {
        try {
            JsonNode root = doc.root();
            if (root instanceof ObjectNode o && !o.has(APPLIANCES)) {
                // state files written before package metadata was kept have none; that is not incomplete
                ObjectNode upgraded = o.deepCopy();
                upgraded.putArray(APPLIANCES);
                root = upgraded;
            }
            root = withApplianceFiles(root);
            return MAPPER.readerFor(DatacenterSnapshot.class).readValue(root);
        } catch (ValueInstantiationException e) {
            String at = path(e);
            if (e.getCause() instanceof ModelException m) {
                String field = m.field() == null ? at : YamlDocument.child(at, m.field());
                throw doc.error(field, stripField(m));
            }
            throw doc.error(at, "is incomplete or invalid" + (e.getCause() == null ? ""
                    : ": " + e.getCause().getClass().getSimpleName()));
        } catch (UnrecognizedPropertyException e) {
            throw doc.error(path(e), "unknown field; a complete snapshot has exactly the fields the simulator writes");
        } catch (MismatchedInputException e) {
            String at = path(e);
            String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            if (original.startsWith("Missing creator property")) {
                throw doc.error(at, "is required (a complete snapshot has every field, null where empty)");
            }
            JsonNode given = doc.root().at(pointer(e));
            throw doc.error(at, "must be " + expected(e.getTargetType()) + ", got "
                    + (given.isMissingNode() ? "something else" : Entry.describe(given)));
        } catch (JsonMappingException e) {
            throw doc.error(path(e), firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw doc.error("", "cannot read the snapshot: " + e.getMessage());
        }
    }

    /**
     * Restores a bound snapshot. The model's consistency refusals name ids, not fields, so the error points at
     * the first entry whose id the message mentions, else at the top-level field the refusal names.
     */
    static Datacenter restore(InventoryFile doc, DatacenterSnapshot snapshot) throws InventoryException {
        try {
            return Datacenter.restore(snapshot);
        } catch (ModelException e) {
            String field = e.field() != null && doc.root().has(e.field()) ? e.field() : "";
            String entry = entryNamedIn(doc, e.getMessage());
            throw doc.error(entry != null ? entry : field, stripField(e));
        }
    }

    private static final String APPLIANCES = "appliances";
    private static final String APPLIANCE_FILES = "files";
    private static final String[] ENTITY_LISTS = {"hosts", "pools", "switches", "systems", "jobs", APPLIANCES};

    /** Appliances saved before package files were kept have no {@code files}: they get none (null). */
    private static JsonNode withApplianceFiles(JsonNode root) {
        if (!(root instanceof ObjectNode o) || !(o.get(APPLIANCES) instanceof ArrayNode a)) {
            return root;
        }
        boolean old = false;
        for (JsonNode appliance : a) {
            old |= appliance instanceof ObjectNode ao && !ao.has(APPLIANCE_FILES);
        }
        if (!old) {
            return root;
        }
        ObjectNode upgraded = o.deepCopy();
        for (JsonNode appliance : upgraded.get(APPLIANCES)) {
            if (appliance instanceof ObjectNode ao && !ao.has(APPLIANCE_FILES)) {
                ao.putNull(APPLIANCE_FILES);
            }
        }
        return upgraded;
    }

    private static String entryNamedIn(InventoryFile doc, String message) {
        Map<String, String> pathById = new HashMap<>();
        for (String list : ENTITY_LISTS) {
            JsonNode entries = doc.root().path(list);
            for (int i = 0; i < entries.size(); i++) {
                JsonNode id = entries.get(i).get("id");
                if (id != null && id.isTextual()) {
                    pathById.putIfAbsent(id.asText(), YamlDocument.element(list, i));
                }
            }
        }
        for (String word : message.split("[\\s,;:()'\"]+")) {
            String at = pathById.get(word);
            if (at != null) {
                return at;
            }
        }
        return null;
    }

    private static JsonPointer pointer(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            sb.append('/');
            sb.append(r.getFieldName() != null
                    ? r.getFieldName().replace("~", "~0").replace("/", "~1") : Integer.toString(r.getIndex()));
        }
        return JsonPointer.compile(sb.toString());
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (type == long.class || type == int.class || type == Long.class || type == Integer.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a text value";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "a mapping of fields";
    }

    private static String stripField(ModelException e) {
        String message = e.getMessage();
        return e.field() != null && message.startsWith(e.field() + ": ")
                ? message.substring(e.field().length() + 2) : message;
    }

    private static String path(JsonMappingException e) {
        String path = "";
        for (JsonMappingException.Reference r : e.getPath()) {
            path = r.getFieldName() != null ? YamlDocument.child(path, r.getFieldName())
                    : YamlDocument.element(path, r.getIndex());
        }
        return path;
    }

    private static String firstLine(String message) {
        String line = message == null ? "" : message.lines().findFirst().orElse("");
        // Jackson names Java types; people editing YAML need the gist only
        return line.replace("org.vcmtck.simulator.model.", "").replace("java.lang.", "").trim();
    }
}
