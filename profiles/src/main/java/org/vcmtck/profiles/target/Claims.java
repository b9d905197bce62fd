package org.vcmtck.profiles.target;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.vcmtck.profiles.Catalogue;
import org.vcmtck.profiles.OptionalFeature;
import org.vcmtck.profiles.Standard;

/**
 * What a target says it implements. Requirements of unclaimed standards or features are reported as not
 * applicable rather than failed.
 *
 * @param standards standard and profile ids from the catalogue, e.g. {@code DSP0243}, {@code DSP1042}
 * @param versions  version claimed per standard id, for standards where it matters
 * @param features  optional feature ids from the catalogue, e.g. {@code ova}
 */
public record Claims(Set<String> standards, Map<String, String> versions, Set<String> features) {

    public Claims {
        standards = Collections.unmodifiableSet(new LinkedHashSet<>(standards == null ? Set.of() : standards));
        versions = Collections.unmodifiableMap(new LinkedHashMap<>(versions == null ? Map.of() : versions));
        features = Collections.unmodifiableSet(new LinkedHashSet<>(features == null ? Set.of() : features));
    }

    /** Every standard and every optional feature of the catalogue, no versions. */
    public static Claims everything(Catalogue catalogue) {
        Set<String> standards = new LinkedHashSet<>();
        for (Standard standard : catalogue.standards()) {
            standards.add(standard.id());
        }
        Set<String> features = new LinkedHashSet<>();
        for (OptionalFeature feature : catalogue.features()) {
            features.add(feature.id());
        }
        return new Claims(standards, Map.of(), features);
    }

    public boolean claimsStandard(String id) {
        return standards.contains(id);
    }

    public boolean claimsFeature(String id) {
        return features.contains(id);
    }
}
