package no.trendspor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import no.trendspor.Trendspor;
import no.trendspor.io.InputFiles;
import no.trendspor.match.AnalysisOptions;
import no.trendspor.io.ReportLoader;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.Warning;
import no.trendspor.report.TrendReport;
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

    @Option(names = {"-t", "--table"}, paramLabel = "TABLE",
            description = "A key-figure table (CSV or JSON-stat, as SSB's statistics bank writes them) to set "
                    + "beside the indicators the reports state; may be repeated.")
    List<Path> tables = new ArrayList<>();

    @Option(names = "--sector", paramLabel = "NAME=SECTOR",
            description = "Treat sector NAME (as a report prints it) as SECTOR when aligning renamed sectors across "
                    + "years, e.g. --sector Grunnskoleopplæring=\"Oppvekst skole\"; may be repeated.")
    java.util.Map<String, String> sectorOverrides = new java.util.LinkedHashMap<>();

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Report files (.txt, .pdf, or .json report pages), or directories searched recursively for them.")
    List<Path> paths;

    @Override
    public Integer call() {
        List<Path> inputs = InputFiles.resolve(paths);
        List<Path> allInputs = new ArrayList<>(inputs);
        allInputs.addAll(tables);
        ReportOutput.validate(out, allInputs);
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = Progress.forTerminal(err, inputs.size());
        TrendReport report;
        try {
            // The library reads the files in parallel and tells of each, in order, so the bar moves.
            List<ReportDocument> docs = new ReportLoader().load(inputs, ReportLoader.threads(),
                    input -> progress.step("read " + input.getFileName()));
            progress.step("analysing");
            AnalysisOptions options = AnalysisOptions.defaults().withSectorOverrides(sectorOverrides);
            report = Trendspor.withKeyFigures(Trendspor.analyzeDocuments(docs, options), tables, options);
        } finally {
            progress.done();
        }
        for (ReportDocument d : report.documents()) {
            for (Warning w : d.warnings()) {
                err.println("trendspor: warning: " + d.source() + (w.line() > 0 ? ":" + w.line() : "") + ": "
                        + w.message());
            }
        }
        ReportOutput.Body body = switch (format) {
            case json -> report::writeJson;
            case markdown -> w -> w.write(report.toMarkdown());
            case html -> w -> w.write(report.toHtml());
        };
        ReportOutput.deliver(body, out, allInputs, spec.commandLine().getOut());
        return 0;
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

        /** Enabled when there is a console (System.console() != null) and many files. */
        static Progress forTerminal(PrintWriter err, int files) {
            return new Progress(err, files, System.console() != null && files >= PROGRESS_THRESHOLD);
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
