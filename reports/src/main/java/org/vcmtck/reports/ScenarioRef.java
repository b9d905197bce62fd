package org.vcmtck.reports;

import java.util.Objects;

/** Where a scenario lives and how it ended, as the report lists it under a requirement. */
public record ScenarioRef(String featureUri, String name, int line, Outcome status) {

    public ScenarioRef {
        featureUri = featureUri == null ? "" : featureUri;
        name = name == null ? "" : name;
        Objects.requireNonNull(status, "status");
    }

    /** {@code uri:line}, the way editors and Cucumber itself point at a scenario. */
    public String location() {
        return featureUri + ":" + line;
    }
}
