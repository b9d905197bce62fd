package org.vcmtck.features.target;

import java.nio.file.Path;
import java.util.List;
import org.vcmtck.profiles.target.OvfExportCommand;

/** The target file's {@code producer:} export command, run each time a scenario asks for an export. */
public final class CommandProducer implements OvfProducer {

    private final OvfExportCommand command;

    public CommandProducer(OvfExportCommand command) {
        this.command = command;
    }

    @Override
    public List<Path> export(Path scratch) {
        ProducerExport.Outcome outcome = ProducerExport.run(command, scratch);
        if (outcome instanceof ProducerExport.Exported exported) {
            return exported.packages();
        }
        if (outcome instanceof ProducerExport.NotStarted notStarted) {
            throw new ProducerFailure(notStarted.reason());
        }
        throw new ProducerFailure(((ProducerExport.Failed) outcome).reason());
    }

    @Override
    public String describe() {
        return "the target's export command " + String.join(" ", command.export().arguments());
    }
}
