package no.trendspor.report;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import no.trendspor.indicators.IndicatorSeries;
import no.trendspor.indicators.UnnamedObservation;
import no.trendspor.match.ChallengeAnalysisResult;
import no.trendspor.match.Followup;
import no.trendspor.match.RecurringChallenge;
import no.trendspor.match.ThemeDiff;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.Sector;

/**
 * The result of analysing a set of reports: the documents as ingested and what changed between
 * their years. Immutable; the views and renderers never change it.
 *
 * @param documents  the ingested documents, in the order of their sources
 * @param challenges recurring challenges, theme diffs, follow-ups and sector alignments
 * @param indicators every measured quantity as a time series per municipality, sector and
 *                   indicator, with its trend
 * @param keyFigures key-figure tables given with the reports, side by side with the prose
 * @param unnamedObservations measured values whose statement gives them no recognisable name,
 *                   kept with their quote instead of forming a series
 */
public record TrendReport(List<ReportDocument> documents, ChallengeAnalysisResult challenges,
        List<IndicatorSeries> indicators, KeyFigures keyFigures, List<UnnamedObservation> unnamedObservations) {

    /** Version of the JSON shape; raised whenever a field changes meaning or disappears. */
    public static final int SCHEMA_VERSION = 1;

    /** Copies the lists; the report never changes afterwards. */
    public TrendReport {
        documents = List.copyOf(documents);
        java.util.Objects.requireNonNull(challenges, "challenges");
        indicators = List.copyOf(indicators);
        java.util.Objects.requireNonNull(keyFigures, "keyFigures");
        unnamedObservations = List.copyOf(unnamedObservations);
    }

    /** A report whose indicator values all have names. */
    public TrendReport(List<ReportDocument> documents, ChallengeAnalysisResult challenges,
            List<IndicatorSeries> indicators, KeyFigures keyFigures) {
        this(documents, challenges, indicators, keyFigures, List.of());
    }

    /** A report without key-figure tables. */
    public TrendReport(List<ReportDocument> documents, ChallengeAnalysisResult challenges,
            List<IndicatorSeries> indicators) {
        this(documents, challenges, indicators, KeyFigures.NONE, List.of());
    }

    /** Challenges named in two or more report years of the same municipality and sector. */
    public List<RecurringChallenge> recurringChallenges() {
        return challenges.recurringChallenges();
    }

    /** The recurring challenges of one sector (as the latest report names it). */
    public List<RecurringChallenge> recurringChallenges(String sector) {
        return challenges.recurringChallenges().stream().filter(c -> c.sector().equalsIgnoreCase(sector)).toList();
    }

    /** Per sector and pair of consecutive report years: persisting, new, dropped, reversed themes. */
    public List<ThemeDiff> themeDiffs() {
        return challenges.themeDiffs();
    }

    /** Challenges that a later year's results report work on. */
    public List<Followup> followups() {
        return challenges.followups();
    }

    /** The indicator series of one sector. */
    public List<IndicatorSeries> indicators(String sector) {
        return indicators.stream().filter(s -> s.sector().equalsIgnoreCase(sector)).toList();
    }

    /** The report years present, ascending. */
    public List<Integer> years() {
        return documents.stream().map(ReportDocument::year).collect(Collectors.toCollection(TreeSet::new))
                .stream().toList();
    }

    /** The aligned sector names present (the one alignment every part of the report uses), sorted. */
    public List<String> sectors() {
        return challenges.sectorAlignments().stream().map(no.trendspor.match.SectorAlignment::sector)
                .collect(Collectors.toCollection(TreeSet::new)).stream().toList();
    }

    /** The report as deterministic JSON (same input, byte-identical output). */
    public String toJson() {
        return JsonReportWriter.write(this);
    }

    /**
     * Streams the same JSON as {@link #toJson()} to {@code out}, one document at a time, for reports
     * too large to hold as one string. Does not close {@code out}.
     */
    public void writeJson(java.io.Writer out) throws java.io.IOException {
        JsonReportWriter.write(this, out);
    }

    /**
     * Streams the same JSON as {@link #toJson()} to {@code out} as UTF-8 bytes; faster than
     * {@link #writeJson(java.io.Writer)} for large reports (the text is encoded on several threads).
     * Does not close {@code out}.
     */
    public void writeJson(java.io.OutputStream out) throws java.io.IOException {
        JsonReportWriter.write(this, out);
    }

    /**
     * One view per municipality and sector: report years, challenges year by year, theme diffs,
     * follow-ups and indicators, with a one-sentence summary. Sorted by municipality, then sector.
     */
    public List<SectorReport> sectorReports() {
        return SectorReports.of(this);
    }

    /** The report as GitHub-flavoured Markdown (deterministic; every input text escaped). */
    public String toMarkdown() {
        return MarkdownReportWriter.write(this);
    }

    /**
     * Streams the same Markdown as {@link #toMarkdown()} to {@code out}, a part at a time, for reports
     * too large to hold as one string. Does not close {@code out}.
     */
    public void writeMarkdown(java.io.Writer out) throws java.io.IOException {
        MarkdownReportWriter.write(this, out);
    }

    /**
     * The report as one self-contained HTML5 file: no script, nothing loaded from the network,
     * inline SVG charts, printable. Deterministic; every input text escaped.
     */
    public String toHtml() {
        return HtmlReportWriter.write(this);
    }

    /**
     * The report's charts as standalone SVG documents, in the order the HTML report shows them:
     * a challenge timeline per sector, a line chart per indicator series of two or more years, a
     * line chart per key-figure table series of two or more years. Each carries its own styling.
     */
    public List<ReportChart> charts() {
        return ReportCharts.of(this);
    }

    /** A few lines: what was read, then one summary line per municipality and sector. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("TrendReport: ").append(documents.size()).append(" documents, years ")
                .append(years()).append(", ").append(challenges.recurringChallenges().size())
                .append(" recurring challenges, ").append(indicators.size()).append(" indicator series");
        for (SectorReport s : sectorReports()) {
            sb.append("\n  ").append(s);
        }
        return sb.toString();
    }
}
