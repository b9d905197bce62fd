package org.vcmtck.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.testng.annotations.Test;
import org.vcmtck.reports.ConformanceReport;
import org.vcmtck.reports.Fixtures;

public class HtmlReportWriterTest {

    private static final ConformanceReport FAILURE = Fixtures.report("failure.json",
            Fixtures.claims(Set.of("DSP0243", "DSP0263"), Set.of()));

    @Test
    public void pageIsSelfContainedWithoutAnyExternalReference() {
        String html = HtmlReportWriter.render(FAILURE);

        Pattern external = Pattern.compile("(?i)(src|href|action)\\s*=\\s*[\"']?\\s*(https?:|//|file:)");
        Matcher matcher = external.matcher(html);
        String firstExternal = matcher.find() ? matcher.group() : "";
        assertThat(firstExternal).as("first external reference in the page").isEmpty();
        assertThat(html).doesNotContainIgnoringCase("<link")
                .doesNotContainIgnoringCase("@import")
                .doesNotContainIgnoringCase("url(")
                .doesNotContainIgnoringCase("@font-face")
                .doesNotContain("<img")
                .doesNotContain("<script src");
        assertThat(html).contains("<style>").contains("<script>").contains("<svg");
    }

    @Test
    public void scenarioNamesAndRunTextsAreEscaped() {
        String html = HtmlReportWriter.render(FAILURE);

        assertThat(html).doesNotContain("<script>alert(");
        assertThat(html).contains("Descriptor named &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co is refused");
        assertThat(html).contains("Acme &lt;Virtual&gt; Center").doesNotContain("Acme <Virtual>");
        // only the page's own script block
        assertThat(html.split("<script>", -1)).hasSize(2);
    }

    @Test
    public void headerNamesTargetClaimsSuiteSeedAndTimes() {
        String html = HtmlReportWriter.render(FAILURE);

        assertThat(html).contains("DSP0243, DSP0263")
                .contains("0.1.0-TEST")
                .contains("abc1234")
                .contains("<dt>Seed</dt><dd>7</dd>")
                .contains("2025-03-01T10:00:00Z")
                .contains("2025-03-01T10:01:05Z")
                .contains("0:01:05")
                .contains("not @reference-only");
    }

    @Test
    public void everyStandardHasASectionWithVerdictBarAndRequirementRows() {
        String html = HtmlReportWriter.render(FAILURE);

        assertThat(html).contains("id=\"std-DSP0243\"").contains("id=\"std-DSP0263\"").contains("id=\"std-DSP0200\"");
        assertThat(html).contains("badge v-NOT_CONFORMANT").contains("badge v-INCOMPLETE")
                .contains("badge v-NOT_APPLICABLE");
        assertThat(count(html, "<tr data-status=")).isEqualTo(8);
        assertThat(count(html, "<tr data-status=\"FAILED\"")).isEqualTo(1);
        assertThat(count(html, "<svg class=\"bar\"")).isEqualTo(1 + 3);
        assertThat(html).contains("expected 1 descriptor but found 2").contains("<details>");
        assertThat(html).contains("id=\"filter-text\"").contains("id=\"filter-status\"");
    }

    @Test
    public void unknownTagsAndUntracedScenariosGetTheirOwnSections() {
        String html = HtmlReportWriter.render(
                Fixtures.report("undefined.json", Fixtures.claims(Set.of("DSP0263"), Set.of())));

        assertThat(html).contains("<h2>Unknown tags</h2>").contains("@CIMI-EP-09");
        assertThat(html).contains("<h2>Untraced scenarios</h2>").contains("The launcher helper");
    }

    @Test
    public void controlCharactersAreNotCopiedIntoThePage() {
        assertThat(Html.escape("red \u001b[31mtext\u0000")).isEqualTo("red \uFFFD[31mtext\uFFFD");
        assertThat(Html.escape("a\r\nb")).isEqualTo("a\nb");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
