package org.vcmtck.features.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads requirement statuses out of a written {@code report.json} (its documented shape, not its classes). */
final class ReportJson {

    private ReportJson() {
    }

    static String statusOf(JsonNode report, String requirementId) {
        for (JsonNode standard : report.path("standards")) {
            for (JsonNode requirement : standard.path("requirements")) {
                if (requirement.path("id").asText().equals(requirementId)) {
                    return requirement.path("status").asText();
                }
            }
        }
        throw new AssertionError("requirement " + requirementId + " is not in the report");
    }

    static List<String> statuses(JsonNode report) {
        List<String> statuses = new ArrayList<>();
        for (JsonNode standard : report.path("standards")) {
            for (JsonNode requirement : standard.path("requirements")) {
                statuses.add(requirement.path("status").asText());
            }
        }
        return statuses;
    }
}
