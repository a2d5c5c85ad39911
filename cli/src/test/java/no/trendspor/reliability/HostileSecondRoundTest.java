package no.trendspor.reliability;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second round of hostile input (issue 19) through the command line: each case ends in exit 0
 * with a correct analysis, or in a non-zero exit with one readable line naming the file.
 */
class HostileSecondRoundTest {

    private static final String HEAD = "Oppvekst skole\n\nViktige resultater og innsatser i 2018\n\n";
    private static final String TAIL = "\nUtfordringer fremover\n\n • Rekruttere lærere til skolene.\n";

    @TempDir
    Path tmp;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static JsonNode json(String text) throws IOException {
        return new ObjectMapper().readTree(text);
    }

    private static List<String> statements(JsonNode report) {
        List<String> out = new ArrayList<>();
        report.at("/documents/0/sectors/0/statements").forEach(s -> out.add(s.get("text").asText()));
        return out;
    }

    /** A bullet of 2 000 grouped numbers: a StackOverflowError with a stack trace before. */
    @Test
    void aBulletOfThousandsOfNumbersIsAnalysed() throws IOException {
        StringBuilder numbers = new StringBuilder();
        for (int i = 1; i <= 2_000; i++) {
            numbers.append(i).append(" 000 ");
        }
        Path f = write("tall-2018.txt", HEAD + " • Tallene er " + numbers.toString().strip() + " prosent.\n" + TAIL);
        Cli r = Cli.run("analyze", f.toString());
        assertEquals(0, r.status(), r::toString);
        List<String> texts = statements(json(r.out()));
        assertTrue(texts.get(0).startsWith("Tallene er 1 000 2 000 3 000"), texts::toString);
        assertEquals("Rekruttere lærere til skolene.", texts.get(texts.size() - 1));
    }

    /** 200 000 spaces inside a bullet: more than four minutes before (quadratic splitting). */
    @Test
    void aBulletWithALongRunOfSpacesIsAnalysed() throws IOException {
        String spaces = " ".repeat(100_000);
        Path f = write("mellomrom-2018.txt", HEAD + " • Digital skole" + spaces + "•" + spaces + "er innført.\n" + TAIL);
        Cli r = Cli.run("analyze", f.toString());
        assertEquals(0, r.status(), r::toString);
        assertEquals(List.of("Digital skole", "er innført.", "Rekruttere lærere til skolene."), statements(json(r.out())));
    }

