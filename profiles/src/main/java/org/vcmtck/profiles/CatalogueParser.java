package org.vcmtck.profiles;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.vcmtck.profiles.yaml.YamlDocument;
import org.vcmtck.profiles.yaml.YamlProblem;
import org.vcmtck.profiles.yaml.YamlReader;

/** Reads and cross-checks the index and the catalogue files it lists. */
final class CatalogueParser {

    static final Pattern REQUIREMENT_ID = Pattern.compile("^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$");
    static final Pattern STANDARD_ID = Pattern.compile("^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$");
    static final Pattern LOWER_ID = Pattern.compile("^[a-z][a-z0-9]*(-[a-z0-9]+)*$");
    static final Set<String> FAMILIES = Set.of("OVF", "CIMI", "WBEM", "CIM", "TCK");

    private static final Set<String> INDEX_KEYS = Set.of("files", "features", "tags");
    private static final Set<String> ENTRY_KEYS = Set.of("id", "title");
    /** A feature may also say that the built-in reference does not implement it ({@code reference: false}). */
    private static final Set<String> FEATURE_KEYS = Set.of("id", "title", "reference");
    private static final Set<String> FILE_KEYS = Set.of("standard", "title", "family", "version", "registeredName",
            "requirements");
    private static final Set<String> REQUIREMENT_KEYS =
            Set.of("id", "level", "spec", "section", "statement", "feature", "unconfirmed", "applies");
    private static final Set<String> APPLIES_KEYS = Set.of("observable", "unless", "reason");

    private final CatalogueSource source;
    private final String indexFile;

    private final Map<String, OptionalFeature> features = new LinkedHashMap<>();
    private final Map<String, String> structuralTags = new LinkedHashMap<>();
    /** Every id seen so far (standards and requirements) and where it was defined, to report both places. */
    private final Map<String, String> definedAt = new HashMap<>();
    private final Map<String, Boolean> isStandardId = new HashMap<>();

    CatalogueParser(CatalogueSource source, String indexFile) {
        this.source = source;
        this.indexFile = indexFile;
    }

