package no.trendspor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import no.trendspor.seeds.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Format names in any case, a report on standard input, the progress bar's terminal test. */
class SmallCliItemsTest {

    @TempDir
    Path tmp;

    @Test
    void formatNamesAreCaseInsensitive() throws Exception {
        Path seeds = CliRunner.seedsFolder(tmp);
        CliRunner html = CliRunner.run("analyze", "--format", "HTML", seeds.toString());
        assertEquals(0, html.status(), html.err());
        assertTrue(html.out().startsWith("<!DOCTYPE html>"));
        CliRunner md = CliRunner.run("analyze", "-f", "Markdown", seeds.toString());
        assertEquals(0, md.status(), md.err());
        assertTrue(md.out().startsWith("# "), md.out().substring(0, 40));
    }

    @Test
    void dashReadsOneReportFromStandardInput() throws Exception {
        String name = Seeds.names().get(0);
        CliRunner r = CliRunner.runWithInput(Seeds.bytes(name), "analyze", "-");
        assertEquals(0, r.status(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(1, json.get("documents").size());
        assertEquals(AnalyzeCommand.STDIN_SOURCE, json.get("documents").get(0).get("source").asText());
        assertFalse(json.get("documents").get(0).get("sectors").isEmpty(), "the report was read");

        // with files besides: the same document as when the file is named
        Path seeds = CliRunner.seedsFolder(tmp);
        CliRunner both = CliRunner.runWithInput(Seeds.bytes(name), "analyze", "-", seeds.resolve(Seeds.names().get(1)).toString());
        assertEquals(0, both.status(), both.err());
        assertEquals(2, new ObjectMapper().readTree(both.out()).get("documents").size());
    }

    @Test
    void emptyStandardInputIsOneReadableError() {
        CliRunner r = CliRunner.runWithInput(new byte[0], "analyze", "-");
        assertTrue(r.status() != 0 && r.status() != Main.INTERNAL_ERROR, r.status() + " " + r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("trendspor: ")), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void stderrIsATerminalWhenItsDescriptorIsATerminalDevice() {
        assertTrue(Terminal.isTerminalDevice("/dev/pts/3"));
        assertTrue(Terminal.isTerminalDevice("/dev/tty1"));
        assertFalse(Terminal.isTerminalDevice("/tmp/report.log"));
        assertFalse(Terminal.isTerminalDevice("pipe:[4711]"));
        assertFalse(Terminal.isTerminalDevice("/dev/null"));
    }

    @Test
    void trendErrorsCarryTheProgramName() {
        CliRunner r = CliRunner.run("trend", "--years", "2015", "--values", "1");
        assertTrue(r.err().startsWith("trendspor: "), r.err());
    }
}
