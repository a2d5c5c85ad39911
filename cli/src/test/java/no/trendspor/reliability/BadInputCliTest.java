package no.trendspor.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import no.trendspor.ingest.Limits;
import no.trendspor.seeds.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bad input of docs/bad-input.md through the command line: a correct report, or one readable
 * line on stderr naming the file (and line), the documented exit status, and no output file.
 */
class BadInputCliTest {

    private static final int INPUT_ERROR = 1;
    private static final int OUTPUT_ERROR = 3;
    private static final String PAGE = "Skole\nSkole skal gi gode tjenester til alle elever.\nViktige resultater og innsatser i 2024\n";

    @TempDir
    Path tmp;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(tmp.resolve(name), bytes);
    }

    /** Runs with --out and checks that a failure left no report and no temporary file behind. */
    private Cli runToFile(Path input) throws IOException {
        Path out = tmp.resolve("out/report.json");
        Files.createDirectories(out.getParent());
        Cli r = Cli.run("analyze", "--out", out.toString(), input.toString());
        if (r.status() != 0) {
            try (Stream<Path> left = Files.list(out.getParent())) {
                assertEquals(List.of(), left.toList(), "nothing half-written");
            }
        }
        return r;
    }

    private static List<String> texts(String json) throws IOException {
        List<String> out = new java.util.ArrayList<>();
        json(json).at("/documents/0/sectors/0/statements").forEach(s -> out.add(s.get("text").asText()));
        return out;
    }

    private static JsonNode json(String text) throws IOException {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void nonExistentPath() {
        Path missing = tmp.resolve("missing-2024.txt");
        Cli.run("analyze", missing.toString()).failedWith(INPUT_ERROR, missing.toString(), "no such file or directory");
    }

    @Test
    void unreadableFile() throws IOException {
        Path f = write("locked-2024.txt", PAGE + " • Punkt.\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(f), "running as root: chmod 000 does not stop reading");
            Cli.run("analyze", f.toString()).failedWith(INPUT_ERROR, f.toString(), "not readable");
        } finally {
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void directoryWithoutTextFiles() throws IOException {
        write("notes.md", "x");
        Cli.run("analyze", tmp.toString()).failedWith(INPUT_ERROR, tmp.toString(), "holds no report files (.txt, .json, .pdf)");
    }

    @Test
    void emptyAndWhitespaceOnlyFiles() throws IOException {
        runToFile(write("empty-2024.txt", "")).failedWith(INPUT_ERROR, tmp.resolve("empty-2024.txt").toString(), "empty input");
        Path blank = write("blank-2024.txt", " \n\t\r\n\u00A0\n");
        runToFile(blank).failedWith(INPUT_ERROR, blank.toString(), "empty input (only whitespace)");
    }

    @Test
    void pdfAndOtherBinaryFedAsText() throws IOException {
        Path pdf = write("report-2024.txt", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1));
        runToFile(pdf).failedWith(INPUT_ERROR, pdf.toString(), "a PDF file");
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};
        Path z = write("archive-2024.txt", zip);
        runToFile(z).failedWith(INPUT_ERROR, z + ":1", "binary input (NUL byte)");
    }

    @Test
    void nulAndControlCharacters() throws IOException {
        Path nul = write("nul-2024.txt", PAGE + " • Ett punkt.\n • Et \u0000 punkt.\n");
        runToFile(nul).failedWith(INPUT_ERROR, nul + ":5", "NUL");
        Path ctl = write("ctl-2024.txt", PAGE + "\u001B[31m\u0007\u0001\u0002\u0003".repeat(30));
        runToFile(ctl).failedWith(INPUT_ERROR, ctl.toString(), "binary input");
    }

    @Test
    void utf16WithBomAndWindows1252AndMixedEncodingsAreRead() throws IOException {
        String text = PAGE + " • Økt søkning til Bærum kommune og Bærum.\n";
        Path utf16 = write("utf16-2024.txt", ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE));
        Cli r16 = Cli.run("analyze", utf16.toString());
        assertEquals(0, r16.status(), r16::err);
        assertEquals("Økt søkning til Bærum kommune og Bærum.",
                json(r16.out()).at("/documents/0/sectors/0/statements/1/text").asText());

        Path cp = write("cp1252-2024.txt", text.getBytes(Charset.forName("windows-1252")));
        Cli rcp = Cli.run("analyze", cp.toString());
        assertEquals(0, rcp.status(), rcp::err);
        assertEquals(texts(r16.out()), texts(rcp.out()));
        assertTrue(rcp.err().startsWith("trendspor: warning: " + cp + ":"), rcp.err());
        assertTrue(rcp.err().contains("Windows-1252"), rcp.err());

        byte[] head = PAGE.getBytes(StandardCharsets.UTF_8);
        byte[] tail = " • Økt søkning.\n".getBytes(Charset.forName("windows-1252"));
        byte[] mixed = new byte[head.length + tail.length];
        System.arraycopy(head, 0, mixed, 0, head.length);
        System.arraycopy(tail, 0, mixed, head.length, tail.length);
        Cli rm = Cli.run("analyze", write("mixed-2024.txt", mixed).toString());
        assertEquals(0, rm.status(), rm::err);
        assertEquals("Økt søkning.", json(rm.out()).at("/documents/0/sectors/0/statements/1/text").asText());
        assertTrue(rm.err().contains(":4: 1 line(s) are not valid UTF-8"), rm.err());
    }

    @Test
    void lineOfSeveralMegabytes() throws IOException {
        Path f = write("long-2024.txt", PAGE + " • " + "ord ".repeat(Limits.MAX_LINE_LENGTH / 4 + 1) + "\n");
        runToFile(f).failedWith(INPUT_ERROR, f + ":4", "line longer than " + Limits.MAX_LINE_LENGTH + " characters");
        Path ok = write("long-ok-2024.txt", PAGE + " • " + "ord ".repeat(Limits.MAX_LINE_LENGTH / 5) + "\n");
        assertEquals(0, runToFile(ok).status());
    }

    @Test
    void manySmallFiles() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("many"));
        for (int i = 0; i < 300; i++) {
            Files.writeString(dir.resolve(String.format(java.util.Locale.ROOT, "s%03d-2024.txt", i)),
                    PAGE.replace("Skole", "Skole " + Cli.letters(i)) + " • Punkt " + i + ".\n");
        }
        Cli r = Cli.run("analyze", dir.toString());
        assertEquals(0, r.status(), r::err);
        assertEquals(300, json(r.out()).get("documents").size());
    }

    @Test
    void tenThousandBulletsAndHugeTokensAndHugeNumbers() throws IOException {
        String bullets = IntStream.range(0, 10_000).mapToObj(i -> " • Punkt " + i + " er nådd.\n").collect(Collectors.joining());
        String token = "x".repeat(100_000);
        String numbers = " • Økning på 999999999999999999999 prosent og " + token + ".\n";
        Cli r = Cli.run("analyze", write("big-2024.txt", PAGE + bullets + numbers).toString());
        assertEquals(0, r.status(), r::err);
        JsonNode statements = json(r.out()).at("/documents/0/sectors/0/statements");
        assertEquals(10_002, statements.size());
        assertEquals("Økning på 999999999999999999999 prosent og " + token + ".", statements.get(10_001).get("text").asText());
    }

    @Test
    void implausibleYearsInHeadingsAndFileNames() throws IOException {
        Path zero = write("rapport-0000.txt", PAGE.replace("2024", "0000") + " • Punkt.\n");
        runToFile(zero).failedWith(INPUT_ERROR, zero.toString(), "no report year found");
        Path big = write("rapport-99999.txt", PAGE.replace("2024", "99999") + " • Punkt.\n");
        runToFile(big).failedWith(INPUT_ERROR, big.toString(), "no report year found");
    }

    @Test
    void twoDocumentsForTheSameMunicipalitySectorAndYear() throws IOException {
        Path a = write("a.txt", Seeds.bytes(Seeds.BAERUM_2018));
        Path b = write("b.txt", Seeds.bytes(Seeds.BAERUM_2018));
        Cli.run("analyze", b.toString(), a.toString()).failedWith(INPUT_ERROR, b.toString(), "claims the same municipality");
    }

    @Test
    void namesCollidingAfterCaseFolding() throws IOException {
        Path lower = write("skole-2024.txt", PAGE + " • Punkt.\n");
        Path upper = write("SKOLE-2024.txt", PAGE + " • Punkt.\n");
        assumeFalse(Files.isSameFile(lower, upper), "case-insensitive file system");
        // Sorted, upper case first: the second name is the one refused.
        Cli.run("analyze", tmp.toString()).failedWith(INPUT_ERROR, lower.toString(), "only in letter case");
    }

    @Test
    void symbolicLinkLoopInADirectoryArgument() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("d"));
        Files.write(dir.resolve("baerum-2018.txt"), Seeds.bytes(Seeds.BAERUM_2018));
        Files.createSymbolicLink(dir.resolve("loop"), dir);
        Files.createSymbolicLink(dir.resolve("also-2018.txt"), dir.resolve("baerum-2018.txt"));
        Cli r = Cli.run("analyze", dir.toString());
        assertEquals(0, r.status(), r::err);
        assertEquals(1, json(r.out()).get("documents").size(), "the linked file is the same file, read once");
    }

    @Test
    void outIntoMissingDirectoryOrAtAnInputOrADirectory() throws IOException {
        Path in = write("baerum-2018.txt", Seeds.bytes(Seeds.BAERUM_2018));
        Path missing = tmp.resolve("no/such/report.json");
        Cli.run("analyze", "--out", missing.toString(), in.toString())
                .failedWith(OUTPUT_ERROR, missing.toString(), "does not exist");
        Cli.run("analyze", "--out", in.toString(), in.toString()).failedWith(OUTPUT_ERROR, in.toString(), "input files");
        assertTrue(Files.readString(in, StandardCharsets.UTF_8).length() > 100);
        Path link = Files.createSymbolicLink(tmp.resolve("link.json"), in);
        Cli.run("analyze", "--out", link.toString(), in.toString()).failedWith(OUTPUT_ERROR, link.toString(), "input files");
        Cli.run("analyze", "--out", tmp.toString(), in.toString()).failedWith(OUTPUT_ERROR, tmp.toString(), "is a directory");
    }

    @Test
    void aFailedRunLeavesAnEarlierReportUntouched() throws IOException {
        Path good = write("baerum-2018.txt", Seeds.bytes(Seeds.BAERUM_2018));
        Path out = tmp.resolve("report.json");
        assertEquals(0, Cli.run("analyze", "--out", out.toString(), good.toString()).status());
        String before = Files.readString(out);
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        Path bad = write("bad-2024.txt", "");
        Cli.run("analyze", "--out", out.toString(), good.toString(), bad.toString())
                .failedWith(INPUT_ERROR, bad.toString(), "empty input");
        assertEquals(before, Files.readString(out));
        try (Stream<Path> left = Files.list(tmp)) {
            assertFalse(left.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    void outIntoADirectoryThatCannotBeWritten() throws IOException {
        Path in = write("baerum-2018.txt", Seeds.bytes(Seeds.BAERUM_2018));
        Path locked = Files.createDirectories(tmp.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(locked), "running as root: the directory stays writable");
            Path out = locked.resolve("report.json");
            Cli.run("analyze", "--out", out.toString(), in.toString()).failedWith(OUTPUT_ERROR, out.toString(), "cannot write");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** Distinct letters-only suffix for a sector name (titles hold no digits). */
}
