package org.vcmtck.features.steps.ovf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vcmtck.assertions.ovf.corpus.CorpusPackage;
import org.vcmtck.assertions.ovf.corpus.OvfCorpus;

/**
 * The suite's OVF corpus for one run, written once under the run's work folder and shared by the consumer
 * scenarios (writing it per scenario would only repeat the same bytes).
 */
final class ConsumerCorpus {

    private static Path writtenUnder;
    private static Map<String, CorpusPackage> packages = Map.of();

    private ConsumerCorpus() {
    }

    /** The corpus package of that name, writing the corpus under {@code workDir/ovf-corpus} on first use. */
    static synchronized CorpusPackage get(Path workDir, String name) {
        if (!workDir.equals(writtenUnder)) {
            Path folder = workDir.resolve("ovf-corpus");
            try {
                List<CorpusPackage> all = new ArrayList<>(OvfCorpus.valid(folder));
                all.addAll(OvfCorpus.invalid(folder));
                all.addAll(OvfCorpus.lenient(folder));
                Map<String, CorpusPackage> byName = new LinkedHashMap<>();
                all.forEach(p -> byName.put(p.name(), p));
                packages = byName;
                writtenUnder = workDir;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the OVF corpus under " + folder, e);
            }
        }
        CorpusPackage pkg = packages.get(name);
        if (pkg == null) {
            throw new IllegalArgumentException("the OVF corpus has no package '" + name + "' (it has "
                    + packages.keySet() + ")");
        }
        return pkg;
    }
}
