package no.trendspor.report.svg;

import java.util.List;
import java.util.Map;
import no.trendspor.report.Markup;

/**
 * An inline SVG challenge timeline: one row per challenge, one column per report year, a mark
 * where the challenge is named that year. A mark's class tells how it relates to the previous
 * occurrence (first, identical, reworded, reversed, narrowed-or-broadened).
 */
public final class SvgTimeline {

    /**
     * One challenge row.
     *
     * @param label     the challenge's label (escaped on output)
     * @param marks     year → relation of that occurrence to the previous one ("first" for the first)
     */
    public record Row(String label, Map<Integer, String> marks) {
    }

    private static final int LABEL_WIDTH = 320;
    private static final int COLUMN = 56;
    private static final int ROW = 24;
    private static final int HEADER = 24;

    private SvgTimeline() {
    }

    /**
     * Renders the timeline.
     *
     * @param title the chart's accessible title (escaped)
     * @param years the report years, one column each, in the given order
     * @param rows  the challenges, one row each, in the given order
     */
    public static String render(String title, List<Integer> years, List<Row> rows) {
        int width = LABEL_WIDTH + COLUMN * Math.max(1, years.size()) + 8;
        int height = HEADER + ROW * Math.max(1, rows.size()) + 8;
        StringBuilder svg = new StringBuilder(1024);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" role=\"img\" aria-label=\"").append(Markup.escape(title)).append("\">");
        svg.append("<title>").append(Markup.escape(title)).append("</title>");
        for (int i = 0; i < years.size(); i++) {
            svg.append("<text class=\"tick\" x=\"").append(LABEL_WIDTH + COLUMN * i + 12).append("\" y=\"16\">")
                    .append(years.get(i)).append("</text>");
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            int y = HEADER + ROW * r + 16;
            String label = row.label().length() > 48 ? row.label().substring(0, 47) + "…" : row.label();
            svg.append("<text class=\"label\" x=\"4\" y=\"").append(y).append("\">").append(Markup.escape(label))
                    .append("<title>").append(Markup.escape(row.label())).append("</title></text>");
            for (int i = 0; i < years.size(); i++) {
                String relation = row.marks().get(years.get(i));
                if (relation == null) {
                    continue;
                }
                svg.append("<rect class=\"mark ").append(Markup.escape(relation)).append("\" x=\"")
                        .append(LABEL_WIDTH + COLUMN * i + 8).append("\" y=\"").append(y - 12)
                        .append("\" width=\"40\" height=\"16\" rx=\"3\" data-year=\"").append(years.get(i))
                        .append("\"><title>").append(years.get(i)).append(": ").append(Markup.escape(relation))
                        .append("</title></rect>");
            }
        }
        svg.append("</svg>");
        return svg.toString();
    }
}