    /**
     * Heavy "ti l" damage: every repair carried its own copy of the evidence, so the report was
     * about 70 times its input; the same repair repeated is now one repair with its count.
     */
    @Test
    void heavyTiLDamageGivesAReportOfLinearSize() throws IOException {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            body.append(" • Tilbudet ble utvidet ti l ").append(Cli.letters(i)).append(" elever og ti l skolene.\n");
        }
        body.append(" • ").append("ti l ".repeat(5_000)).append('\n');
        String page = HEAD + body + TAIL;
        Path f = write("skadet-2018.txt", page);
        Cli r = Cli.run("analyze", f.toString());
        assertEquals(0, r.status(), r::toString);
        long in = page.getBytes(StandardCharsets.UTF_8).length;
        long out = r.out().getBytes(StandardCharsets.UTF_8).length;
        assertTrue(out < 12 * in, () -> "report " + out + " bytes for " + in + " bytes of input");
        JsonNode last = json(r.out()).at("/documents/0/sectors/0/statements/300");
        assertEquals("til ".repeat(5_000).strip(), last.get("text").asText());
        assertEquals(1, last.get("repairs").size());
        assertEquals(5_000, last.at("/repairs/0/count").asInt());
    }

    /** --table naming an endless device ran out of memory after a minute, naming no file. */
    @Test
    void aTableNamingADeviceOrADirectoryIsRefusedBeforeAnyWork() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")));
        Path report = write("skole-2018.txt", HEAD + " • Ett punkt.\n" + TAIL);
        Cli.run("analyze", "--table", "/dev/zero", report.toString())
                .failedWith(1, "/dev/zero", "is a device or another special file, not a table file");
        Cli.run("analyze", "--table", tmp.toString(), report.toString())
                .failedWith(1, tmp.toString(), "is a directory");
    }

    /** "trend" with a value of 1e300 answered "internal error"; beyond 1e300 the value is named. */
    @Test
    void trendOfHugeValuesIsAnsweredOrRefusedByName() {
        Cli ok = Cli.run("trend", "--years", "2018,2019,2020", "--values", "0,1e300,0");
        assertEquals(0, ok.status(), ok::toString);
        assertTrue(ok.out().contains("OLS slope:"), ok.out());
        Cli refused = Cli.run("trend", "--years", "2018,2019", "--values", "1,1e308");
        assertEquals(2, refused.status(), refused::toString);
        assertEquals("trendspor: trend: --values: '1e308' is too large (trend statistics take values up to 1e300 in magnitude)",
                refused.err().strip());
    }

    /** A number too large for a double in the prose never reaches a series or a trend. */
    @Test
    void aHugeNumberInProseIsNoIndicator() throws IOException {
        String nines = "9".repeat(400);
        Path a = write("tall-2018.txt", HEAD + " • Andelen er " + nines + ",5 prosent og 7,2 prosent i 2017.\n" + TAIL);
        Path b = write("tall-2019.txt", (HEAD + " • Andelen er " + nines + ",5 prosent og 7,9 prosent i 2018.\n" + TAIL)
                .replace("2018\n", "2019\n"));
        Cli r = Cli.run("analyze", a.toString(), b.toString());
        assertEquals(0, r.status(), r::toString);
        for (JsonNode series : json(r.out()).get("indicators")) {
            for (JsonNode point : series.get("points")) {
                assertTrue(point.get("value").isNumber() && Math.abs(point.get("value").asDouble()) < 1e15,
                        series::toString);
            }
        }
    }

    /**
     * A corrupt PDF in a real process: three SLF4J warning lines came before the one-line error
     * (PDFBox logs through commons-logging, which routes to SLF4J, which had no provider).
     */
    @Test
    void aCorruptPdfGivesOneLineAndNoLoggingNoise() throws Exception {
        Path pdf = Files.write(tmp.resolve("korrupt-2018.pdf"),
                "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ngarbage\n".getBytes(StandardCharsets.US_ASCII));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "no.trendspor.cli.Main", "analyze", pdf.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, p.waitFor(), err);
        assertEquals(1, err.strip().lines().count(), err);
        assertTrue(err.startsWith("trendspor: " + pdf + ": not a readable PDF"), err);
    }

    /** Found by fuzzing: an argument starting with '@' was read as a file of arguments (stack trace). */
    @Test
    void anArgumentStartingWithAtIsAFileName() throws IOException {
        Path at = write("@rapport-2018.txt", HEAD + " • Ett punkt.\n" + TAIL);
        Cli ok = Cli.run("analyze", at.toString());
        assertEquals(0, ok.status(), ok::toString);
        Cli.run("analyze", "@mangler").failedWith(1, "@mangler", "no such file or directory");
        Cli trend = Cli.run("trend", "--years", "", "--values", "@/");
        assertEquals(2, trend.status(), trend::toString);
        assertTrue(!trend.err().contains("\tat ") && !trend.err().contains("Exception"), trend::err);
    }

    /** Found by fuzzing: a table cell or JSON key holding a line break made a two-line message. */
    @Test
    void aLineBreakInQuotedInputStaysOneLineInTheMessage() throws IOException {
        Path report = write("skole-2018.txt", HEAD + " • Ett punkt.\n" + TAIL);
        Path table = write("tabell.csv", "region;år;verdi\n0219 Bærum;2019;\"to\nlinjer\"\n");
        Cli.run("analyze", "--table", table.toString(), report.toString())
                .failedWith(1, table + ":2", "'to\\nlinjer' is neither a number nor an SSB symbol");
    }
}
