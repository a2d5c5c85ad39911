package no.trendspor.report;

import java.util.List;
import java.util.stream.Collectors;
import no.trendspor.indicators.IndicatorSeries;
import no.trendspor.indicators.SeriesPoint;
import no.trendspor.keyfigures.TableSeries;

/**
 * HTML for Java notebooks (JJava, IJava): a report, a sector report, an indicator series or a
 * key-figure table series as one self-contained HTML fragment with its SVG charts, for a cell's
 * {@code text/html} output. The kernels show a string as HTML when asked:
 * {@code display(NotebookHtml.of(report), "text/html")}; docs/notebook.ipynb shows this, and how
 * to register it with the kernel's renderer so that a cell's last expression renders by itself.
 *
 * <p>The fragment is a {@code <div lang="nb">} with its styling in attributes (a notebook has no
 * style sheet of ours); the charts are those of {@link TrendReport#charts()}; every text from the
 * input is escaped.
 */
public final class NotebookHtml {

    private static final String TABLE = " style=\"border-collapse:collapse;margin:.4em 0;font-size:90%\"";
    private static final String CELL = " style=\"border:1px solid #d6dbdf;padding:.2em .5em;text-align:left;vertical-align:top\"";

    private NotebookHtml() {
    }

    /**
     * The HTML fragment for a {@link TrendReport}, {@link SectorReport}, {@link IndicatorSeries} or
     * {@link TableSeries}.
     *
     * @throws IllegalArgumentException for any other object
     */
    public static String of(Object value) {
        StringBuilder h = new StringBuilder(16 * 1024);
        h.append("<div class=\"trendspor\" lang=\"nb\" style=\"font-family:system-ui,sans-serif;color:#1d2327\">\n");
        if (value instanceof TrendReport r) {
            report(h, r);
        } else if (value instanceof SectorReport s) {
            sector(h, s, KeyFigures.NONE, "h3");
        } else if (value instanceof IndicatorSeries i) {
            series(h, i, KeyFigures.NONE);
        } else if (value instanceof TableSeries t) {
            table(h, t);
        } else {
            throw new IllegalArgumentException("no notebook view for "
                    + (value == null ? "null" : value.getClass().getName())
                    + "; give a TrendReport, SectorReport, IndicatorSeries or TableSeries");
        }
        return h.append("</div>\n").toString();
    }

    private static void report(StringBuilder h, TrendReport r) {
        h.append("<h3>Trendspor: ").append(r.documents().size()).append(" documents, report years ")
                .append(r.years().stream().map(String::valueOf).collect(Collectors.joining(", "))).append("</h3>\n");
        if (!r.keyFigures().tables().isEmpty()) {
            h.append("<p>").append(esc(ReportText.keyFigures(r.keyFigures()))).append(".</p>\n");
        }
        for (SectorReport s : r.sectorReports()) {
            sector(h, s, r.keyFigures(), "h4");
        }
    }

    private static void sector(StringBuilder h, SectorReport s, KeyFigures keyFigures, String heading) {
        h.append('<').append(heading).append('>').append(esc(s.title())).append("</").append(heading).append(">\n")
                .append("<p>Report years ").append(s.years().stream().map(String::valueOf)
                        .collect(Collectors.joining(", "))).append(": ").append(esc(s.summary())).append(".</p>\n");
        if (!s.challenges().isEmpty()) {
            h.append(ReportCharts.timeline(s)).append('\n');
        }
        if (s.indicators().isEmpty()) {
            return;
        }
        h.append("<table").append(TABLE).append(">\n<thead><tr>");
        for (String col : List.of("indicator", "unit", "observations", "trend")) {
            h.append("<th scope=\"col\"").append(CELL).append('>').append(col).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (IndicatorSeries i : s.indicators()) {
            h.append("<tr>");
            for (String cell : List.of(i.name(), ReportText.unit(i), ReportText.observations(i), ReportText.trend(i))) {
                h.append("<td").append(CELL).append('>').append(esc(cell)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        for (IndicatorSeries i : s.indicators()) {
            if (i.points().size() >= 2) {
                h.append(ReportCharts.indicator(i, keyFigures)).append('\n');
            }
        }
    }

    private static void series(StringBuilder h, IndicatorSeries i, KeyFigures keyFigures) {
        h.append("<h3>").append(esc(i.name())).append("</h3>\n<p>").append(esc(i.municipality())).append(" – ")
                .append(esc(i.sector())).append(ReportText.unit(i).isEmpty() ? "" : " (" + esc(ReportText.unit(i)) + ")")
                .append(". ").append(esc(ReportText.trend(i))).append(".</p>\n");
        h.append("<table").append(TABLE).append(">\n<thead><tr><th scope=\"col\"").append(CELL).append(">year</th>")
                .append("<th scope=\"col\"").append(CELL).append(">value</th><th scope=\"col\"").append(CELL)
                .append(">source</th></tr></thead>\n<tbody>\n");
        for (SeriesPoint p : i.points()) {
            String source = p.sources().stream().map(s -> s.source()).distinct().collect(Collectors.joining(", "));
            h.append("<tr><td").append(CELL).append('>').append(p.year()).append("</td><td").append(CELL).append('>')
                    .append(esc(Numbers.format(p.value()) + (p.derived() ? "*" : ""))).append("</td><td").append(CELL)
                    .append('>').append(esc(source)).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        if (i.points().size() >= 2) {
            h.append(ReportCharts.indicator(i, keyFigures)).append('\n');
        }
    }

    private static void table(StringBuilder h, TableSeries t) {
        h.append("<h3>").append(esc(ReportCharts.tableTitle(t))).append("</h3>\n<p>")
                .append(esc(ReportText.tableObservations(t))).append("; ").append(esc(ReportText.tableTrend(t)))
                .append(".</p>\n");
        if (t.values().size() >= 2) {
            h.append(ReportCharts.table(t)).append('\n');
        }
    }

    private static String esc(String text) {
        return Markup.escape(text);
    }
}
