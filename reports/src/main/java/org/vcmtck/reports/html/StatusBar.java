package org.vcmtck.reports.html;

import org.vcmtck.reports.RequirementStatus;
import org.vcmtck.reports.StatusCounts;

/** An inline SVG bar showing the share of each requirement status; drawn inline so the page needs no images. */
final class StatusBar {

    static final int WIDTH = 320;
    static final int HEIGHT = 14;

    private StatusBar() {
    }

    static String colour(RequirementStatus status) {
        return switch (status) {
            case PASSED -> "#3a8a4a";
            case FAILED -> "#c0392b";
            case NOT_TESTED -> "#e0b03a";
            case NOT_APPLICABLE -> "#c4c4c4";
        };
    }

    static String svg(StatusCounts counts) {
        StringBuilder svg = new StringBuilder();
        String label = describe(counts);
        svg.append("<svg class=\"bar\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(Html.escape(label)).append("\">");
        svg.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" fill=\"#ffffff\" stroke=\"#999999\"/>");
        int total = counts.total();
        if (total > 0) {
            // widths are cumulative roundings so the segments always add up to the full bar
            int done = 0;
            int x = 0;
            for (RequirementStatus status : RequirementStatus.values()) {
                int n = counts.count(status);
                done += n;
                int end = (int) Math.round((double) done * WIDTH / total);
                if (n > 0 && end > x) {
                    svg.append("<rect x=\"").append(x).append("\" y=\"0\" width=\"").append(end - x)
                            .append("\" height=\"").append(HEIGHT).append("\" fill=\"").append(colour(status))
                            .append("\"><title>").append(n).append(' ').append(status.label())
                            .append("</title></rect>");
                }
                x = end;
            }
        }
        svg.append("</svg>");
        return svg.toString();
    }

    static String describe(StatusCounts counts) {
        return counts.passed() + " passed, " + counts.failed() + " failed, " + counts.notTested() + " not tested, "
                + counts.notApplicable() + " not applicable";
    }
}
