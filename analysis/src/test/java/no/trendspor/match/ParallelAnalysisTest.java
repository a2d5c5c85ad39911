package no.trendspor.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.trendspor.ingest.IngestHints;
import no.trendspor.ingest.ReportParser;
import no.trendspor.model.ReportDocument;
import no.trendspor.seeds.Seeds;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The analysis gives the same result on one thread as on several: municipalities are analysed as
 * separate tasks and merged in a fixed order, and the shared similarity model must not let one
 * task's work change another's scores.
 */
class ParallelAnalysisTest {

    /**
     * Both seeds under several municipality names: several tasks of real report text. (The name
     * is set on the parsed document: a seed that names its municipality keeps it over a hint.)
     */
    private static List<ReportDocument> seedsAsMunicipalities(String... municipalities) {
        ReportParser parser = new ReportParser();
        List<ReportDocument> docs = new ArrayList<>();
        for (String municipality : municipalities) {
            for (String seed : Seeds.names()) {
                ReportDocument d = parser.parse(municipality + "/" + seed, Seeds.bytes(seed), IngestHints.NONE);
                docs.add(new ReportDocument(d.source(), d.year(), d.yearSource(), municipality, d.sectors(),
                        d.headings(), d.unclassified(), d.warnings(), d.lineCount()));
            }
        }
        return docs;
    }

    @Test
    void oneThreadAndSeveralThreadsGiveEqualResults() {
        List<ReportDocument> docs = seedsAsMunicipalities("Alfa", "Beta", "Gamma", "Delta", "Epsilon");
        ChallengeAnalysisResult sequential = ChallengeAnalysis.analyze(docs, AnalysisOptions.defaults(), 1);

        // Each municipality is a task of its own, and there is something to compare.
        assertEquals(5, sequential.sectorAlignments().stream().map(SectorAlignment::municipality).distinct().count());
        assertTrue(!sequential.recurringChallenges().isEmpty() && !sequential.themeDiffs().isEmpty());

        for (int threads : new int[] {2, 3, 8}) {
            assertEquals(sequential, ChallengeAnalysis.analyze(docs, AnalysisOptions.defaults(), threads),
                    threads + " threads");
        }
    }

    @Test
    void theOrderDocumentsAreGivenInDoesNotMatterOnSeveralThreads() {
        List<ReportDocument> docs = seedsAsMunicipalities("Nord", "Sør", "Øst");
        List<ReportDocument> reversed = new ArrayList<>(docs);
        java.util.Collections.reverse(reversed);
        assertEquals(ChallengeAnalysis.analyze(docs, AnalysisOptions.defaults(), 1),
                ChallengeAnalysis.analyze(reversed, AnalysisOptions.defaults(), 4));
    }

    @Test
    void realCorpusPagesGiveEqualResultsOnOneAndSeveralThreads() throws IOException {
        Path corpus = Path.of(System.getProperty("trendspor.root", ".")).resolve("../shared/corpus");
        Assumptions.assumeTrue(Files.isDirectory(corpus), "no shared corpus at " + corpus);
        List<ReportDocument> docs = new ArrayList<>();
        ReportParser parser = new ReportParser();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                com.fasterxml.jackson.databind.JsonNode page = json.readTree(file.toFile());
                if (!page.hasNonNull("text") || !page.hasNonNull("municipality") || !page.hasNonNull("year")) {
                    continue;
                }
                docs.add(parser.parse(file.getFileName().toString(), page.get("text").asText(),
                        new IngestHints(page.get("year").asInt(), page.get("municipality").asText(), null)));
            }
        }
        Map<String, Long> perMunicipality = docs.stream()
                .collect(Collectors.groupingBy(ReportDocument::municipality, Collectors.counting()));
        Assumptions.assumeTrue(perMunicipality.size() > 1, "the corpus names fewer than two municipalities");
        assertEquals(ChallengeAnalysis.analyze(docs, AnalysisOptions.defaults(), 1),
                ChallengeAnalysis.analyze(docs, AnalysisOptions.defaults(), 2));
    }

    @Test
    void aThreadCountBelowOneIsRefused() {
        List<ReportDocument> docs = seedsAsMunicipalities("Alfa");
        assertThrows(IllegalArgumentException.class,
                () -> ChallengeAnalysis.analyze(docs, AnalysisOptions.defaults(), 0));
    }
}
