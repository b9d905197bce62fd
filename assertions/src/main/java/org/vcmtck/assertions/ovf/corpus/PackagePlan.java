package org.vcmtck.assertions.ovf.corpus;

import java.util.List;
import org.vcmtck.assertions.ovf.consumer.DeployChoices;

/** A corpus package before it is written: its members and everything the {@link CorpusPackage} will say. */
record PackagePlan(String name, String description, List<String> requirementIds, DeployChoices choices,
                   CorpusPackage.Expectation expectation, boolean faultInPackage, AssembledPackage content) {

    PackagePlan {
        requirementIds = List.copyOf(requirementIds);
    }
}
