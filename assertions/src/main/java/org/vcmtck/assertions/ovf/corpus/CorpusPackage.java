package org.vcmtck.assertions.ovf.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.vcmtck.assertions.ovf.consumer.DeployChoices;

/**
 * One package of the consumer corpus, written to disk, with what a conformant consumer must do with it.
 *
 * @param name           short stable name, e.g. {@code appliance} or {@code wrong-manifest-digest}
 * @param path           the {@code .ova} file, or the {@code .ovf} file of a directory package
 * @param description    what the package exercises or what is wrong with it, in one sentence
 * @param requirementIds the catalogue ids the package exercises (valid) or violates (invalid)
 * @param choices        what the deployer is told: EULA acceptance, property values, deployment option
 * @param expectation    whether a conformant consumer deploys or refuses it
 * @param faultInPackage true when the package bytes themselves break the ids (producer checks must flag them);
 *                       false for valid packages and for refusals that come from the deploy choices or the
 *                       consumer's situation (an unknown required section, a licence not accepted, ...)
 */
public record CorpusPackage(String name, Path path, String description, List<String> requirementIds,
                            DeployChoices choices, Expectation expectation, boolean faultInPackage) {

    /**
     * What a conformant consumer does with the package under the given choices. {@code DEPLOY_OR_REFUSE} is for a
     * leniency the standard allows but does not demand (a MAY or an unsettled SHOULD): a consumer that accepts
     * the package must deploy it correctly, one that does not must refuse it with a reason and leave nothing
     * behind. Such packages break a producer rule (that is why accepting them is lenient), so they are kept out
     * of the valid set the producer rules run on.
     */
    public enum Expectation { DEPLOY, REFUSE, DEPLOY_OR_REFUSE }

    public CorpusPackage {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(choices, "choices");
        Objects.requireNonNull(expectation, "expectation");
        requirementIds = List.copyOf(requirementIds);
        if (requirementIds.isEmpty()) {
            throw new IllegalArgumentException("corpus package " + name + " names no requirement id");
        }
        if (faultInPackage && expectation != Expectation.REFUSE) {
            throw new IllegalArgumentException("corpus package " + name + " has a fault but is expected to deploy");
        }
    }

    public boolean isOva() {
        return path.getFileName().toString().endsWith(".ova");
    }
}
