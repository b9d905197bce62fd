package org.vcmtck.features.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.testng.TestNG;

/**
 * Runs the Gherkin suite through TestNG with a tag expression, writing Cucumber JSON and Allure results to
 * the run's output folder. Cucumber reads its options from system properties, so they are set for the
 * duration of the run and restored afterwards.
 */
final class ScenarioEngine {

    static final String CUCUMBER_JSON = "cucumber.json";
    static final String ALLURE_RESULTS = "allure-results";

    private ScenarioEngine() {
    }

    /**
     * Runs the scenarios selected by the tag expression (blank = all) from the shipped suite, or from the given
     * feature files, and returns the Cucumber JSON file.
     */
    static Path run(String tagExpression, Optional<Path> features, Path outDir) {
        return run(tagExpression, features, outDir, Optional.empty());
    }

    /** As {@link #run(String, Optional, Path)}, showing progress on the display when one is given. */
    static Path run(String tagExpression, Optional<Path> features, Path outDir, Optional<ProgressDisplay> progress) {
        try (ProgressPlugin.Attachment attachment = progress.map(ProgressPlugin::attach).orElse(null)) {
            return runWithPlugins(tagExpression, features, outDir,
                    attachment == null ? "" : ", " + attachment.pluginSpec());
        }
    }

    private static Path runWithPlugins(String tagExpression, Optional<Path> features, Path outDir,
            String extraPlugins) {
        Path json = outDir.resolve(CUCUMBER_JSON);
        // results of an earlier run in the same folder must never be read as this run's
        deleteRecursively(json);
        deleteRecursively(outDir.resolve(ALLURE_RESULTS));
        Map<String, String> properties = new HashMap<>();
        properties.put("cucumber.plugin", "json:" + json + ", " + AllureResultsPlugin.class.getName() + ":"
                + outDir.resolve(ALLURE_RESULTS) + extraPlugins);
        properties.put("cucumber.publish.quiet", "true");
        properties.put("cucumber.filter.tags", tagExpression == null ? "" : tagExpression);
        properties.put("cucumber.features", features.map(p -> p.toAbsolutePath().toString()).orElse(""));
        Map<String, String> previous = new HashMap<>();
        properties.forEach((key, value) -> previous.put(key, System.getProperty(key)));
        try {
            properties.forEach((key, value) -> {
                if (value.isBlank()) {
                    System.clearProperty(key);
                } else {
                    System.setProperty(key, value);
                }
            });
            TestNG testng = new TestNG(false);
            testng.setTestClasses(new Class<?>[] {ConformanceScenarios.class});
            testng.setUseDefaultListeners(false);
            testng.setVerbose(0);
            testng.run();
        } finally {
            previous.forEach((key, value) -> {
                if (value == null) {
                    System.clearProperty(key);
                } else {
                    System.setProperty(key, value);
                }
            });
        }
        return json;
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + path + " of an earlier run", e);
        }
    }
}
