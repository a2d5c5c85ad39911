package no.trendspor.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import no.trendspor.ingest.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, limits that say so: a table is read as a stream of bounded size, a device or
 * directory is refused without being opened, a FIFO is read like a file; numbers too large for a
 * key figure and malformed CSV are said in words, naming the file and line.
 */
class TableLimitsTest {

    private static final String CSV = "region;år;verdi\n0219 Bærum;2019;92,3\n0219 Bærum;2020;93\n";

    @TempDir
    Path tmp;

    @Test
    void aDeviceOrDirectoryIsRefusedWithoutBeingOpened() {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        InputException zero = assertThrows(InputException.class,
                () -> KeyFigureTables.read(Path.of("/dev/zero"), TableDefaults.NONE));
        assertEquals("/dev/zero: is a device or another special file, not a table file (CSV or JSON-stat)",
                zero.getMessage());
        InputException dir = assertThrows(InputException.class, () -> KeyFigureTables.check(tmp));
        assertTrue(dir.getMessage().startsWith(tmp + ": is a directory"), dir.getMessage());
        InputException missing = assertThrows(InputException.class,
                () -> KeyFigureTables.check(tmp.resolve("nokkeltall.csv")));
        assertEquals(tmp.resolve("nokkeltall.csv") + ": no such file", missing.getMessage());
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedFromItsSize() throws IOException {
        Path big = Files.writeString(tmp.resolve("big.csv"), CSV);
        InputException e = assertThrows(InputException.class, () -> TableFile.read(big, 10));
        assertEquals(big + ": table of " + CSV.getBytes(StandardCharsets.UTF_8).length
                + " bytes is larger than the limit of 10 bytes; split it", e.getMessage());
    }

    @Test
    void aFifoIsReadLikeAFileAndAnEndlessOneStopsAtTheLimit() throws Exception {
        Path fifo = tmp.resolve("tabell.csv");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo not available");
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> write(fifo, CSV.getBytes(StandardCharsets.UTF_8), 1));
        KeyFigureTable table = KeyFigureTables.read(fifo, TableDefaults.NONE);
        writer.get(30, TimeUnit.SECONDS);
        assertEquals(2, table.observations().size());

        CompletableFuture<Void> endless = CompletableFuture.runAsync(() -> write(fifo, new byte[4096], 10_000));
        InputException e = assertThrows(InputException.class, () -> TableFile.read(fifo, 100_000));
        assertEquals(fifo + ": table is larger than the limit of 100000 bytes; split it", e.getMessage());
        try {
            endless.get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException expected) {
            // the writer's pipe broke when the reader stopped
        }
    }

    private static void write(Path fifo, byte[] chunk, int times) {
        try (OutputStream out = Files.newOutputStream(fifo)) {
            for (int i = 0; i < times; i++) {
                out.write(chunk);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void malformedCsvIsSaidInWordsWithoutTheParsersClassNames() {
        CsvTableReader reader = new CsvTableReader();
        InputException after = assertThrows(InputException.class, () -> reader.read("t.csv",
                "\"region\";\"år\";\"verdi\"\n\"0219 Bærum\";\"2019\";\"92,3\"x\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("t.csv:2: malformed CSV: a quoted field is followed by other characters before the next separator",
                after.getMessage());
        InputException open = assertThrows(InputException.class, () -> reader.read("t.csv",
                "\"region\";\"år\";\"verdi\"\n\"0219 Bærum\";\"2019\";\"92,3\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("t.csv:2: malformed CSV: a quoted field starting on this line is never closed (a '\"' is missing)",
                open.getMessage());
    }

    @Test
    void aNumberTooLargeForAKeyFigureIsRefusedByLineNotInfinite() {
        String nines = "9".repeat(400);
        InputException e = assertThrows(InputException.class, () -> new CsvTableReader().read("t.csv",
                ("region;år;verdi\n0219 Bærum;2019;1\n0219 Bærum;2020;" + nines + "\n").getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("t.csv:3: column 'verdi': '999"), e.getMessage());
        assertTrue(e.getMessage().endsWith("…' is too large for a key figure (more than 1e15)"), e.getMessage());
        assertTrue(e.getMessage().length() < 200, "one readable line");
    }

    @Test
    void jsonStatCellsAreBoundedAndValuesFinite() {
        JsonStatReader reader = new JsonStatReader();
        String huge = "{\"class\":\"dataset\",\"id\":[\"Region\",\"Tid\"],\"size\":[1,1],"
                + "\"dimension\":{\"Region\":{\"category\":{\"index\":[\"0219\"]}},\"Tid\":{\"category\":{\"index\":[\"2019\"]}}},"
                + "\"value\":[1e400]}";
        InputException e = assertThrows(InputException.class,
                () -> reader.read("t.json", huge.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("value 1 (") && e.getMessage().contains("is too large for a key figure"),
                e.getMessage());
        StringBuilder regions = new StringBuilder();
        for (int i = 0; i < 1100; i++) {
            regions.append(i == 0 ? "" : ",").append('"').append(i).append('"');
        }
        String many = "{\"class\":\"dataset\",\"id\":[\"Region\",\"Tid\"],\"size\":[1100,1100],"
                + "\"dimension\":{\"Region\":{\"category\":{\"index\":[" + regions + "]}},\"Tid\":{\"category\":{\"index\":["
                + regions + "]}}},\"value\":{}}";
        InputException cells = assertThrows(InputException.class,
                () -> reader.read("t.json", many.getBytes(StandardCharsets.UTF_8)));
        assertEquals("t.json: the dataset has 1210000 cells; at most 1000000 are read (split the table)",
                cells.getMessage());
    }
}
