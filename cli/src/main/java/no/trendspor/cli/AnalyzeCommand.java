package no.trendspor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import no.trendspor.Trendspor;
import no.trendspor.io.InputFiles;
import no.trendspor.match.AnalysisOptions;
import no.trendspor.match.Decisions;
import no.trendspor.io.ReportLoader;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.Warning;
import no.trendspor.report.TrendReport;
import no.trendspor.tables.KeyFigureTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code trendspor analyze}: ingest reports and print what changed between their years. */
@Command(name = "analyze",
        mixinStandardHelpOptions = true,
        description = "Analyse report texts: sectors, statements, recurring challenges, indicators.")
final class AnalyzeCommand implements Callable<Integer> {

    /** Report formats. */
    enum Format { json, markdown, html }

    /** From this many input files on, a terminal gets a progress bar on stderr. */
    static final int PROGRESS_THRESHOLD = 5;

    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--format"}, defaultValue = "json",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
                    + "html is one self-contained file with charts.")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of stdout (written whole or not at all).")
    Path out;

    @Option(names = "--charts", paramLabel = "DIR",
            description = "Also write every chart as a standalone SVG file into DIR (created if absent; "
                    + "existing files of the same name are replaced).")
    Path chartsDir;

    @Option(names = {"-t", "--table"}, paramLabel = "TABLE",
            description = "A key-figure table (CSV or JSON-stat, as SSB's statistics bank writes them) to set "
                    + "beside the indicators the reports state; may be repeated.")
    List<Path> tables = new ArrayList<>();

    @Option(names = "--sector", paramLabel = "NAME=SECTOR",
            description = "Treat sector NAME (as a report prints it) as SECTOR when aligning renamed sectors across "
                    + "years, e.g. --sector Grunnskoleopplæring=\"Oppvekst skole\"; may be repeated.")
    java.util.Map<String, String> sectorOverrides = new java.util.LinkedHashMap<>();

    @Option(names = "--decisions", paramLabel = "FILE",
            description = "An analyst's decisions file: links confirmed or rejected, words declared equivalent "
                    + "(format: docs/decisions.md). The report says which were applied and which match no statement.")
    Path decisions;

    @Option(names = "--word-knowledge", paramLabel = "SOURCE",
            description = "Norwegian word knowledge: none (the default), bundled (public-sector equivalences), "
                    + "system (those and Debian's hunspell-no / mythes-no files where installed), or a folder holding "
                    + "nb_NO.aff, nb_NO.dic and th_nb_NO_v2.dat. The dictionaries are read, never bundled.")
    String wordKnowledge;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Report .txt files, or directories searched recursively for .txt files; "
                    + "'-' reads one report from standard input.")
    List<Path> paths;

    /** Where '-' reads from; the command line sets it (System.in unless a caller gives another). */
    java.io.InputStream stdin = System.in;

    /** The name a report read from standard input is reported under. */
    static final String STDIN_SOURCE = "(stdin)";

    @Override
    public Integer call() {
        List<Path> named = paths.stream().filter(p -> !p.toString().equals("-")).toList();
        boolean fromStdin = named.size() < paths.size();
        List<Path> inputs = named.isEmpty() ? List.of() : InputFiles.resolve(named);
        tables.forEach(KeyFigureTables::check); // a missing table or a device is refused before any work
        List<Path> allInputs = new ArrayList<>(inputs);
        allInputs.addAll(tables);
        if (decisions != null) {
            allInputs.add(decisions);
        }
        ReportOutput.validate(out, allInputs);
        Decisions decided = decisions == null ? Decisions.NONE : Decisions.read(decisions);
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = Progress.forTerminal(err, inputs.size() + (fromStdin ? 1 : 0));
        TrendReport report;
        try {
            // the library's one entry point; the bar moves with its steps (one per file, then the analysis)
            List<ReportDocument> fromStdinDocs = fromStdin
                    ? List.of(new ReportLoader().parse(STDIN_SOURCE, readStdin())) : List.of();
            AnalysisOptions options = AnalysisOptions.defaults().withDecisions(decided);
            if (wordKnowledge != null) {
                options = options.withWordKnowledge(wordKnowledge(wordKnowledge));
            }
            report = Trendspor.builder().inputs(inputs).documents(fromStdinDocs).tables(tables).options(options)
                    .sectorOverrides(composed(sectorOverrides))
                    .progress((step, done, total) -> progress.step(step)).analyze();
        } finally {
            progress.done();
        }
        for (ReportDocument d : report.documents()) {
            for (Warning w : d.warnings()) {
                err.println("trendspor: warning: " + d.source() + (w.line() > 0 ? ":" + w.line() : "") + ": "
                        + w.message());
            }
        }
        for (no.trendspor.keyfigures.TableWarning w : report.keyFigures().warnings()) {
            err.println("trendspor: warning: " + w);
        }
        ReportOutput.Body body = switch (format) {
            case json -> new ReportOutput.Body() {
                @Override
                public void writeTo(java.io.Writer w) throws java.io.IOException {
                    report.writeJson(w);
                }

                @Override
                public void writeTo(java.io.OutputStream o) throws java.io.IOException {
                    report.writeJson(o);
                }
            };
            case markdown -> report::writeMarkdown;
            case html -> w -> w.write(report.toHtml());
        };
        ReportOutput.deliver(body, out, allInputs, spec.commandLine().getOut());
        if (chartsDir != null) {
            writeCharts(report, allInputs);
        }
        return 0;
    }

    /** The overrides in Unicode NFC, the form all report text is read in. */
    private static java.util.Map<String, String> composed(java.util.Map<String, String> overrides) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        overrides.forEach((k, v) -> out.put(java.text.Normalizer.normalize(k, java.text.Normalizer.Form.NFC),
                java.text.Normalizer.normalize(v, java.text.Normalizer.Form.NFC)));
        return out;
    }

    private byte[] readStdin() {
        try {
            return stdin.readAllBytes();
        } catch (java.io.IOException e) {
            throw new no.trendspor.ingest.InputException(STDIN_SOURCE, 0, "cannot read: " + e.getMessage());
        }
    }

    /** One .svg per chart, each written whole or not at all. */
    private void writeCharts(TrendReport report, List<Path> inputs) {
        try {
            java.nio.file.Files.createDirectories(chartsDir);
        } catch (java.io.IOException | UnsupportedOperationException e) {
            throw new OutputException(chartsDir + ": cannot create the chart directory (" + e.getMessage() + ")");
        }
        for (no.trendspor.report.ReportChart chart : report.charts()) {
            ReportOutput.deliver(chart.document(), chartsDir.resolve(chart.fileName()), inputs,
                    spec.commandLine().getOut());
        }
    }

    /** The word-knowledge sources an option names: none, bundled, system or a folder. */
    static no.trendspor.text.WordKnowledgeSources wordKnowledge(String spec) {
        return switch (spec) {
            case "none" -> no.trendspor.text.WordKnowledgeSources.none();
            case "bundled" -> no.trendspor.text.WordKnowledgeSources.bundled();
            case "system" -> no.trendspor.text.WordKnowledgeSources.system();
            default -> {
                Path dir = Path.of(spec);
                if (!java.nio.file.Files.isDirectory(dir)) {
                    throw new UsageException("--word-knowledge must be none, bundled, system or a folder; no folder "
                            + spec);
                }
                yield no.trendspor.text.WordKnowledgeSources.in(dir);
            }
        };
    }

    /**
     * A one-line progress bar on stderr, redrawn in place. Only when stderr is a terminal and the
     * run is long enough to be worth it; otherwise it prints nothing, so logs and pipes stay clean.
     */
    static final class Progress {

        private static final int WIDTH = 30;

        private final PrintWriter err;
        private final int total;
        private final boolean enabled;
        private int done;
        private int lastLength;

        Progress(PrintWriter err, int total, boolean enabled) {
            this.err = err;
            this.total = total + 1; // the files, then the analysis
            this.enabled = enabled;
        }

        /** Enabled when stderr is a terminal (whatever stdout is) and there are many files. */
        static Progress forTerminal(PrintWriter err, int files) {
            return new Progress(err, files, Terminal.stderrIsTerminal() && files >= PROGRESS_THRESHOLD);
        }

        boolean enabled() {
            return enabled;
        }

        /** Starts the next step, described by {@code what}. */
        void step(String what) {
            if (!enabled) {
                return;
            }
            int filled = WIDTH * done / total;
            String line = "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + (done + 1) + "/" + total
                    + " " + (what.length() > 40 ? what.substring(0, 39) + "…" : what);
            err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
            err.flush();
            lastLength = line.length();
            done++;
        }

        /** Clears the bar so the next message starts on a clean line. */
        void done() {
            if (!enabled || lastLength == 0) {
                return;
            }
            err.print("\r" + " ".repeat(lastLength) + "\r");
            err.flush();
            lastLength = 0;
        }
    }
}
