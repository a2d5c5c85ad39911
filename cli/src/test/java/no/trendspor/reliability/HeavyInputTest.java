package no.trendspor.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import no.trendspor.seeds.Seeds;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The heavy cases of docs/bad-input.md, each in a forked JVM with {@code -Xmx256m}: a 50 MB line, a
 * 500 MB file of repeated report pages, 100 000 small files, and the largest file of distinct
 * report pages that ingests and that analyses.
 * Tagged {@code heavy}, so {@code mvn verify} leaves them out; run them with
 * {@code mvn -B -Pheavy -pl cli -am test -Dtest=HeavyInputTest -Dsurefire.failIfNoSpecifiedTests=false}.
 * Each prints its figures (time, sizes) to stdout for the record.
 */
@Tag("heavy")
class HeavyInputTest {

    static final String HEAP = System.getProperty("trendspor.heavy.xmx", "256m");
    private static final long MB = 1024 * 1024;

    @TempDir
    Path tmp;

    /** One forked run of the CLI. */
    record Run(int status, String err, long outBytes, long millis) {
    }

    static Run cli(Path workDir, String heap, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                args.length == 1 ? IngestOnly.class.getName() : "no.trendspor.cli.Main"));
        cmd.addAll(List.of(args));
        Path out = workDir.resolve("stdout.bin");
        Path err = workDir.resolve("stderr.txt");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(30, TimeUnit.MINUTES), "finished");
        long millis = (System.nanoTime() - start) / 1_000_000;
        Run r = new Run(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8), Files.size(out), millis);
        Files.delete(out);
        System.out.printf(Locale.ROOT, "heavy: -Xmx%s %s -> status %d, stdout %d bytes, %d ms, stderr: %s%n",
                heap, String.join(" ", args).replace(workDir.toString(), "$TMP"), r.status(), r.outBytes(), r.millis(),
                r.err().strip().lines().findFirst().orElse(""));
        return r;
    }

    /** Repeated seed pages up to {@code bytes}; each page ends with a line break (the seed's last line has none). */
    static Path repeatedPages(Path file, long bytes) throws IOException {
        byte[] seed = Seeds.bytes(Seeds.BAERUM_2018);
        byte[] page = java.util.Arrays.copyOf(seed, seed.length + 1);
        page[seed.length] = '\n';
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            for (long written = 0; written + page.length <= bytes; written += page.length) {
                out.write(page);
            }
        }
        return file;
    }

    /**
     * Seed pages up to {@code bytes}, each bullet of copy {@code k} ending in " (k)", so no passage
     * repeats (headings do, but never eight blocks in a row): what the heap must hold grows with
     * the file.
     */
    static Path distinctPages(Path file, long bytes) throws IOException {
        List<String> lines = new String(Seeds.bytes(Seeds.BAERUM_2018), StandardCharsets.UTF_8).lines().toList();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            long written = 0;
            for (int k = 1; written < bytes; k++) {
                StringBuilder page = new StringBuilder();
                for (String line : lines) {
                    page.append(line.strip().startsWith("•") ? line + " (" + k + ")" : line).append('\n');
                }
                byte[] b = page.toString().getBytes(StandardCharsets.UTF_8);
                if (written + b.length > bytes) {
                    break;
                }
                out.write(b);
                written += b.length;
            }
        }
        return file;
    }

    private static void assertOneReadableLine(Run r, String file, String reason) {
        assertEquals(1, r.status(), r::err);
        assertEquals(0, r.outBytes());
        String line = r.err().strip();
        assertEquals(1, line.lines().count(), r::err);
        assertTrue(line.startsWith("trendspor: " + file), line);
        assertTrue(line.contains(reason), line);
        assertFalse(line.contains("Exception") || line.contains("Error:"), line);
    }

    @Test
    void fiftyMegabyteSingleLine() throws Exception {
        Path f = tmp.resolve("line-2024.txt");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(f), 1 << 20)) {
            out.write("Skole\nViktige resultater og innsatser i 2024\n • ".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "ord ".repeat(1024).getBytes(StandardCharsets.UTF_8);
            for (long n = 0; n < 50 * MB; n += chunk.length) {
                out.write(chunk);
            }
            out.write('\n');
        }
        // In a small heap the size guard refuses the file before reading it; in a larger one the
        // line-length limit names the line. Either way: one line, no OutOfMemoryError.
        Run small = cli(tmp, HEAP, "analyze", f.toString());
        if (small.err().contains("line longer than")) {
            assertOneReadableLine(small, f + ":3", "line longer than");
        } else {
            assertOneReadableLine(small, f.toString(), "give Java more");
        }
        assertOneReadableLine(cli(tmp, "1g", "analyze", f.toString()), f + ":3", "line longer than");
    }

    /**
     * A 500 MB file of repeated report pages analyses in the small heap: the text is streamed and
     * every copy after the first is set aside as a repeated passage, so the report is the one of a
     * single page plus one entry that accounts for all the other lines.
     */
    @Test
    void fiveHundredMegabyteFileOfRepeatedPagesAnalyses() throws Exception {
        Path f = repeatedPages(tmp.resolve("baerum-2018.txt"), 500 * MB);
        long lines;
        try (var s = Files.lines(f, StandardCharsets.UTF_8)) {
            lines = s.count();
        }
        Path out = tmp.resolve("report.json");
        Run r = cli(tmp, HEAP, "analyze", "--out", out.toString(), f.toString());
        assertEquals(0, r.status(), r::err);
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var doc = json.readTree(out.toFile()).path("documents").get(0);
        Path one = repeatedPages(Files.createDirectories(tmp.resolve("one")).resolve("baerum-2018.txt"),
                Seeds.bytes(Seeds.BAERUM_2018).length + 1);
        Path oneOut = tmp.resolve("one.json");
        assertEquals(0, cli(tmp, HEAP, "analyze", "--out", oneOut.toString(), one.toString()).status());
        var single = json.readTree(oneOut.toFile()).path("documents").get(0);
        assertEquals(single.path("sectors"), doc.path("sectors"), "the same sectors and statements as one page");
        var last = doc.path("unclassified").get(doc.path("unclassified").size() - 1);
        assertEquals("repeated-passage", last.path("reason").asText());
        assertEquals(lines, last.path("lines").get(1).asLong(), "the set-aside passages reach the last line");
    }

    @Test
    void hundredThousandSmallFiles() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("many"));
        for (int i = 0; i < 100_000; i++) {
            Path sub = Files.createDirectories(dir.resolve(String.format(Locale.ROOT, "%03d", i / 1000)));
            Files.writeString(sub.resolve(String.format(Locale.ROOT, "s%06d-2024.txt", i)),
                    "Skole " + Cli.letters(i) + "\nSkole " + Cli.letters(i) + " skal gi gode tjenester til alle elever.\n"
                            + "Viktige resultater og innsatser i 2024\n • Punkt " + i + " er nådd.\n",
                    StandardCharsets.UTF_8);
        }
        Path out = tmp.resolve("report.json");
        Run r = cli(tmp, System.getProperty("trendspor.heavy.manyxmx", HEAP), "analyze", "--out", out.toString(), dir.toString());
        if (r.status() == 0) {
            assertTrue(Files.size(out) > 100_000L * 100, "a report of all documents");
        } else {
            // Too many for this heap: the documented refusal, and no report written.
            assertOneReadableLine(r, "", "out of memory");
            assertFalse(Files.exists(out));
        }
    }

    /** Ingest only (no report built): the library's share of the memory. */
    public static final class IngestOnly {
        public static void main(String[] args) {
            try {
                List<no.trendspor.model.ReportDocument> docs = new no.trendspor.io.ReportLoader().load(List.of(Path.of(args[0])));
                System.out.println(docs.stream().mapToLong(d -> d.statements().size()).sum() + " statements");
            } catch (no.trendspor.ingest.InputException e) {
                System.err.println("trendspor: " + e.getMessage());
                System.exit(1);
            }
        }
    }

    /**
     * The largest file of distinct report pages (no passage repeats, so every statement is kept)
     * that the library ingests within the heap.
     */
    @Test
    void largestFileOfDistinctPagesThatIngests() throws Exception {
        long largest = 0;
        for (long size = 4 * MB; size <= 64 * MB; size += 4 * MB) {
            Path f = distinctPages(tmp.resolve("baerum-2018.txt"), size);
            Run r = cli(tmp, HEAP, f.toString());
            Files.deleteIfExists(f);
            if (r.status() != 0) {
                assertOneReadableLine(r, f.toString(), "");
                break;
            }
            largest = size;
        }
        System.out.printf(Locale.ROOT, "heavy: largest file of distinct pages ingested with -Xmx%s: %d MiB%n",
                HEAP, largest / MB);
        assertTrue(largest >= 4 * MB);
    }

    /**
     * The largest file of distinct report pages that analyses to JSON within the heap, in steps of
     * 1 MB from 1 MB (4 MB from 8 MB); the first size that does not gets the documented refusal,
     * not a crash.
     */
    @Test
    void largestFileOfDistinctPagesThatAnalyses() throws Exception {
        long largest = 0;
        for (long size = MB; size <= 64 * MB; size += size < 8 * MB ? MB : 4 * MB) {
            Path f = distinctPages(tmp.resolve("baerum-2018.txt"), size);
            Path out = tmp.resolve("report.json");
            Run r = cli(tmp, HEAP, "analyze", "--out", out.toString(), f.toString());
            Files.deleteIfExists(f);
            if (r.status() != 0) {
                assertOneReadableLine(r, "", "");
                assertFalse(Files.exists(out));
                break;
            }
            Files.delete(out);
            largest = size;
        }
        System.out.printf(Locale.ROOT, "heavy: largest file of distinct pages analysed with -Xmx%s: %d MiB%n",
                HEAP, largest / MB);
        assertTrue(largest >= MB, "at least a report-sized file analyses");
    }

}
