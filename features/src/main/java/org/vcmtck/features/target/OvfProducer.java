package org.vcmtck.features.target;

import java.nio.file.Path;
import java.util.List;

/**
 * An implementation that exports what it holds as OVF packages, on demand: the target file's {@code producer:}
 * export command, or the built-in reference's {@code export} command. Scenarios that deploy a package and then
 * look at how the target exports it again (a round trip) use it.
 */
public interface OvfProducer {

    /**
     * Has the target export everything it holds now into a new folder under {@code scratch}.
     *
     * @return the packages written
     * @throws ProducerFailure the export could not be run or produced nothing
     */
    List<Path> export(Path scratch);

    /** What is run, for messages and the report. */
    String describe();

    /** The export could not be run, or ran and produced no package. */
    final class ProducerFailure extends RuntimeException {
        public ProducerFailure(String message) {
            super(message);
        }
    }
}
