package org.vcmtck.profiles;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The requirement catalogue: every standard and profile the kit checks, with its requirements, the optional
 * features a target may claim, and the structural Gherkin tags. Immutable.
 *
 * <p>The data lives in YAML files next to this class ({@code catalogue/index.yaml} lists them), so it loads the
 * same way from a directory or a jar.
 */
public final class Catalogue {

    static final String DEFAULT_FOLDER = "org/vcmtck/profiles/catalogue";
    static final String INDEX = "index.yaml";

    private static Catalogue defaultCatalogue;

    private final List<Standard> standards;
    private final Map<String, Standard> standardsById = new LinkedHashMap<>();
    private final Map<String, Requirement> requirementsById = new LinkedHashMap<>();
    private final List<Requirement> requirements;
    private final List<OptionalFeature> features;
    private final Map<String, String> structuralTags;

    Catalogue(List<Standard> standards, List<OptionalFeature> features, Map<String, String> structuralTags) {
        this.standards = List.copyOf(standards);
        for (Standard standard : this.standards) {
            standardsById.put(standard.id(), standard);
            for (Requirement requirement : standard.requirements()) {
                requirementsById.put(requirement.id(), requirement);
            }
        }
        this.requirements = List.copyOf(requirementsById.values());
        this.features = List.copyOf(features);
        this.structuralTags = Collections.unmodifiableMap(new LinkedHashMap<>(structuralTags));
    }

    /**
     * The catalogue shipped with the kit, read from the classpath once and then shared (it is immutable).
     *
     * @throws CatalogueException when the shipped data is broken (a build that passes its tests never is)
     */
    public static synchronized Catalogue loadDefault() {
        if (defaultCatalogue == null) {
            defaultCatalogue = new CatalogueParser(CatalogueSource.classpath(DEFAULT_FOLDER), INDEX).parse();
        }
        return defaultCatalogue;
    }

    /**
     * A catalogue from an index file on disk; the files it lists are resolved against the index's folder.
     *
     * @throws CatalogueException naming the file, line and field of the first problem found
     */
    public static Catalogue load(Path indexFile) throws CatalogueException {
        Path absolute = indexFile.toAbsolutePath();
        Path folder = absolute.getParent();
        return new CatalogueParser(CatalogueSource.directory(folder), absolute.getFileName().toString()).parse();
    }

    /** Standards and profiles in report order (the order of the index). */
    public List<Standard> standards() {
        return standards;
    }

    /** All requirements, standard by standard in report order. */
    public List<Requirement> requirements() {
        return requirements;
    }

    public Optional<Requirement> requirement(String id) {
        return Optional.ofNullable(requirementsById.get(id));
    }

    public Optional<Standard> standard(String id) {
        return Optional.ofNullable(standardsById.get(id));
    }

    /** The optional features a target may claim. */
    public List<OptionalFeature> features() {
        return features;
    }

    public Optional<OptionalFeature> feature(String id) {
        return features.stream().filter(feature -> feature.id().equals(id)).findFirst();
    }

    /** Tags that structure the suite without naming a requirement, standard or level, e.g. {@code reference-only}. */
    public List<String> structuralTags() {
        return List.copyOf(structuralTags.keySet());
    }

    /** What a structural tag means, for reports and error messages. */
    public Optional<String> structuralTagTitle(String tag) {
        return Optional.ofNullable(structuralTags.get(stripAt(tag)));
    }

    /**
     * Whether a Gherkin tag (with or without its {@code @}) is one the suite may use: a requirement id, a standard
     * id, a level tag ({@code must}, {@code should}, {@code may}, {@code info}) or a structural tag.
     */
    public boolean isKnownTag(String tag) {
        if (tag == null) {
            return false;
        }
        String name = stripAt(tag);
        return requirementsById.containsKey(name)
                || standardsById.containsKey(name)
                || structuralTags.containsKey(name)
                || Arrays.stream(Level.values()).anyMatch(level -> level.tag().equals("@" + name));
    }

    /** The requirements that belong to the optional feature {@code featureId}, in catalogue order. */
    public List<Requirement> requirementsOfFeature(String featureId) {
        return requirements.stream().filter(requirement -> featureId.equals(requirement.feature())).toList();
    }

    private static String stripAt(String tag) {
        return tag.startsWith("@") ? tag.substring(1) : tag;
    }
}
