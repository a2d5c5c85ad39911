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
import no.trendspor.spi.KeyFigureReader;
import no.trendspor.spi.Providers;
import no.trendspor.seeds.Seeds;

/**
 * The entry point: analyse annual-report texts and get a {@link TrendReport}.
 *
 * <pre>{@code
 * TrendReport report = Trendspor.analyze(Path.of("seeds"));
 * System.out.println(report.toMarkdown());
 * }</pre>
 *
 * <p>With options, through {@link #builder()} (the command line runs exactly this):
 *
 * <pre>{@code
 * TrendReport report = Trendspor.builder()
 *         .inputs(List.of(Path.of("reports")))
 *         .tables(List.of(Path.of("nokkeltall.csv")))        // needs trendspor-tables
 *         .sectorOverrides(Map.of("Grunnskoleopplæring", "Oppvekst skole"))
 *         .threads(4)
 *         .progress((step, done, total) -> System.err.println(done + "/" + total + " " + step))
 *         .analyze();
 * }</pre>
 */
public final class Trendspor {

    private Trendspor() {
    }

    /**
     * Options for one analysis: inputs, key-figure tables, sector overrides, stemmer, threads or a
     * caller's executor, a progress listener and cancellation.
     *
     * @return a builder with the defaults (no inputs, no tables, {@link AnalysisOptions#defaults()},
     *         the threads of {@link no.trendspor.match.ChallengeAnalysis#THREADS_PROPERTY})
     */
    public static Builder builder() {
        return new Builder();
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
        List<KeyFigureReader> readers = Providers.of(KeyFigureReader.class);
        if (readers.isEmpty()) {
            throw new no.trendspor.ingest.InputException(tables.get(0).toString(), 0,
                    "reading key-figure tables needs the artifact no.trendspor:trendspor-tables on the class path");
        }
        KeyFigures keyFigures = readers.get(0).read(tables, report.indicators(), options.analyzer());
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

    /**
     * The options of one analysis; {@link #analyze()} runs it. Not thread-safe; one builder may run
     * several analyses one after the other.
     */
    public static final class Builder {

        private final List<Path> inputs = new ArrayList<>();
        private final List<Path> tables = new ArrayList<>();
        private final List<ReportDocument> documents = new ArrayList<>();
        private AnalysisOptions options = AnalysisOptions.defaults();
        private Integer threads;
        private java.util.concurrent.Executor executor;
        private ProgressListener progress = ProgressListener.NONE;
        private java.util.function.BooleanSupplier cancelled = () -> false;

        private Builder() {
        }

        /**
         * Adds reports already read (e.g. by {@link ReportLoader#parse(String, byte[])} from standard
         * input); they are analysed after the files, as if read last.
         *
         * @param reports parsed reports
         * @return this builder
         */
        public Builder documents(List<ReportDocument> reports) {
            documents.addAll(reports);
            return this;
        }

        /**
         * Adds report files or directories (a directory contributes every {@code .txt} file below it).
         *
         * @param paths files or directories
         * @return this builder
         */
        public Builder inputs(List<Path> paths) {
            inputs.addAll(paths);
            return this;
        }

        /**
         * Adds key-figure tables (CSV or JSON-stat) to set beside the prose indicators; reading them
         * needs the artifact {@code trendspor-tables}.
         *
         * @param paths table files
         * @return this builder
         */
        public Builder tables(List<Path> paths) {
            tables.addAll(paths);
            return this;
        }

        /**
         * Sector names as a report prints them, mapped to the aligned sector they belong to.
         *
         * @param overrides e.g. "Grunnskoleopplæring" → "Oppvekst skole"
         * @return this builder
         */
        public Builder sectorOverrides(Map<String, String> overrides) {
            options = options.withSectorOverrides(overrides);
            return this;
        }

        /**
         * The stemmer of the analysis chain.
         *
         * @param stemmer the stemmer
         * @return this builder
         */
        public Builder stemmer(no.trendspor.text.StemmerChoice stemmer) {
            options = options.withStemmer(stemmer);
            return this;
        }

        /**
         * All matching options at once (thresholds, stemmer, sector overrides), replacing those set so far.
         *
         * @param analysisOptions the options
         * @return this builder
         */
        public Builder options(AnalysisOptions analysisOptions) {
            options = java.util.Objects.requireNonNull(analysisOptions, "analysisOptions");
            return this;
        }

        /**
         * How many threads the analysis uses (a pool made and ended by the run); the output is the
         * same for any count. Clears {@link #executor}.
         *
         * @param count at least 1; 1 runs everything on the calling thread
         * @return this builder
         */
        public Builder threads(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("threads must be positive: " + count);
            }
            threads = count;
            executor = null;
            return this;
        }

        /**
         * Runs the analysis's tasks on the caller's executor instead of a pool of its own; the
         * output is the same. Clears {@link #threads}.
         *
         * @param tasks where the tasks run (never shut down by Trendspor)
         * @return this builder
         */
        public Builder executor(java.util.concurrent.Executor tasks) {
            executor = java.util.Objects.requireNonNull(tasks, "tasks");
            threads = null;
            return this;
        }

        /**
         * Told of each step (each input file read, then the analysis).
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder progress(ProgressListener listener) {
            progress = java.util.Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Asked before each step; once it answers true, {@link #analyze()} stops with a
         * {@link java.util.concurrent.CancellationException}.
         *
         * @param isCancelled e.g. {@code flag::get} of an {@code AtomicBoolean}
         * @return this builder
         */
        public Builder cancellation(java.util.function.BooleanSupplier isCancelled) {
            cancelled = java.util.Objects.requireNonNull(isCancelled, "isCancelled");
            return this;
        }

        /**
         * Reads the inputs one file at a time, applies the whole-run checks, analyses them and adds
         * the key-figure tables.
         *
         * @return the report
         * @throws no.trendspor.ingest.InputException naming the file and line of the first unreadable input
         * @throws java.util.concurrent.CancellationException when cancelled
         */
        public TrendReport analyze() {
            // reports given already read (standard input) may stand alone
            List<Path> files = inputs.isEmpty() && !documents.isEmpty() ? List.of()
                    : no.trendspor.io.InputFiles.resolve(inputs);
            int total = files.size() + 1;
            // read in parallel (a bounded window of files, taken in sorted order); told of each in order
            int[] done = {0};
            int readers = threads != null ? threads : no.trendspor.match.Parallel.threads();
            List<ReportDocument> docs = new ArrayList<>(files.isEmpty() ? List.of()
                    : new ReportLoader().read(files, readers, file -> {
                        checkCancelled();
                        progress.step("read " + file.getFileName(), done[0]++, total);
                    }));
            docs.addAll(documents);
            checkCancelled();
            progress.step("analysing", done[0], total);
            List<ReportDocument> consolidated = ReportLoader.consolidate(docs);
            TrendReport report = executor != null ? analyzeOn(consolidated, executor, false)
                    : no.trendspor.match.Parallel.run(threads != null ? threads : no.trendspor.match.Parallel.threads(),
                            pool -> analyzeOn(consolidated, pool, pool != null));
            checkCancelled();
            return withKeyFigures(report, tables, options);
        }

        /**
         * Indicators and challenges are independent analyses of one aligned corpus. On a pool of the
         * run's own, the indicators are analysed on a thread of their own meanwhile: the joining of
         * their series is sequential and would otherwise leave the pool idle. (A caller's executor
         * runs them one after the other: no thread is made behind the caller's back.)
         */
        private TrendReport analyzeOn(List<ReportDocument> documents, java.util.concurrent.Executor pool,
                                      boolean ownPool) {
            AlignedCorpus corpus = AlignedCorpus.of(documents, options, pool);
            checkCancelled();
            if (!ownPool) {
                IndicatorResult indicators = IndicatorAnalysis.result(corpus, pool);
                checkCancelled();
                return new TrendReport(corpus.documents(), ChallengeAnalysis.analyze(corpus, pool), indicators.series(),
                        KeyFigures.NONE, indicators.unnamed());
            }
            java.util.concurrent.FutureTask<IndicatorResult> indicatorTask =
                    new java.util.concurrent.FutureTask<>(() -> IndicatorAnalysis.result(corpus, pool));
            Thread indicatorThread = new Thread(indicatorTask, "trendspor-indicators");
            indicatorThread.setDaemon(true);
            indicatorThread.start();
            no.trendspor.match.ChallengeAnalysisResult challenges;
            try {
                challenges = ChallengeAnalysis.analyze(corpus, pool);
            } catch (RuntimeException | Error e) {
                indicatorTask.cancel(true);
                throw e;
            }
            IndicatorResult indicators = no.trendspor.match.Parallel.result(indicatorTask);
            checkCancelled();
            return new TrendReport(corpus.documents(), challenges, indicators.series(), KeyFigures.NONE,
                    indicators.unnamed());
        }

        private void checkCancelled() {
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("analysis cancelled");
            }
        }
    }
}
