package org.vcmtck.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.testng.annotations.Test;

public class SummaryPrinterTest {

    @Test
    public void oneAlignedLinePerStandardAndAFinalTotalsLine() {
        ConformanceReport report = Fixtures.report("failure.json",
                Fixtures.claims(Set.of("DSP0243", "DSP0263"), Set.of()));
        StringWriter text = new StringWriter();

        SummaryPrinter.print(report, new PrintWriter(text));

        List<String> lines = text.toString().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("DSP0243  Open Virtualization Format                 NOT_CONFORMANT  "
                + "passed 1, failed 1, not tested 0, n/a 2");
        assertThat(lines.get(1)).isEqualTo("DSP0263  Cloud Infrastructure Management Interface  INCOMPLETE      "
                + "passed 0, failed 0, not tested 3, n/a 0");
        assertThat(lines.get(2)).startsWith("DSP0200  CIM Operations over HTTP").contains("NOT_APPLICABLE")
                .endsWith("n/a 1");
        assertThat(lines.get(3)).isEqualTo(
                "requirements: 1 passed, 1 failed, 3 not tested, 3 not applicable — verdict: NOT_CONFORMANT");
    }

    @Test
    public void warnsAboutUnknownTagsAndUntracedScenariosBeforeTheTotals() {
        List<String> lines = SummaryPrinter.lines(
                Fixtures.report("undefined.json", Fixtures.claims(Set.of("DSP0263"), Set.of())));

        assertThat(lines).contains("unknown tags (not in the catalogue): @CIMI-EP-09",
                "untraced scenarios (citing no requirement): 2");
        assertThat(lines.get(lines.size() - 1)).startsWith("requirements: 0 passed, 1 failed, 2 not tested, ")
                .endsWith("verdict: NOT_CONFORMANT");
    }
}
