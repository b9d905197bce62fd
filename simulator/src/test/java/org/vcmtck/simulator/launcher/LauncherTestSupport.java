package org.vcmtck.simulator.launcher;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;

/** What the launcher tests share: a scratch folder per class and a way to run the command line in-process. */
abstract class LauncherTestSupport {

    /** The scratch folder of the test class, deleted after it. */
    protected Path dir;

    /** What one Launcher.run call printed and returned. */
    protected record Result(int exit, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }
    }

    protected static Result run(InputStream in, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Launcher.run(in, new PrintWriter(out), new PrintWriter(err), args);
        return new Result(exit, out.toString(), err.toString());
    }

    protected static Result run(String... args) {
        return run(new ByteArrayInputStream(new byte[0]), args);
    }

    @BeforeClass
    public void createDirectory() throws IOException {
        dir = Files.createTempDirectory(getClass().getSimpleName());
    }

    @AfterClass(alwaysRun = true)
    public void deleteDirectory() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
