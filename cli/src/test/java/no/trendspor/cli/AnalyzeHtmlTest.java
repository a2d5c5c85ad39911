package no.trendspor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import no.trendspor.Trendspor;
import no.trendspor.report.HtmlChecks;
import no.trendspor.seeds.Seeds;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code trendspor analyze --format html --out report.html seeds}, in-process. */
class AnalyzeHtmlTest {

    @TempDir
    Path tmp;

    private Path seedsFolder() throws IOException {
        return CliRunner.seedsFolder(tmp);
    }

    @Test
    void htmlReportIsWrittenToTheFileAndIsSelfContained() throws IOException {
        Path out = tmp.resolve("report.html");
        CliRunner r = CliRunner.run("analyze", "--format", "html", "--out", out.toString(), seedsFolder().toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.out(), "stdout carries nothing when --out is given");
        assertFalse(r.err().contains("\r"), "no progress bar when stderr is not a terminal");
        String html = Files.readString(out);
        Document doc = HtmlChecks.parseStrict(html);
        HtmlChecks.assertSelfContained(html, doc);
        assertFalse(doc.select("section.sector").isEmpty());
        assertFalse(doc.select("figure.indicator-chart svg").isEmpty(), "the seeds have a series with two points");
    }

    @Test
    void htmlOnStdoutIsTheLibrarysHtml() throws IOException {
        CliRunner r = CliRunner.run("analyze", "-f", "html", seedsFolder().toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("<!DOCTYPE html>"));
        // Same documents as the library reads (sources differ: the CLI names the files it read).
        assertEquals(Trendspor.analyzeSeeds().toHtml().lines().filter(l -> l.startsWith("<svg")).count(),
                r.out().lines().filter(l -> l.startsWith("<svg")).count());
    }

    @Test
    void progressBarOnlyOnATerminalAndClearedAtTheEnd() {
        StringWriter quiet = new StringWriter();
        AnalyzeCommand.Progress off = AnalyzeCommand.Progress.forTerminal(new PrintWriter(quiet), 100);
        assertEquals(Terminal.stderrIsTerminal(), off.enabled());
        AnalyzeCommand.Progress none = new AnalyzeCommand.Progress(new PrintWriter(quiet), 100, false);
        none.step("reading a.txt");
        none.done();
        assertEquals("", quiet.toString());

        StringWriter shown = new StringWriter();
        AnalyzeCommand.Progress on = new AnalyzeCommand.Progress(new PrintWriter(shown), 3, true);
        on.step("reading a.txt");
        on.step("reading b.txt");
        assertTrue(shown.toString().contains("2/4 reading b.txt"), shown.toString());
        on.done();
        String all = shown.toString();
        assertTrue(all.endsWith("\r"), "the line is cleared and the cursor back at its start");
        assertFalse(all.contains("\n"), "the bar never scrolls the terminal");
    }
}
