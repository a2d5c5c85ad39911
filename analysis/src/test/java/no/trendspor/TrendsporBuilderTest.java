package no.trendspor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import no.trendspor.match.AnalysisOptions;
import no.trendspor.text.StemmerChoice;
import org.junit.jupiter.api.Test;

/** The one entry point with options: the same report however it runs, told step by step, cancellable. */
class TrendsporBuilderTest {

    private static final Path SEEDS = Path.of(System.getProperty("trendspor.root", "..")).resolve("seeds");

    @Test
    void sameReportAsTheShortcutOnAnyNumberOfThreadsOrACallersExecutor() {
        String expected = Trendspor.analyze(SEEDS).toJson();
        assertEquals(expected, Trendspor.builder().inputs(List.of(SEEDS)).analyze().toJson());
        assertEquals(expected, Trendspor.builder().inputs(List.of(SEEDS)).threads(1).analyze().toJson());
        assertEquals(expected, Trendspor.builder().inputs(List.of(SEEDS)).threads(3).analyze().toJson());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicInteger tasks = new AtomicInteger();
        try {
            String onPool = Trendspor.builder().inputs(List.of(SEEDS))
                    .executor(task -> {
                        tasks.incrementAndGet();
                        pool.execute(task);
                    }).analyze().toJson();
            assertEquals(expected, onPool);
        } finally {
            pool.shutdownNow();
        }
        assertTrue(tasks.get() > 0, "the analysis ran its tasks on the caller's executor");
    }

    @Test
    void optionsReachTheAnalysis() {
        Map<String, String> overrides = Map.of("Grunnskoleopplæring", "Oppvekst skole");
        AnalysisOptions options = AnalysisOptions.defaults().withSectorOverrides(overrides)
                .withStemmer(StemmerChoice.MINIMAL);
        String expected = Trendspor.analyzeDocuments(new no.trendspor.io.ReportLoader().load(List.of(SEEDS)), options)
                .toJson();
        assertEquals(expected, Trendspor.builder().inputs(List.of(SEEDS)).sectorOverrides(overrides)
                .stemmer(options.stemmer()).analyze().toJson());
        assertEquals(expected, Trendspor.builder().inputs(List.of(SEEDS)).options(options).analyze().toJson());
        assertTrue(!expected.equals(Trendspor.analyze(SEEDS).toJson()), "the options change the report");
    }

    @Test
    void theListenerHearsEachFileThenTheAnalysis() {
        List<String> steps = new ArrayList<>();
        Trendspor.builder().inputs(List.of(SEEDS))
                .progress((step, done, total) -> steps.add(done + "/" + total + " " + step)).analyze();
        assertEquals(3, steps.size(), steps.toString());
        assertTrue(steps.get(0).startsWith("0/3 read "), steps.toString());
        assertTrue(steps.get(1).startsWith("1/3 read "), steps.toString());
        assertEquals("2/3 analysing", steps.get(2));
    }

    @Test
    void cancellationStopsBeforeTheNextStep() {
        List<String> steps = new ArrayList<>();
        assertThrows(CancellationException.class, () -> Trendspor.builder().inputs(List.of(SEEDS))
                .progress((step, done, total) -> steps.add(step))
                .cancellation(() -> !steps.isEmpty()).analyze());
        assertEquals(1, steps.size(), "stopped after the first file: " + steps);
    }

    @Test
    void aThreadCountBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Trendspor.builder().threads(0));
    }
}
