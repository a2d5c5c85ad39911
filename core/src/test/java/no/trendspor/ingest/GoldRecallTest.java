package no.trendspor.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Extraction recall against the hand-made gold statements: for each gold result / challenge
 * bullet, a statement of the same section whose original text equals it after collapsing
 * whitespace (by prefix for bullets the excerpt cuts). Prints recall per section.
 */
class GoldRecallTest {

    /** Floor the extractor reaches on the gold chains in /work/shared/gold. */
    private static final double RECALL_FLOOR = 1.0;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> SEED_FILES = Map.of(
            "000_7585b69cfa92b26c.txt", no.trendspor.seeds.Seeds.BAERUM_2018,
            "001_7fe0864c3be9aa04.txt", no.trendspor.seeds.Seeds.BAERUM_2020);

    private final ReportParser parser = new ReportParser();
    private final Map<String, ReportDocument> parsed = new HashMap<>();

    @Test
    void everyGoldBulletIsExtracted() throws IOException {
        Assumptions.assumeTrue(TestData.sharedPresent("gold") && TestData.sharedPresent("corpus"), "no gold data");
        List<Path> goldFiles;
        try (Stream<Path> files = Files.list(TestData.shared().resolve("gold"))) {
            goldFiles = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        Map<String, int[]> perSection = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (Path gold : goldFiles) {
            for (JsonNode item : JSON.readTree(gold.toFile()).path("statements")) {
                String section = item.get("section").asText();
                String file = item.get("file").asText();
                String want = collapse(item.get("text").asText());
                boolean truncated = item.path("truncated").asBoolean(false);
                ReportDocument doc = document(file, item.path("year").asInt());
                boolean found = doc.statements().stream()
                        .filter(s -> s.section().jsonName().equals(section))
                        .map(Statement::originalText).map(GoldRecallTest::collapse)
                        .anyMatch(got -> truncated ? got.startsWith(want) || want.startsWith(got) : got.equals(want));
                int[] counts = perSection.computeIfAbsent(section, k -> new int[2]);
                counts[1]++;
                if (found) {
                    counts[0]++;
                } else {
                    misses.add(item.get("id").asText() + " (" + file + ")");
                }
            }
        }
        int hit = 0;
        int total = 0;
        for (Map.Entry<String, int[]> e : perSection.entrySet()) {
            int[] c = e.getValue();
            System.out.printf(Locale.ROOT, "gold recall %-10s %3d/%3d = %.3f%n", e.getKey(), c[0], c[1],
                    (double) c[0] / c[1]);
            hit += c[0];
            total += c[1];
        }
        System.out.printf(Locale.ROOT, "gold recall %-10s %3d/%3d = %.3f%n", "all", hit, total, (double) hit / total);
        if (!misses.isEmpty()) {
            System.out.println("gold misses: " + misses);
        }
        assertTrue(total > 0, "gold has statements");
        for (Map.Entry<String, int[]> e : perSection.entrySet()) {
            double recall = (double) e.getValue()[0] / e.getValue()[1];
            assertTrue(recall >= RECALL_FLOOR, () -> e.getKey() + " recall " + recall + "; misses " + misses);
        }
    }

    private ReportDocument document(String file, int year) throws IOException {
        ReportDocument doc = parsed.get(file);
        if (doc != null) {
            return doc;
        }
        if (SEED_FILES.containsKey(file)) {
            doc = parser.parse(file, no.trendspor.seeds.Seeds.bytes(SEED_FILES.get(file)), IngestHints.NONE);
        } else {
            JsonNode page = JSON.readTree(TestData.shared().resolve("corpus").resolve(file).toFile());
            doc = parser.parse(file, page.get("text").asText().getBytes(StandardCharsets.UTF_8),
                    CorpusPagesTest.hints(page));
        }
        parsed.put(file, doc);
        return doc;
    }

    /** Whitespace runs, no-break and narrow spaces included, to one space; trimmed. */
    static String collapse(String s) {
        return s.replaceAll("[\\s\\u00A0\\u2007\\u202F\\u2009]+", " ").strip();
    }
}
