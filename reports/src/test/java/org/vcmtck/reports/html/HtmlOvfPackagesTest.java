package org.vcmtck.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.testng.annotations.Test;
import org.vcmtck.reports.ConformanceReport;
import org.vcmtck.reports.Fixtures;
import org.vcmtck.reports.OvfPackageNote;

public class HtmlOvfPackagesTest {

    private static final String HEADING = "<h2>OVF packages examined</h2>";

    private static final ConformanceReport FAILURE = Fixtures.report("failure.json",
            Fixtures.claims(Set.of("DSP0243", "DSP0263"), Set.of()));

    private static final ConformanceReport WITH_PACKAGES = FAILURE.withOvfPackages(List.of(
            OvfPackageNote.classified("out/web.ova", "ova", 1, List.of("needs x86_64", "vendor-specific <vmw:Config>")),
            OvfPackageNote.classified("out/db", "directory", 3, List.of()),
            OvfPackageNote.unclassified("https://example.com/a&b.ova", "", "<script>alert(1)</script> in descriptor")));

    @Test
    public void sectionSitsBetweenTheSummaryAndTheRequirementTables() {
        String html = HtmlReportWriter.render(WITH_PACKAGES);

        int summary = html.indexOf("<h2>Summary</h2>");
        int section = html.indexOf(HEADING);
        int controls = html.indexOf("id=\"controls\"");
        int firstStandard = html.indexOf("<section class=\"standard\"");
        assertThat(summary).isNotNegative();
        assertThat(section).isGreaterThan(summary);
        assertThat(html.indexOf("</section>", summary)).isLessThan(section);
        assertThat(section).isLessThan(controls).isLessThan(firstStandard);
        assertThat(html.indexOf(HEADING, section + 1)).isNegative();
    }

    @Test
    public void rowsShowPackageFormLevelWithMeaningAndReasons() {
        String html = section(HtmlReportWriter.render(WITH_PACKAGES));

        assertThat(count(html, "<tr><td>")).isEqualTo(3);
        assertThat(html).contains("<code>out/web.ova</code>").contains("<td>ova</td>")
                .contains("<td>directory</td>");
        assertThat(html).contains("Level 1").contains(OvfPackageNote.levelMeaning(1))
                .contains("Level 3").contains(OvfPackageNote.levelMeaning(3))
                .doesNotContain("Level 2");
        assertThat(html).contains("not classified");
        assertThat(html).contains("<li>needs x86_64</li>");
        assertThat(html).contains("<th>Package</th>").contains("<th>Form</th>").contains("<th>Portability level</th>")
                .contains("<th>Reasons</th>");
    }

    @Test
    public void sectionSaysTheClassificationIsInformative() {
        String html = section(HtmlReportWriter.render(WITH_PACKAGES));

        assertThat(html).contains("informative").contains("DSP2017").contains("OVF-EXT-008")
                .contains("do not affect the verdict");
        assertThat(HtmlReportWriter.render(WITH_PACKAGES)).contains("Overall verdict: <span class=\"badge v-"
                + FAILURE.verdict().name() + "\">");
    }

    @Test
    public void everyPackageTextIsEscaped() {
        String page = HtmlReportWriter.render(WITH_PACKAGES);
        String html = section(page);

        assertThat(html).contains("<li>&lt;script&gt;alert(1)&lt;/script&gt; in descriptor</li>");
        assertThat(html).contains("vendor-specific &lt;vmw:Config&gt;").doesNotContain("<vmw:Config>");
        assertThat(html).contains("https://example.com/a&amp;b.ova").doesNotContain("a&b.ova");
        // only the page's own script block
        assertThat(page.split("<script>", -1)).hasSize(2);
    }

    @Test
    public void pageWithPackagesStaysSelfContained() {
        String page = HtmlReportWriter.render(WITH_PACKAGES);

        assertThat(Pattern.compile("(?i)(src|href|action)\\s*=\\s*[\"']?\\s*(https?:|//|file:)").matcher(page).find())
                .isFalse();
        assertThat(page).doesNotContainIgnoringCase("<link").doesNotContain("<img");
    }

    @Test
    public void noPackagesMeansNoSection() {
        String html = HtmlReportWriter.render(FAILURE);

        assertThat(html).doesNotContain(HEADING).doesNotContain("ovf-packages");
        assertThat(HtmlReportWriter.render(FAILURE.withOvfPackages(List.of()))).doesNotContain(HEADING);
    }

    private static String section(String page) {
        int start = page.indexOf(HEADING);
        assertThat(start).as("OVF packages section").isNotNegative();
        return page.substring(start, page.indexOf("</section>", start));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
