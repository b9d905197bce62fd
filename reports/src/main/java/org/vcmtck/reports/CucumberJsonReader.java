package org.vcmtck.reports;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the report of Cucumber-JVM 7's {@code json:FILE} plugin: an array of features whose {@code elements}
 * are backgrounds and scenarios. A background element carries only steps; they belong to the scenario that
 * follows it (Cucumber repeats the background before every scenario).
 */
public final class CucumberJsonReader {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private CucumberJsonReader() {
    }

    /**
     * @return one outcome per scenario, in report order
     * @throws ReportInputException when the file cannot be read, is not JSON, or does not have the shape above
     */
    public static List<ScenarioOutcome> read(Path file) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ReportInputException(file, 0, 0, "", "cannot be read: " + e, e);
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(content);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ReportInputException(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    "", "malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ReportInputException(file, 0, 0, "", "cannot be read: " + e, e);
        }
        if (root == null || root.isMissingNode()) {
            throw new ReportInputException(file, 0, 0, "", "the file is empty; expected an array of features", null);
        }
        return new Walk(new JsonInput(file)).features(root);
    }

    /** One pass over the tree; the JSON path of every value is passed along for error messages. */
    private record Walk(JsonInput in) {

        List<ScenarioOutcome> features(JsonNode root) {
            if (!root.isArray()) {
                throw in.problem("$", "expected an array of features, found " + JsonInput.kind(root));
            }
            List<ScenarioOutcome> outcomes = new ArrayList<>();
            for (int i = 0; i < root.size(); i++) {
                feature(in.requiredObject(root.get(i), "[" + i + "]"), "[" + i + "]", outcomes);
            }
            return outcomes;
        }

        private void feature(JsonNode feature, String path, List<ScenarioOutcome> outcomes) {
            String uri = in.optionalText(feature, "uri", path).orElse("");
            String name = in.optionalText(feature, "name", path).orElse("");
            List<String> featureTags = tags(feature, path);
            ScenarioSteps background = null;
            int index = 0;
            for (JsonNode element : in.optionalArray(feature, "elements", path)) {
                String at = path + ".elements[" + index++ + "]";
                in.requiredObject(element, at);
                String type = in.requiredText(element, "type", at);
                ScenarioSteps steps = steps(element, at);
                switch (type) {
                    case "background" -> background = steps;
                    case "scenario", "scenario_outline" -> {
                        if (background != null) {
                            ScenarioSteps withBackground = background;
                            withBackground.addAll(steps);
                            steps = withBackground;
                            background = null;
                        }
                        outcomes.add(scenario(element, at, uri, name, featureTags, steps));
                    }
                    default -> throw in.problem(at + ".type",
                            "unknown element type \"" + type + "\"; expected \"scenario\" or \"background\"");
                }
            }
        }

        private ScenarioOutcome scenario(JsonNode element, String path, String uri, String featureName,
                List<String> featureTags, ScenarioSteps steps) {
            Set<String> tags = new LinkedHashSet<>(featureTags);
            tags.addAll(tags(element, path));
            int line = (int) in.optionalLong(element, "line", path, 0);
            return new ScenarioOutcome(uri, featureName, in.optionalText(element, "name", path).orElse(""), line,
                    List.copyOf(tags), steps.status(), steps.durationNanos(), steps.errorMessage(), steps.evidence());
        }

        private List<String> tags(JsonNode node, String path) {
            List<String> tags = new ArrayList<>();
            int index = 0;
            for (JsonNode tag : in.optionalArray(node, "tags", path)) {
                String at = path + ".tags[" + index++ + "]";
                String name = tag.isTextual() ? tag.asText() : in.requiredText(in.requiredObject(tag, at), "name", at);
                tags.add(name.startsWith("@") ? name : "@" + name);
            }
            return tags;
        }

        /** Hooks before, then steps (each with its own step hooks), then hooks after: execution order. */
        private ScenarioSteps steps(JsonNode element, String path) {
            ScenarioSteps steps = new ScenarioSteps();
            hooks(element, "before", path, steps);
            int index = 0;
            for (JsonNode step : in.optionalArray(element, "steps", path)) {
                String at = path + ".steps[" + index++ + "]";
                in.requiredObject(step, at);
                hooks(step, "before", at, steps);
                String text = (in.optionalText(step, "keyword", at).orElse("")
                        + in.optionalText(step, "name", at).orElse("")).trim();
                steps.addStep(result(step, at, text), duration(step, at));
                attachments(step, at, steps);
                hooks(step, "after", at, steps);
            }
            hooks(element, "after", path, steps);
            return steps;
        }

        private void hooks(JsonNode owner, String field, String path, ScenarioSteps steps) {
            int index = 0;
            for (JsonNode hook : in.optionalArray(owner, field, path)) {
                String at = path + "." + field + "[" + index++ + "]";
                in.requiredObject(hook, at);
                steps.addHook(result(hook, at, ""), duration(hook, at));
                attachments(hook, at, steps);
            }
        }

        private ScenarioSteps.StepResult result(JsonNode step, String path, String text) {
            JsonNode result = step.get("result");
            if (result == null || result.isNull()) {
                throw in.problem(path + ".result", "the step has no result");
            }
            in.requiredObject(result, path + ".result");
            String status = in.requiredText(result, "status", path + ".result");
            Outcome outcome = Outcome.fromCucumberStatus(status).orElseThrow(() -> in.problem(
                    path + ".result.status", "unknown status \"" + status
                            + "\"; expected passed, failed, skipped, pending, undefined, ambiguous or unused"));
            String error = in.optionalText(result, "error_message", path + ".result").orElse("");
            return new ScenarioSteps.StepResult(outcome, error, text);
        }

        private long duration(JsonNode step, String path) {
            JsonNode result = step.get("result");
            return in.optionalLong(result, "duration", path + ".result", 0);
        }

        private void attachments(JsonNode step, String path, ScenarioSteps steps) {
            int index = 0;
            for (JsonNode embedding : in.optionalArray(step, "embeddings", path)) {
                String at = path + ".embeddings[" + index++ + "]";
                in.requiredObject(embedding, at);
                String data = in.requiredText(embedding, "data", at);
                String mediaType = in.optionalText(embedding, "mime_type", at)
                        .or(() -> in.optionalText(embedding, "media_type", at)).orElse("");
                String name = in.optionalText(embedding, "name", at).orElse(null);
                try {
                    steps.addEvidence(AttachmentDecoder.decode(name, mediaType, data));
                } catch (IllegalArgumentException e) {
                    throw in.problem(at + ".data", "not valid base64: " + e.getMessage());
                }
            }
            index = 0;
            for (JsonNode line : in.optionalArray(step, "output", path)) {
                String at = path + ".output[" + index++ + "]";
                if (!line.isTextual()) {
                    throw in.problem(at, "expected a string, found " + JsonInput.kind(line));
                }
                steps.addEvidence(new Evidence("log", "text/plain", TextCap.cap(line.asText(), TextCap.EVIDENCE_LIMIT)));
            }
        }
    }
}
