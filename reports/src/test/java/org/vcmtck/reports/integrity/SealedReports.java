package org.vcmtck.reports.integrity;

import java.util.Optional;
import java.util.Set;
import org.vcmtck.reports.ConformanceReport;
import org.vcmtck.reports.Fixtures;
import org.vcmtck.reports.json.JsonReportWriter;

/** report.json bytes as the writer produces them, from the module's fixture runs. */
final class SealedReports {

    private SealedReports() {
    }

    static ConformanceReport failingReport() {
        return Fixtures.report("failure.json", Fixtures.claims(Set.of("DSP0243", "DSP0263"), Set.of()));
    }

    static byte[] unsigned() {
        return JsonReportWriter.sealedBytes(failingReport(), Optional.empty());
    }

    static byte[] signed(ReportSigner signer) {
        return JsonReportWriter.sealedBytes(failingReport(), Optional.of(signer));
    }
}
