package no.trendspor.io;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.trendspor.ingest.IngestHints;
import no.trendspor.ingest.InputException;
import no.trendspor.ingest.ReportParser;
import no.trendspor.model.ReportDocument;
import no.trendspor.seeds.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole-run checks of the loader at library level. */
class ReportLoaderTest {

    @TempDir
    Path tmp;

    @Test
    void twoDocumentsForTheSameMunicipalitySectorAndYearAreRefusedAtLibraryLevel() {
        ReportParser parser = new ReportParser();
        byte[] seed = Seeds.bytes(Seeds.BAERUM_2018);
        List<ReportDocument> docs = List.of(parser.parse("one.txt", seed, IngestHints.NONE),
                parser.parse("two.txt", seed, IngestHints.NONE));
        InputException e = assertThrows(InputException.class, () -> ReportLoader.consolidate(docs));
        assertEquals("two.txt", e.source());
        assertTrue(e.getMessage().contains("as one.txt"), e.getMessage());
    }

    @Test
    void theSameFileNamedTwiceIsNoDuplicateClaim() throws IOException {
        Path f = Files.write(tmp.resolve("baerum-2018.txt"), Seeds.bytes(Seeds.BAERUM_2018));
        List<ReportDocument> docs = new ReportLoader().load(List.of(f, tmp, tmp.resolve("./baerum-2018.txt")));
        assertEquals(1, docs.size());
    }

    @Test
    void filesReadWholeTooLargeForTheHeapAreRefusedBeforeReadingNamingTheLargest() throws IOException {
        Path small = Files.writeString(tmp.resolve("a.json"), "x".repeat(100));
        Path large = Files.writeString(tmp.resolve("b.pdf"), "x".repeat(1000));
        Path streamed = Files.writeString(tmp.resolve("c.txt"), "x".repeat(5000));
        long heap = 1100L * ReportLoader.HEAP_PER_INPUT_BYTE - 1;
        // text files are streamed: their size does not count, however large
        assertDoesNotThrow(() -> ReportLoader.requireHeapFor(List.of(streamed), 1));
        InputException e = assertThrows(InputException.class, () -> ReportLoader.requireHeapFor(List.of(small, large), heap));
        assertEquals(large.toString(), e.source());
        assertTrue(e.getMessage().contains("largest of 2 files") && e.getMessage().contains("-Xmx"), e.getMessage());
        assertDoesNotThrow(() -> ReportLoader.requireHeapFor(List.of(small, large), heap + 1));
        assertDoesNotThrow(() -> ReportLoader.requireHeapFor(List.of(small, large), Long.MAX_VALUE));
    }

    @Test
    void theOutOfMemoryMessageTellsHowToGiveJavaMore() {
        String m = ReportLoader.outOfMemoryMessage();
        assertTrue(m.startsWith("out of memory") && m.contains("TRENDSPOR_JAVA_OPTS=-Xmx"), m);
    }
}
