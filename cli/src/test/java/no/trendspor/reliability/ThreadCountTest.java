package no.trendspor.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import no.trendspor.Trendspor;
import no.trendspor.io.ReportLoader;
import no.trendspor.match.ChallengeAnalysis;
import no.trendspor.model.ReportDocument;
import org.junit.jupiter.api.Test;

/**
 * The number of threads never changes the output: files are read, statements analysed and
 * municipalities worked through in parallel, and the JSON is byte-identical on 1 and 8 threads.
 */
class ThreadCountTest {

    private static final Path ROOT = Path.of(System.getProperty("trendspor.root", "."));

    private static <T> T withThreads(int threads, Supplier<T> work) {
        String before = System.getProperty(ChallengeAnalysis.THREADS_PROPERTY);
        System.setProperty(ChallengeAnalysis.THREADS_PROPERTY, Integer.toString(threads));
        try {
            return work.get();
        } finally {
            if (before == null) {
                System.clearProperty(ChallengeAnalysis.THREADS_PROPERTY);
            } else {
                System.setProperty(ChallengeAnalysis.THREADS_PROPERTY, before);
            }
        }
    }

    @Test
    void theSeedsGiveTheSameJsonOnOneAndEightThreads() {
        Path seeds = ROOT.resolve("seeds");
        assumeTrue(Files.isDirectory(seeds), "seeds directory not found from " + ROOT.toAbsolutePath());
        assertEquals(withThreads(1, () -> Trendspor.analyze(seeds).toJson()),
                withThreads(8, () -> Trendspor.analyze(seeds).toJson()));
    }

    @Test
    void theSharedCorpusGivesTheSameJsonAndDocumentsOnOneAndEightThreads() {
        Path corpus = ROOT.resolve("../shared/corpus");
        assumeTrue(Files.isDirectory(corpus), "../shared/corpus not present");
        List<ReportDocument> one = new ReportLoader().load(List.of(corpus), 1, f -> { });
        List<ReportDocument> eight = new ReportLoader().load(List.of(corpus), 8, f -> { });
        assertEquals(one, eight);
        assertEquals(withThreads(1, () -> Trendspor.analyze(corpus).toJson()),
                withThreads(8, () -> Trendspor.analyze(corpus).toJson()));
    }
}
