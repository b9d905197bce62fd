package org.vcmtck.features.run;

import io.cucumber.testng.AbstractTestNGCucumberTests;
import io.cucumber.testng.CucumberOptions;

/**
 * The TestNG entry of the Gherkin suite. Feature files live on the class path (so the suite runs from its jar);
 * tag filters, output plugins and the target come from the {@link ScenarioEngine} that starts it.
 */
@CucumberOptions(
        features = "classpath:" + ConformanceScenarios.FEATURES_ROOT,
        glue = "org.vcmtck.features.steps",
        monochrome = true)
public class ConformanceScenarios extends AbstractTestNGCucumberTests {

    /** Class-path folder of the feature files, one sub-folder per standard family. */
    public static final String FEATURES_ROOT = "features";
}
