package no.trendspor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.trendspor.indicators.IndicatorAnalysis;
import no.trendspor.indicators.IndicatorResult;
import no.trendspor.ingest.IngestHints;
import no.trendspor.ingest.ReportParser;
import no.trendspor.io.ReportLoader;
import no.trendspor.match.AlignedCorpus;
import no.trendspor.match.AnalysisOptions;
import no.trendspor.match.ChallengeAnalysis;
import no.trendspor.model.ReportDocument;
import no.trendspor.report.KeyFigures;
import no.trendspor.report.TrendReport;
import no.trendspor.tables.KeyFigureTables;
import no.trendspor.tables.MunicipalityRegistry;
import no.trendspor.tables.ProseTableComparison;
import no.trendspor.tables.TableDefaults;
import no.trendspor.tables.TableObservation;
import no.trendspor.tables.TableSeries;
import no.trendspor.seeds.Seeds;

/**
 * The entry point: analyse annual-report texts and get a {@link TrendReport}.
 *
 * <pre>{@code
 * TrendReport report = Trendspor.analyze(Path.of("seeds"));
 * System.out.println(report.toMarkdown());
 * }</pre>
 */
public final class Trendspor {

    private Trendspor() {
    }

    /**
     * Analyses report files; a directory contributes every report file below it, recursively and
     * in sorted order: {@code .txt} text, {@code .json} report pages and {@code .pdf}.
     *
     * @throws no.trendspor.ingest.InputException when an input cannot be read as a report
     */
    public static TrendReport analyze(Path... paths) {
        return analyze(List.of(paths));
    }

    /** Analyses report files; see {@link #analyze(Path...)}. */
    public static TrendReport analyze(List<Path> paths) {
        return analyzeDocuments(new ReportLoader().load(paths));
    }

    /**
     * Analyses texts held in memory, keyed by a source name (a four-digit year in the name is the
     * last resort for the report year). Sources are read in key order.
     */
    public static TrendReport analyzeTexts(Map<String, String> textsBySource) {
        ReportParser parser = new ReportParser();
        List<ReportDocument> docs = new ArrayList<>();
        textsBySource.keySet().stream().sorted().forEach(source ->
                docs.add(parser.parse(source, textsBySource.get(source), IngestHints.NONE)));
        return analyzeDocuments(ReportLoader.consolidate(docs));
    }

    /** Analyses the two seed reports bundled with Trendspor (Bærum 2018 and 2020). */
    public static TrendReport analyzeSeeds() {
        ReportParser parser = new ReportParser();
        List<ReportDocument> docs = new ArrayList<>();
        for (String name : Seeds.names()) {
            docs.add(parser.parse(name, Seeds.bytes(name), IngestHints.NONE));
        }
        return analyzeDocuments(ReportLoader.consolidate(docs));
    }

    /**
     * Analyses report files together with key-figure tables (CSV or JSON-stat, as SSB's statistics
     * bank writes them): the tables' series are joined across municipality renumbering and set side
     * by side with the indicators the prose states.
     */
    public static TrendReport analyze(List<Path> reports, List<Path> tables) {
        return withKeyFigures(analyze(reports), tables);
    }

    /** The report with key-figure tables added and compared with its prose indicators. */
    public static TrendReport withKeyFigures(TrendReport report, List<Path> tables) {
        return withKeyFigures(report, tables, AnalysisOptions.defaults());
    }

    /**
     * The report with key-figure tables added and compared with its prose indicators, whose names
     * are compared with the analysis chain of these options (the ones the report was analysed with).
     */
    public static TrendReport withKeyFigures(TrendReport report, List<Path> tables, AnalysisOptions options) {
        if (tables.isEmpty()) {
            return report;
        }
        List<TableObservation> observations = new ArrayList<>();
        for (Path table : tables) {
            observations.addAll(KeyFigureTables.read(table, TableDefaults.NONE).observations());
        }
        List<TableSeries> series = TableSeries.group(observations, MunicipalityRegistry.bundled());
        KeyFigures keyFigures = new KeyFigures(series, new ProseTableComparison(options.analyzer()).compare(report.indicators(), series));
        return new TrendReport(report.documents(), report.challenges(), report.indicators(), keyFigures,
                report.unnamedObservations());
    }

    /** Analyses documents that were already ingested. */
    public static TrendReport analyzeDocuments(List<ReportDocument> documents) {
        return analyzeDocuments(documents, AnalysisOptions.defaults());
    }

    /**
     * Analyses documents that were already ingested, with matching options: thresholds, stemmer,
     * and sector overrides (e.g. "Grunnskoleopplæring" → "Oppvekst skole") where the automatic
     * alignment of renamed sectors should be corrected.
     */
    public static TrendReport analyzeDocuments(List<ReportDocument> documents, AnalysisOptions options) {
        return analyze(AlignedCorpus.of(documents, options));
    }

    /**
     * Analyses an aligned corpus: challenges, theme diffs, follow-ups and indicators all read its
     * one sector alignment, its normalised municipalities and its analysis chain.
     */
    public static TrendReport analyze(AlignedCorpus corpus) {
        IndicatorResult indicators = IndicatorAnalysis.result(corpus);
        return new TrendReport(corpus.documents(), ChallengeAnalysis.analyze(corpus), indicators.series(),
                KeyFigures.NONE, indicators.unnamed());
    }
}
