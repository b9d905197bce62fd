package org.vcmtck.features.coverage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import org.vcmtck.features.run.ConformanceScenarios;
import org.vcmtck.features.tags.FeatureTagAudit;
import org.vcmtck.features.tags.FeatureTagAudit.TaggedScenario;

/**
 * The scenarios of the feature files shipped with the kit, read from the class path: a folder during the build,
 * a folder inside {@code vcmtck.jar} when installed. Reading them needs no target.
 */
public final class ShippedFeatures {

    private ShippedFeatures() {
    }

    /** Every shipped scenario (outlines expanded) with its tags. */
    public static List<TaggedScenario> scenarios() {
        String root = ConformanceScenarios.FEATURES_ROOT;
        URL url = ConformanceScenarios.class.getClassLoader().getResource(root);
        if (url == null) {
            throw new IllegalStateException("the shipped feature files are not on the class path (" + root + "/)");
        }
        try {
            if ("file".equals(url.getProtocol())) {
                return FeatureTagAudit.scenarios(Path.of(url.toURI()));
            }
            if ("jar".equals(url.getProtocol())) {
                // jar:file:/…/vcmtck.jar!/features — a file system of our own, closed after reading
                String spec = url.toString().substring("jar:".length());
                int separator = spec.indexOf("!/");
                Path jar = Path.of(new URL(spec.substring(0, separator)).toURI());
                try (FileSystem zip = FileSystems.newFileSystem(jar)) {
                    return FeatureTagAudit.scenarios(zip.getPath(spec.substring(separator + 1)));
                }
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot read the shipped feature files at " + url + ": " + e.getMessage(),
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped feature files at " + url, e);
        }
        throw new IllegalStateException("the shipped feature files are at " + url + ", which is neither a folder"
                + " nor a jar");
    }
}
