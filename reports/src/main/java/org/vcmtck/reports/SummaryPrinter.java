package org.vcmtck.reports;

import java.io.PrintWriter;
import java.util.List;

/**
 * The few console lines of a run: one per standard, warnings about tags and untraced scenarios, and a final
 * totals line that ends with the overall verdict.
 */
public final class SummaryPrinter {

    private SummaryPrinter() {
    }

    public static void print(ConformanceReport report, PrintWriter out) {
        for (String line : lines(report)) {
            out.println(line);
        }
        out.flush();
    }

    /** The lines {@link #print} prints, without line terminators. */
    public static List<String> lines(ConformanceReport report) {
        int idWidth = 0;
        int titleWidth = 0;
        int verdictWidth = 0;
        for (StandardResult standard : report.standards()) {
            idWidth = Math.max(idWidth, standard.id().length());
            titleWidth = Math.max(titleWidth, standard.standard().title().length());
            verdictWidth = Math.max(verdictWidth, standard.verdict().name().length());
        }
        List<String> lines = new java.util.ArrayList<>();
        for (StandardResult standard : report.standards()) {
            StatusCounts counts = standard.counts();
            lines.add(pad(standard.id(), idWidth) + "  " + pad(standard.standard().title(), titleWidth) + "  "
                    + pad(standard.verdict().name(), verdictWidth) + "  passed " + counts.passed() + ", failed "
                    + counts.failed() + ", not tested " + counts.notTested() + ", n/a " + counts.notApplicable());
        }
        report.run().profileFindings().forEach(line -> lines.add("profile registration: " + line));
        if (!report.unknownTags().isEmpty()) {
            lines.add("unknown tags (not in the catalogue): " + String.join(", ", report.unknownTags()));
        }
        if (!report.untracedScenarios().isEmpty()) {
            lines.add("untraced scenarios (citing no requirement): " + report.untracedScenarios().size());
        }
        StatusCounts totals = report.totals();
        lines.add("requirements: " + totals.passed() + " passed, " + totals.failed() + " failed, "
                + totals.notTested() + " not tested, " + totals.notApplicable() + " not applicable — verdict: "
                + report.verdict().name());
        return lines;
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
