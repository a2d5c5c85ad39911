package no.trendspor.report;

import java.util.List;
import no.trendspor.indicators.IndicatorSeries;
import no.trendspor.model.ReportDocument;
import no.trendspor.stats.TrendStatistics;
import no.trendspor.model.SectionKind;
import no.trendspor.model.Sector;
import no.trendspor.model.Statement;

/** Writes a {@link TrendReport} as a readable GitHub-flavoured Markdown report. */
final class MarkdownReportWriter {

    private MarkdownReportWriter() {
    }

    static String write(TrendReport report) {
        StringBuilder md = new StringBuilder();
        md.append("# Trendspor report\n\n");
        md.append(report.documents().size()).append(" documents, years ")
                .append(report.years()).append(", sectors: ")
                .append(MarkdownText.escape(String.join(", ", report.sectors()))).append(".\n\n");
        md.append("## Documents\n\n");
        md.append("| source | year | municipality | sectors | statements | unclassified | warnings |\n");
        md.append("| --- | ---: | --- | --- | ---: | ---: | ---: |\n");
        for (ReportDocument d : report.documents()) {
            md.append("| ").append(MarkdownText.escape(d.source()))
                    .append(" | ").append(d.year())
                    .append(" | ").append(MarkdownText.escape(d.municipality()))
                    .append(" | ").append(MarkdownText.escape(String.join(", ",
                            d.sectors().stream().map(Sector::name).toList())))
                    .append(" | ").append(d.statements().size())
                    .append(" | ").append(d.unclassified().size())
                    .append(" | ").append(d.warnings().size()).append(" |\n");
        }
        md.append('\n');
        for (ReportDocument d : report.documents()) {
            for (Sector s : d.sectors()) {
                md.append("## ").append(MarkdownText.escape(s.name())).append(' ').append(d.year()).append("\n\n");
                section(md, "Challenges", s.statements(SectionKind.CHALLENGE));
                section(md, "Results", s.statements(SectionKind.RESULT));
            }
        }
        indicators(md, report);
        return md.toString();
    }

    private static void indicators(StringBuilder md, TrendReport report) {
        if (report.indicators().isEmpty()) {
            return;
        }
        md.append("## Indicators\n\n");
        md.append("| sector | indicator | unit | observations | change | trend |\n");
        md.append("| --- | --- | --- | --- | --- | --- |\n");
        for (IndicatorSeries s : report.indicators()) {
            md.append("| ").append(MarkdownText.escape(s.sector()))
                    .append(" | ").append(MarkdownText.escape(s.name()))
                    .append(" | ").append(MarkdownText.escape(s.unit() == null ? "" : s.unit().label()))
                    .append(" | ").append(MarkdownText.escape(String.join(", ", s.points().stream()
                            .map(p -> p.year() + ": " + Numbers.format(p.value())).toList())))
                    .append(" | ").append(MarkdownText.escape(change(s)))
                    .append(" | ").append(MarkdownText.escape(trend(s))).append(" |\n");
        }
        md.append('\n');
    }

    static String change(IndicatorSeries s) {
        TrendStatistics t = s.trend();
        if (t == null || t.points() < 2) {
            return "";
        }
        String abs = Numbers.signed(t.absoluteChange());
        if (t.percentagePointChange() != null) {
            return abs + " pp";
        }
        return t.relativeChange() == null ? abs : abs + " (" + Numbers.signed(100 * t.relativeChange()) + " %)";
    }

    static String trend(IndicatorSeries s) {
        TrendStatistics t = s.trend();
        if (t == null) {
            return "one observation";
        }
        String word = t.direction().name().toLowerCase(java.util.Locale.ROOT);
        return t.mannKendall() == null ? word : word + " (Mann-Kendall p " + Numbers.format(t.mannKendall().pValue()) + ")";
    }

    private static void section(StringBuilder md, String title, List<Statement> statements) {
        if (statements.isEmpty()) {
            return;
        }
        md.append("### ").append(title).append("\n\n");
        for (Statement st : statements) {
            md.append("- ").append(MarkdownText.escape(st.text())).append('\n');
        }
        md.append('\n');
    }
}
