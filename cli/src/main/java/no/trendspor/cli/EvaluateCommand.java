package no.trendspor.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import no.trendspor.eval.GoldDocuments;
import no.trendspor.eval.GoldEvaluation;
import no.trendspor.eval.GoldFile;
import no.trendspor.eval.IngestedDocuments;
import no.trendspor.ingest.InputException;
import no.trendspor.match.AnalysisOptions;
import no.trendspor.model.ReportDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code trendspor evaluate}: measures recurring-challenge detection against hand-made gold data:
 * pairwise precision, recall and F1 next to a word-overlap baseline, statement-extraction recall,
 * follow-ups, relation agreement, and every false positive and negative with its text.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Measure the matching against gold data (pairwise precision/recall/F1, baseline, errors).")
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "DIR", defaultValue = "../shared/gold",
            description = "Folder of gold JSON files (default: ${DEFAULT-VALUE}).")
    Path gold;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpus",
            description = "Folder of the corpus pages the gold names (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "../shared/seeds",
            description = "Folder of the seed files the gold names (default: ${DEFAULT-VALUE}).")
    Path seeds;

    @Option(names = "--oracle",
            description = "Match the gold statements themselves instead of what the ingest extracts from the pages.")
    boolean oracle;

    @Option(names = "--threshold", paramLabel = "T", description = "Match threshold in [0, 1] (default: the library's).")
    Double threshold;

    @Option(names = "--sweep", description = "Also sweep the threshold and run leave-one-chain-out.")
    boolean sweep;

    @Option(names = "--stemmers", description = "Also compare the Norwegian stemmers.")
    boolean stemmers;

    @Option(names = "--word-knowledge", paramLabel = "SOURCE",
            description = "Norwegian word knowledge for the analysis: none (the default), bundled (the public-sector "
                    + "equivalences), system (those and the Hunspell/thesaurus files where Debian installs them), or "
                    + "a folder holding nb_NO.aff/.dic and th_nb_NO_v2.dat.")
    String wordKnowledge;

    @Option(names = "--variants", description = "Also measure each word-knowledge variant with and without "
            + "(dictionaries from --word-knowledge's folder, else the system's).")
    boolean variants;

    @Option(names = "--audit", description = "Instead: list every sector and indicator name found in the corpus "
            + "pages (--corpus) and seeds (--seeds), and the indicator names that are not noun phrases.")
    boolean audit;

    @Override
    public Integer call() {
        if (audit) {
            if (!Files.isDirectory(corpus)) {
                throw new InputException(corpus.toString(), 0, "no corpus folder here (give one with --corpus)");
            }
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            try (PrintStream ps = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
                no.trendspor.eval.CorpusAudit.print(ps, no.trendspor.eval.CorpusAudit.inputs(corpus, seeds),
                        AnalysisOptions.defaults());
            }
            spec.commandLine().getOut().print(buffer.toString(StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
            return 0;
        }
        if (!Files.isDirectory(gold)) {
            throw new InputException(gold.toString(), 0, "no gold folder here (give one with --gold)");
        }
        AnalysisOptions options = AnalysisOptions.defaults();
        if (threshold != null) {
            if (threshold < 0 || threshold > 1) {
                throw new UsageException("--threshold must be in [0, 1], was " + threshold);
            }
            options = options.withMatchThreshold(threshold);
        }
        if (wordKnowledge != null) {
            options = options.withWordKnowledge(AnalyzeCommand.wordKnowledge(wordKnowledge));
        }
        List<GoldFile> goldFiles = GoldFile.readAll(gold);
        List<ReportDocument> documents = oracle ? GoldDocuments.of(goldFiles)
                : IngestedDocuments.of(goldFiles, corpus, seeds);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            ps.println(oracle ? "Documents: built from the gold statements (oracle extraction)"
                    : "Documents: parsed by the ingest from " + corpus + " and " + seeds);
            GoldEvaluation.print(ps, goldFiles, documents, options, sweep, stemmers);
            if (variants) {
                no.trendspor.text.WordKnowledgeSources dictionaries = wordKnowledge == null
                        || !Files.isDirectory(Path.of(wordKnowledge)) ? no.trendspor.text.WordKnowledgeSources.system()
                        : no.trendspor.text.WordKnowledgeSources.in(Path.of(wordKnowledge));
                GoldEvaluation.printVariants(ps, goldFiles, documents, AnalysisOptions.defaults(), dictionaries);
            }
        }
        spec.commandLine().getOut().print(buffer.toString(StandardCharsets.UTF_8));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