    Catalogue parse() {
        YamlReader index = readYaml(indexFile, "");
        List<String> files = new ArrayList<>();
        try {
            index.requireMapping("", INDEX_KEYS);
            if (!index.has("files")) {
                throw index.problem("files", "is required: the list of catalogue files in report order");
            }
            files.addAll(index.textList("files"));
            for (int i = 0; i < files.size(); i++) {
                if (files.subList(0, i).contains(files.get(i))) {
                    throw index.problem(YamlDocument.element("files", i), "file '" + files.get(i) + "' is listed twice");
                }
            }
            readEntries(index, "features", FEATURE_KEYS, (id, title, path) -> features.put(id,
                    new OptionalFeature(id, title, index.bool(YamlDocument.child(path, "reference"), true))));
            readEntries(index, "tags", ENTRY_KEYS, (id, title, path) -> {
                if (Arrays.stream(Level.values()).anyMatch(level -> level.tag().equals("@" + id))) {
                    throw new IllegalArgumentException("'" + id + "' is a level tag already");
                }
                structuralTags.put(id, title);
            });
        } catch (YamlProblem problem) {
            throw located(source.describe(indexFile), problem);
        }
        List<Standard> standards = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String listedAt = source.describe(indexFile) + ":" + index.document().line(YamlDocument.element("files", i));
            standards.add(parseFile(files.get(i), listedAt));
        }
        return new Catalogue(standards, List.copyOf(features.values()), new LinkedHashMap<>(structuralTags));
    }

    private interface EntrySink {
        void accept(String id, String title, String path) throws YamlProblem;
    }

    private void readEntries(YamlReader index, String list, Set<String> keys, EntrySink sink) throws YamlProblem {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < index.sequenceSize(list); i++) {
            String path = YamlDocument.element(list, i);
            index.requireMapping(path, keys);
            String id = index.requiredText(YamlDocument.child(path, "id"));
            if (!LOWER_ID.matcher(id).matches()) {
                throw index.problem(YamlDocument.child(path, "id"),
                        "id '" + id + "' must be lower-case words joined by '-', e.g. 'cimi-xml'");
            }
            if (!seen.add(id)) {
                throw index.problem(YamlDocument.child(path, "id"), "id '" + id + "' is defined twice");
            }
            String title = index.requiredText(YamlDocument.child(path, "title"));
            try {
                sink.accept(id, title, path);
            } catch (IllegalArgumentException e) {
                throw index.problem(YamlDocument.child(path, "id"), e.getMessage());
            }
        }
    }

    private Standard parseFile(String file, String listedAt) {
        YamlReader yaml = readYaml(file, " (listed at " + listedAt + ")");
        try {
            yaml.requireMapping("", FILE_KEYS);
            String id = yaml.requiredText("standard");
            if (!STANDARD_ID.matcher(id).matches()) {
                throw yaml.problem("standard", "standard id '" + id
                        + "' must be upper-case letters and digits, optionally in '-'-joined parts, e.g. DSP0243");
            }
            define(yaml, "standard", id, true, file);
            String title = yaml.requiredText("title");
            String family = yaml.requiredText("family");
            if (!FAMILIES.contains(family)) {
                throw yaml.problem("family", "unknown family '" + family + "' (expected one of "
                        + String.join(", ", new TreeSet<>(FAMILIES)) + ")");
            }
            String version = yaml.optionalText("version").orElse("");
            String registeredName = yaml.optionalText("registeredName").orElse(null);
            List<Requirement> requirements = new ArrayList<>();
            for (int i = 0; i < yaml.sequenceSize("requirements"); i++) {
                requirements.add(parseRequirement(yaml, YamlDocument.element("requirements", i), id, file));
            }
            return new Standard(id, title, family, version, requirements, registeredName);
        } catch (YamlProblem problem) {
            throw located(source.describe(file), problem);
        }
    }

    private Requirement parseRequirement(YamlReader yaml, String path, String standard, String file)
            throws YamlProblem {
        yaml.requireMapping(path, REQUIREMENT_KEYS);
        String idPath = YamlDocument.child(path, "id");
        String id = yaml.requiredText(idPath);
        if (!REQUIREMENT_ID.matcher(id).matches()) {
            throw yaml.problem(idPath, "requirement id '" + id
                    + "' must be upper-case letters and digits in at least two '-'-joined parts, e.g. OVF-PKG-001");
        }
        define(yaml, idPath, id, false, file);
        String levelPath = YamlDocument.child(path, "level");
        String levelText = yaml.requiredText(levelPath);
        Level level;
        try {
            level = Level.valueOf(levelText);
        } catch (IllegalArgumentException e) {
            throw yaml.problem(levelPath, "unknown level '" + levelText + "' of " + id
                    + " (expected MUST, SHOULD, MAY or INFO)");
        }
        String statementPath = YamlDocument.child(path, "statement");
        if (!yaml.has(statementPath)) {
            throw yaml.problem(statementPath, "requirement " + id + " has no statement");
        }
        String statement = yaml.requiredText(statementPath).strip();
        String spec = yaml.optionalText(YamlDocument.child(path, "spec")).orElse(standard);
        String section = yaml.optionalText(YamlDocument.child(path, "section")).orElse("");
        String featurePath = YamlDocument.child(path, "feature");
        String feature = yaml.optionalText(featurePath).orElse(null);
        if (feature != null && !features.containsKey(feature)) {
            throw yaml.problem(featurePath, "unknown feature '" + feature + "' of " + id
                    + " (features are declared in " + source.describe(indexFile) + ": " + String.join(", ", features.keySet()) + ")");
        }
        boolean unconfirmed = yaml.bool(YamlDocument.child(path, "unconfirmed"), false);
        Applicability applies = parseApplies(yaml, YamlDocument.child(path, "applies"), id);
        return new Requirement(id, level, standard, spec, section, statement, feature, unconfirmed, applies);
    }

    /** The optional {@code applies: {observable, unless, reason}} of a requirement; null when absent. */
    private Applicability parseApplies(YamlReader yaml, String path, String id) throws YamlProblem {
        if (!yaml.has(path)) {
            return null;
        }
        yaml.requireMapping(path, APPLIES_KEYS);
        boolean observable = yaml.bool(YamlDocument.child(path, "observable"), true);
        String unlessPath = YamlDocument.child(path, "unless");
        List<String> unless = yaml.has(unlessPath) ? yaml.textList(unlessPath) : List.of();
        for (String feature : unless) {
            if (!features.containsKey(feature)) {
                throw yaml.problem(unlessPath, "unknown feature '" + feature + "' in applies.unless of " + id
                        + " (features are declared in " + source.describe(indexFile) + ")");
            }
        }
        String reasonPath = YamlDocument.child(path, "reason");
        String reason = yaml.optionalText(reasonPath).map(String::strip).orElse("");
        if (reason.isEmpty()) {
            throw yaml.problem(reasonPath, "applies of " + id + " needs a reason the report can show");
        }
        if (observable && unless.isEmpty()) {
            throw yaml.problem(path, "applies of " + id + " says neither observable: false nor unless: [features]");
        }
        return new Applicability(observable, unless, reason);
    }

    private void define(YamlReader yaml, String path, String id, boolean standard, String file) throws YamlProblem {
        String where = source.describe(file) + ":" + yaml.document().line(path);
        String previous = definedAt.putIfAbsent(id, where);
        if (previous == null) {
            isStandardId.put(id, standard);
            return;
        }
        boolean previousIsStandard = isStandardId.get(id);
        String kind = standard == previousIsStandard
                ? (standard ? "duplicate standard id" : "duplicate requirement id")
                : "requirement id collides with standard id";
        throw yaml.problem(path, kind + " '" + id + "' (already defined at " + previous + ")");
    }

    private YamlReader readYaml(String file, String context) {
        String text;
        try {
            text = source.read(file);
        } catch (IOException e) {
            throw new CatalogueException(source.describe(file), 0, "",
                    "cannot read catalogue file (" + e.getClass().getSimpleName() + ")" + context, e);
        }
        try {
            return new YamlReader(YamlDocument.parse(text));
        } catch (YamlProblem problem) {
            throw located(source.describe(file), problem);
        }
    }

    private static CatalogueException located(String file, YamlProblem problem) {
        return new CatalogueException(file, problem.line(), problem.field(), problem.problem(), problem);
    }
}
