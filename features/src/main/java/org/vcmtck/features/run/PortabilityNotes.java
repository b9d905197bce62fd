package org.vcmtck.features.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vcmtck.assertions.ovf.OvfPackageReadException;
import org.vcmtck.assertions.ovf.OvfPackageReader;
import org.vcmtck.assertions.ovf.RawOvfPackage;
import org.vcmtck.assertions.ovf.portability.Portability;
import org.vcmtck.assertions.ovf.portability.PortabilityClassifier;
import org.vcmtck.reports.OvfPackageNote;

/**
 * The portability level (DSP2017, informative) of each OVF package the run examined, for the report. Read with the
 * suite's own package reader, never the reference's: the classification is part of what the checker says.
 */
final class PortabilityNotes {

    private PortabilityNotes() {
    }

    static List<OvfPackageNote> of(List<Path> packages) {
        PortabilityClassifier classifier = new PortabilityClassifier();
        List<OvfPackageNote> notes = new ArrayList<>();
        for (Path path : packages) {
            RawOvfPackage pkg;
            try {
                pkg = OvfPackageReader.read(path);
            } catch (OvfPackageReadException e) {
                notes.add(OvfPackageNote.unclassified(path.toString(), "", "the package cannot be read: "
                        + e.getMessage()));
                continue;
            }
            Optional<Portability> portability = classifier.classify(pkg);
            notes.add(portability.map(p -> OvfPackageNote.classified(pkg.displayName(), pkg.form().toString(),
                            p.level(), p.reasons()))
                    .orElseGet(() -> OvfPackageNote.unclassified(pkg.displayName(), pkg.form().toString(),
                            "the package has no readable descriptor")));
        }
        return List.copyOf(notes);
    }
}
