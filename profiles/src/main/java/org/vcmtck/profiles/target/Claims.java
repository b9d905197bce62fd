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
 * @param implicit  true when nobody declared these claims: the kit assumed every standard (the built-in reference
 *                  without a claims section), so what the target registers in its interop namespace decides which
 *                  CIM profiles apply
 */
public record Claims(Set<String> standards, Map<String, String> versions, Set<String> features, boolean implicit) {

    /** Claims a target file declares. */
    public Claims(Set<String> standards, Map<String, String> versions, Set<String> features) {
        this(standards, versions, features, false);
    }

    public Claims {
        standards = Collections.unmodifiableSet(new LinkedHashSet<>(standards == null ? Set.of() : standards));
        versions = Collections.unmodifiableMap(new LinkedHashMap<>(versions == null ? Map.of() : versions));
        features = Collections.unmodifiableSet(new LinkedHashSet<>(features == null ? Set.of() : features));
    }

    /** Every standard of the catalogue and every optional feature the built-in reference implements, no versions. */
    public static Claims everything(Catalogue catalogue) {
        Set<String> standards = new LinkedHashSet<>();
        for (Standard standard : catalogue.standards()) {
            standards.add(standard.id());
        }
        Set<String> features = new LinkedHashSet<>();
        for (OptionalFeature feature : catalogue.features()) {
            if (feature.inReference()) {
                features.add(feature.id());
            }
        }
        return new Claims(standards, Map.of(), features, true);
    }

    /** These claims with the standards replaced (versions of dropped standards go too); features stay. */
    public Claims withStandards(Set<String> newStandards) {
        Map<String, String> kept = new LinkedHashMap<>(versions);
        kept.keySet().retainAll(newStandards);
        return new Claims(newStandards, kept, features, implicit);
    }

    public boolean claimsStandard(String id) {
        return standards.contains(id);
    }

    public boolean claimsFeature(String id) {
        return features.contains(id);
    }
}
