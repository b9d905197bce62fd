package org.vcmtck.profiles.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeMethod;
import org.vcmtck.profiles.Catalogue;

/**
 * What the target-file tests share: a scratch folder per test method, and loading a target file written from a
 * string, with the environment variables the subclass gives.
 */
abstract class TargetFileTestSupport {

    /** What a target file needs before and after the section under test to load: a name, and claims. */
    protected static final String HEAD = "name: Acme\n";
    protected static final String CLAIMS = "claims:\n  standards: [DSP0243]\n";

    protected final Catalogue catalogue = Catalogue.loadDefault();
    /** The scratch folder of the running test method, deleted after it. */
    protected Path folder;

    private final String folderPrefix;
    private final Function<String, String> environment;

    protected TargetFileTestSupport(String folderPrefix, Function<String, String> environment) {
        this.folderPrefix = folderPrefix;
        this.environment = environment;
    }

    @BeforeMethod
    public void createFolder() throws IOException {
        folder = Files.createTempDirectory(folderPrefix);
    }

    @AfterMethod(alwaysRun = true)
    public void deleteFolder() throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Writes the text as the scratch folder's target.yaml. */
    protected Path write(String text) throws IOException {
        Path file = folder.resolve("target.yaml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    protected Target load(String text) throws Exception {
        return TargetLoader.load(write(text), catalogue, environment);
    }

    /** The exception loading the text throws; fails unless there is one and its message starts with the file. */
    protected TargetFileException failure(String text) throws IOException {
        Path file = write(text);
        TargetFileException e = catchThrowableOfType(TargetFileException.class,
                () -> TargetLoader.load(file, catalogue, environment));
        assertThat(e).as("loading must fail:\n" + text).isNotNull();
        assertThat(e.getMessage()).startsWith(file + ":");
        return e;
    }

    /** The documented example target file, copied from the classpath into the scratch folder. */
    protected Path documentedExample() throws IOException {
        Path example = folder.resolve("example-target.yaml");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(TargetLoader.EXAMPLE_RESOURCE)) {
            assertThat(in).as("example on the classpath").isNotNull();
            Files.write(example, in.readAllBytes());
        }
        return example;
    }
}
