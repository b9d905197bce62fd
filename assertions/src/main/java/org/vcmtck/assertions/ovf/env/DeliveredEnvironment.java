package org.vcmtck.assertions.ovf.env;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An environment as a consumer delivered it, next to what it should be: the evidence {@link EnvironmentRule}s
 * check. Reading never throws: an unreadable medium or document is recorded and reported by the rule it breaks
 * (OVF-OENV-006 for the medium, OVF-OENV-001 for the document), since a broken delivery is a finding, not an
 * error of the checker.
 *
 * @param expected            what the environment must carry
 * @param transport           how it was delivered: {@code iso}, {@code com.vmware.guestInfo}, ...
 * @param source              where it was read from (the ISO image or the file holding the document)
 * @param medium              the ISO medium, for the {@code iso} transport
 * @param environment         the parsed document, when it was found and is well-formed
 * @param environmentProblem  why there is no document, when there is none
 */
public record DeliveredEnvironment(ExpectedEnvironment expected, String transport, String source,
                                   Optional<EnvironmentMedium> medium, Optional<OvfEnvironment> environment,
                                   Optional<String> environmentProblem) {

    public static final String ISO = "iso";

    /** Reads {@code ovf-env.xml} and the EnvironmentFilesSection files from an ISO image the consumer wrote. */
    public static DeliveredEnvironment fromIso(Path image, ExpectedEnvironment expected) {
        try (IsoImage iso = IsoImage.open(image)) {
            Map<String, String> digests = new LinkedHashMap<>();
            for (EnvironmentFile file : expected.environmentFiles()) {
                if (file.carriedBy(ISO)) {
                    iso.sha256(file.path()).ifPresent(d -> digests.put(file.path(), d));
                }
            }
            Optional<byte[]> document = iso.read(EnvironmentMedium.ENVIRONMENT_FILE);
            EnvironmentMedium medium = new EnvironmentMedium(image, Optional.empty(), Optional.of(iso.naming()),
                    iso.paths(), digests, document.isPresent());
            if (document.isEmpty()) {
                return new DeliveredEnvironment(expected, ISO, image.toString(), Optional.of(medium), Optional.empty(),
                        Optional.of("the " + iso.naming() + " tree of " + image + " has no "
                                + EnvironmentMedium.ENVIRONMENT_FILE + " in its root"));
            }
            return withDocument(expected, ISO, image.toString(), Optional.of(medium), document.get());
        } catch (IOException e) {
            EnvironmentMedium unreadable = new EnvironmentMedium(image, Optional.of(e.getMessage()), Optional.empty(),
                    List.of(), Map.of(), false);
            return new DeliveredEnvironment(expected, ISO, image.toString(), Optional.of(unreadable),
                    Optional.empty(), Optional.of("the medium could not be read: " + e.getMessage()));
        }
    }

    /** A document delivered without a medium (e.g. {@code com.vmware.guestInfo}); {@code source} names where. */
    public static DeliveredEnvironment fromDocument(byte[] xml, String transport, String source,
                                                    ExpectedEnvironment expected) {
        return withDocument(expected, transport, source, Optional.empty(), xml);
    }

    private static DeliveredEnvironment withDocument(ExpectedEnvironment expected, String transport, String source,
                                                     Optional<EnvironmentMedium> medium, byte[] xml) {
        try {
            return new DeliveredEnvironment(expected, transport, source, medium,
                    Optional.of(OvfEnvironment.parse(xml)), Optional.empty());
        } catch (OvfEnvironment.EnvironmentNotReadable e) {
            return new DeliveredEnvironment(expected, transport, source, medium, Optional.empty(),
                    Optional.of(e.getMessage()));
        }
    }

    /** How messages name this delivery. */
    public String displayName() {
        return "environment of \"" + expected.entityId() + "\" delivered by " + transport + " (" + source + ")";
    }
}
