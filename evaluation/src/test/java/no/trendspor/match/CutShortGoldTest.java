package no.trendspor.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.trendspor.eval.GoldFile;
import no.trendspor.eval.IngestedDocuments;
import no.trendspor.ingest.IngestHints;
import no.trendspor.ingest.ReportParser;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.Sector;
import org.junit.jupiter.api.Assumptions;
import no.trendspor.ingest.structure.Headings;
import org.junit.jupiter.api.Test;

/**
 * The ingest's {@link Sector#challengeListCutShort()} against the data in {@code ../shared}: the
 * gold's {@code challengeListComplete} per document, and the corpus pages' {@code truncated} field
 * (a page that is not cut must never be flagged). Skipped when the data is absent.
 */
class CutShortGoldTest {

    private static final Path SHARED = Path.of(System.getProperty("trendspor.root", ".")).resolve("../shared");

    @Test
    void theFlagAgreesWithTheGold() {
        Assumptions.assumeTrue(Files.isDirectory(SHARED.resolve("gold")) && Files.isDirectory(SHARED.resolve("corpus")));
        List<GoldFile> gold = GoldFile.readAll(SHARED.resolve("gold"));
        Map<String, ReportDocument> bySource = IngestedDocuments.of(gold, SHARED.resolve("corpus"), SHARED.resolve("seeds"))
                .stream().collect(Collectors.toMap(ReportDocument::source, Function.identity()));
        List<String> disagreements = new ArrayList<>();
        int n = 0;
        for (GoldFile g : gold) {
            for (GoldFile.Document d : g.documents()) {
                n++;
                // the ingest names a sector by its service area: "4 Sektor barn og unge" is "Barn og unge"
                ReportDocument doc = bySource.get(d.file());
                boolean cut = doc.sector(d.sector()).or(() -> doc.sector(Headings.serviceAreaName(d.sector())))
                        .map(Sector::challengeListCutShort).orElse(false);
                if (cut == d.challengeListComplete()) {
                    disagreements.add(d.file() + " (" + d.sector() + "): gold complete " + d.challengeListComplete());
                }
            }
        }
        assertTrue(n > 0);
        assertEquals(List.of(), disagreements, (n - disagreements.size()) + " of " + n + " agree");
    }

    @Test
    void aCorpusPageThatIsNotCutHasNoCutShortSector() throws IOException {
        Path corpus = SHARED.resolve("corpus");
        Assumptions.assumeTrue(Files.isDirectory(corpus));
        ObjectMapper json = new ObjectMapper();
        List<ReportParser.Input> inputs = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode page = json.readTree(p.toFile());
                if (!page.path("truncated").asBoolean(true)) {
                    inputs.add(new ReportParser.Input(p.getFileName().toString(),
                            page.path("text").asText("").getBytes(StandardCharsets.UTF_8),
                            new IngestHints(page.path("year").asInt(), page.path("municipality").asText(null),
                                    page.path("sector").asText(null))));
                }
            }
        }
        Assumptions.assumeTrue(!inputs.isEmpty());
        for (ReportDocument doc : new ReportParser().parseAll(inputs)) {
            for (Sector s : doc.sectors()) {
                assertTrue(!s.challengeListCutShort(), doc.source() + ": " + s);
            }
        }
    }
}
