package no.trendspor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import no.trendspor.io.InputFiles;
import no.trendspor.io.ReportLoader;
import no.trendspor.match.ChallengeIndex;
import no.trendspor.match.SearchHit;
import no.trendspor.model.ReportDocument;
import no.trendspor.report.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code trendspor find}: which municipalities name a given challenge, and since when. Searches the
 * challenge statements of all given reports with a BM25 index over their Norwegian analysis.
 */
@Command(name = "find", mixinStandardHelpOptions = true,
        description = "Rank the challenge statements of all given reports that state the same challenge as QUERY.")
final class FindCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Option(names = {"-n", "--limit"}, defaultValue = "20", description = "At most this many hits (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = {"-f", "--format"}, defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Parameters(index = "0", paramLabel = "QUERY", description = "The challenge in words, e.g. \"rekruttering av helsesykepleiere\".")
    String query;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH", description = "Report files or directories.")
    List<Path> paths;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new UsageException("--limit must be at least 1, was " + limit);
        }
        if (query.isBlank()) {
            throw new UsageException("the query is empty");
        }
        List<ReportDocument> docs = new ReportLoader().load(InputFiles.resolve(paths));
        List<SearchHit> hits;
        try (ChallengeIndex index = ChallengeIndex.build(no.trendspor.match.AlignedCorpus.of(docs))) {
            // NFC, the form all report text is read in (a query typed on macOS may be decomposed)
            hits = index.search(java.text.Normalizer.normalize(query, java.text.Normalizer.Form.NFC), limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.print(ReportJson.write(new FindResult(query, hits)));
        } else {
            printText(out, hits);
        }
        out.flush();
        return 0;
    }

    /** The JSON shape of a search: the query and its ranked hits. */
    record FindResult(String query, List<SearchHit> hits) {
    }

    private void printText(PrintWriter out, List<SearchHit> hits) {
        if (hits.isEmpty()) {
            out.println("No challenge statement matches \"" + query + "\".");
            return;
        }
        // Since when: the first year each municipality names a matching challenge.
        Map<String, Integer> since = new TreeMap<>();
        for (SearchHit h : hits) {
            since.merge(h.municipality() + " / " + h.sector(), h.year(), Math::min);
        }
        out.println("Challenges matching \"" + query + "\":");
        for (SearchHit h : hits) {
            out.println(String.format(Locale.ROOT, "%7.3f  %s %d  %s: %s", h.score(), h.municipality(), h.year(),
                    h.sector(), h.text()));
        }
        out.println();
        out.println("Named since:");
        since.forEach((who, year) -> out.println("  " + who + ": " + year));
    }
}
