package no.trendspor.report;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.Sector;

/**
 * The result of analysing a set of reports: the documents as ingested and what changed between
 * their years. Immutable; the views and renderers never change it.
 *
 * @param documents the ingested documents, in the order of their sources
 */
public record TrendReport(List<ReportDocument> documents) {

    /** Version of the JSON shape; raised whenever a field changes meaning or disappears. */
    public static final int SCHEMA_VERSION = 1;

    public TrendReport {
        documents = List.copyOf(documents);
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
        return "TrendReport: " + documents.size() + " documents, years " + years() + ", sectors " + sectors();
    }
}
