package no.trendspor.report;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import tech.tablesaw.api.Table;
import no.trendspor.indicators.IndicatorSeries;
import no.trendspor.indicators.IndicatorTables;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.Sector;

/**
 * The result of analysing a set of reports: the documents as ingested and what changed between
 * their years. Immutable; the views and renderers never change it.
 *
 * @param documents  the ingested documents, in the order of their sources
 * @param indicators every measured quantity as a time series per municipality, sector and
 *                   indicator, with its trend
 */
public record TrendReport(List<ReportDocument> documents, List<IndicatorSeries> indicators) {

    /** Version of the JSON shape; raised whenever a field changes meaning or disappears. */
    public static final int SCHEMA_VERSION = 1;

    public TrendReport {
        documents = List.copyOf(documents);
        indicators = List.copyOf(indicators);
    }

    /** The indicator series of one sector. */
    public List<IndicatorSeries> indicators(String sector) {
        return indicators.stream().filter(s -> s.sector().equalsIgnoreCase(sector)).toList();
    }

    /**
     * The indicator observations as a Tablesaw table (sector, indicator, unit, year, value,
     * source, ...), one row per observation, for analysts in JShell or notebooks.
     */
    public Table indicatorTable() {
        return IndicatorTables.toTable(indicators);
    }

    /** The report years present, ascending. */
    public List<Integer> years() {
        return documents.stream().map(ReportDocument::year).collect(Collectors.toCollection(TreeSet::new))
                .stream().toList();
    }

    /** The sector names present, sorted. */
    public List<String> sectors() {
        return documents.stream().flatMap(d -> d.sectors().stream()).map(Sector::name)
                .collect(Collectors.toCollection(TreeSet::new)).stream().toList();
    }

    /** The report as deterministic JSON (same input, byte-identical output). */
    public String toJson() {
        return JsonReportWriter.write(this);
    }

    /** The report as GitHub-flavoured Markdown. */
    public String toMarkdown() {
        return MarkdownReportWriter.write(this);
    }

    @Override
    public String toString() {
        return "TrendReport: " + documents.size() + " documents, years " + years() + ", sectors " + sectors()
                + ", " + indicators.size() + " indicator series";
    }
}
