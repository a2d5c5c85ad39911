package no.trendspor.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import no.trendspor.seeds.Seeds;
import org.junit.jupiter.api.Test;

/**
 * Runs the extractor over every corpus page (each line as one statement) and checks invariants
 * that must hold on any text: spans match their quotes, no plain year is read as a count, values
 * are finite. With {@code -Dtrendspor.printCorpus=true} it prints every observation for review.
 */
class CorpusExtractionTest {

    @Test
    void invariantsOnTheCorpus() throws Exception {
        Path corpus = Path.of(System.getProperty("trendspor.root", ".")).resolve("../shared/corpus");
        assumeTrue(Files.isDirectory(corpus), "../shared/corpus not present");
        boolean print = Boolean.getBoolean("trendspor.printCorpus");
        IndicatorExtractor extractor = new IndicatorExtractor();
        ObjectMapper mapper = new ObjectMapper();
        int observations = 0;
        int qualitative = 0;
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            JsonNode page = mapper.readTree(file.toFile());
            int year = page.path("year").asInt();
            String[] lines = page.path("text").asText("").split("\\R");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                StatementIndicators result = extractor.extract("L" + (i + 1), line, file.getFileName().toString(), year);
                for (Observation o : result.observations()) {
                    observations++;
                    Provenance p = o.provenance();
                    assertEquals(line.substring(p.start(), p.end()), p.quote());
                    assertTrue(Double.isFinite(o.value()));
                    assertFalse(o.unit() == IndicatorUnit.COUNT && o.kind() == Observation.Kind.LEVEL
                            && o.value() >= 1900 && o.value() <= 2099 && p.quote().matches("\\d{4}"),
                            "year read as a count: " + p.quote() + " in " + line);
                    if (print) {
                        System.out.printf(Locale.ROOT, "%s:%d %d %s %s %s «%s» [%s]%n", file.getFileName(), i + 1,
                                o.year(), o.kind(), o.value(), o.unit().label(), p.quote(), o.name());
                    }
                }
                for (QualitativeObservation q : result.qualitative()) {
                    qualitative++;
                    if (print) {
                        System.out.printf(Locale.ROOT, "%s:%d %s «%s» [%s]%n", file.getFileName(), i + 1,
                                q.direction(), q.provenance().quote(), q.subject());
                    }
                }
            }
        }
        for (String seed : Seeds.names()) {
            String[] lines = new String(Seeds.bytes(seed), StandardCharsets.UTF_8).split("\\R");
            for (int i = 0; i < lines.length; i++) {
                for (Observation o : extractor.extract("L" + (i + 1), lines[i], seed, 0).observations()) {
                    observations++;
                    assertEquals(lines[i].substring(o.provenance().start(), o.provenance().end()), o.provenance().quote());
                    if (print) {
                        System.out.printf(Locale.ROOT, "%s:%d %d %s %s %s «%s» [%s]%n", seed, i + 1, o.year(),
                                o.kind(), o.value(), o.unit().label(), o.provenance().quote(), o.name());
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "Corpus and seeds: %d pages, %d observations, %d stated directions%n", files.size(),
                observations, qualitative);
        assertTrue(observations > 0);
    }
}
