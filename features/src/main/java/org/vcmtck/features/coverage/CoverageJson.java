package org.vcmtck.features.coverage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * The machine form of a coverage: {@code {"standards": [{"id", "title", "levels": {"must": {"requirements",
 * "tested"}, …}, "untested": [{"id", "level", "statement", "reason"?, "excused"}]}], "unexplainedMustGaps":
 * [ids]}}. The untested lists are always included, so a CI job needs no second call.
 */
public final class CoverageJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CoverageJson() {
    }

    public static String write(CatalogueCoverage coverage) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode standards = root.putArray("standards");
        for (StandardCoverage standard : coverage.standards()) {
            ObjectNode node = standards.addObject();
            node.put("id", standard.id());
            node.put("title", standard.title());
            ObjectNode levels = node.putObject("levels");
            for (LevelCount count : standard.levels()) {
                ObjectNode level = levels.putObject(count.level().name().toLowerCase(Locale.ROOT));
                level.put("requirements", count.requirements());
                level.put("tested", count.tested());
            }
            ArrayNode untested = node.putArray("untested");
            for (UntestedRequirement requirement : standard.untested()) {
                ObjectNode item = untested.addObject();
                item.put("id", requirement.id());
                item.put("level", requirement.level().name());
                item.put("statement", requirement.statement());
                requirement.reason().ifPresent(reason -> item.put("reason", reason));
                item.put("excused", requirement.excused());
            }
        }
        ArrayNode gaps = root.putArray("unexplainedMustGaps");
        coverage.unexplainedMustGaps().forEach(gap -> gaps.add(gap.id()));
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the coverage as JSON", e);
        }
    }
}
