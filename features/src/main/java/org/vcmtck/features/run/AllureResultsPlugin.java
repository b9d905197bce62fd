package org.vcmtck.features.run;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm;
import java.io.File;

/**
 * Cucumber plugin writing Allure results into the folder given as its argument
 * ({@code org.vcmtck.features.run.AllureResultsPlugin:DIR}). Allure's own plugin writes through a JVM-wide
 * lifecycle fixed at first use, so a second run in the same JVM would write into the first run's folder; this
 * one gives every run a lifecycle of its own.
 */
public final class AllureResultsPlugin implements ConcurrentEventListener {

    private final AllureCucumber7Jvm delegate;

    public AllureResultsPlugin(File resultsDirectory) {
        this.delegate = new AllureCucumber7Jvm(new AllureLifecycle(new FileSystemResultsWriter(resultsDirectory.toPath())));
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        delegate.setEventPublisher(publisher);
    }
}
