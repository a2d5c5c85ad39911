package no.trendspor.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import no.trendspor.Trendspor;
import no.trendspor.io.InputFiles;
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
    enum Format { json, markdown }

    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--format"}, defaultValue = "json",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of stdout (written whole or not at all).")
    Path out;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Report .txt files, or directories searched recursively for .txt files.")
    List<Path> paths;

    @Override
    public Integer call() {
        List<Path> inputs = InputFiles.resolve(paths);
        ReportOutput.validate(out, inputs);
        TrendReport report = Trendspor.analyze(inputs);
        for (ReportDocument d : report.documents()) {
            for (Warning w : d.warnings()) {
                spec.commandLine().getErr().println("trendspor: warning: " + d.source()
                        + (w.line() > 0 ? ":" + w.line() : "") + ": " + w.message());
            }
        }
        String text = switch (format) {
            case json -> report.toJson();
            case markdown -> report.toMarkdown();
        };
        ReportOutput.deliver(text, out, inputs, spec.commandLine().getOut());
        return 0;
    }
}
