package no.trendspor.ingest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import no.trendspor.model.ReportDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every corpus page parses without an exception and without losing a non-blank line. */
class CorpusPagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ReportParser parser = new ReportParser();

    static List<Path> corpusFiles() throws IOException {
        try (Stream<Path> files = Files.list(TestData.shared().resolve("corpus"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    static IngestHints hints(JsonNode page) {
        return new IngestHints(page.path("year").isInt() ? page.get("year").asInt() : null,
                page.path("municipality").asText(null), page.path("sector").asText(null),
                IngestHints.kindOf(page.path("doc_type").asText(null)));
    }

    @TestFactory
    Stream<DynamicTest> everyPageParsesLosslessly() throws IOException {
        Assumptions.assumeTrue(TestData.sharedPresent("corpus"), "no shared corpus");
        return corpusFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            JsonNode page = JSON.readTree(file.toFile());
            String text = page.get("text").asText();
            ReportDocument doc = assertDoesNotThrow(() -> parser.parse(file.getFileName().toString(),
                    text.getBytes(StandardCharsets.UTF_8), hints(page)));
            TestData.assertLossless(text, doc);
            assertTrue(doc.year() >= 1990 && doc.year() <= 2100);
        }));
    }

    @Test
    void mojibakePagesAreRepairedWithAWarning() throws IOException {
        Assumptions.assumeTrue(TestData.sharedPresent("corpus"), "no shared corpus");
        for (String name : List.of("baerum_2015_issuu-innhold.json", "baerum_2017_issuu-innhold.json")) {
            Path file = TestData.shared().resolve("corpus").resolve(name);
            Assumptions.assumeTrue(Files.exists(file), "missing " + name);
            JsonNode page = JSON.readTree(file.toFile());
            String text = page.get("text").asText();
            ReportDocument doc = parser.parse(name, text, hints(page));
            assertTrue(doc.warnings().stream().anyMatch(w -> w.code().equals("encoding-repaired")), name);
            // The repaired title line is recognised as a title; the damaged form is gone from headings.
            assertFalse(doc.headings().stream().anyMatch(h -> h.text().contains("Ă")), name);
            assertEquals(page.get("year").asInt(), doc.year(), name);
        }
    }

    @Test
    void parsingTheWholeCorpusAsOneRunUsesSharedVocabulary() throws IOException {
        Assumptions.assumeTrue(TestData.sharedPresent("corpus"), "no shared corpus");
        List<ReportParser.Input> inputs = new java.util.ArrayList<>();
        for (Path file : corpusFiles()) {
            JsonNode page = JSON.readTree(file.toFile());
            inputs.add(new ReportParser.Input(file.getFileName().toString(),
                    page.get("text").asText().getBytes(StandardCharsets.UTF_8), hints(page)));
        }
        List<ReportDocument> docs = parser.parseAll(inputs);
        assertEquals(inputs.size(), docs.size());
        for (int i = 0; i < docs.size(); i++) {
            assertEquals(inputs.get(i).source(), docs.get(i).source());
            TestData.assertLossless(new String(inputs.get(i).bytes(), StandardCharsets.UTF_8), docs.get(i));
        }
    }
}
