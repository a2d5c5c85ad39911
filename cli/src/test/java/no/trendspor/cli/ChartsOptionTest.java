package no.trendspor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import no.trendspor.report.HtmlChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze --charts DIR}: one standalone .svg per chart of the report. */
class ChartsOptionTest {

    @TempDir
    Path tmp;

    @Test
    void writesOneSvgFilePerChartOfThePage() throws Exception {
        Path seeds = CliRunner.seedsFolder(tmp);
        Path dir = tmp.resolve("charts");
        CliRunner r = CliRunner.run("analyze", "--format", "html", "--charts", dir.toString(), seeds.toString());
        assertEquals(0, r.status(), r.err());
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.sorted().toList();
        }
        List<String> inPage = HtmlChecks.svgSources(r.out());
        assertEquals(inPage.size(), files.size());
        for (Path f : files) {
            assertTrue(f.getFileName().toString().endsWith(".svg"));
            String svg = Files.readString(f);
            HtmlChecks.parseXml(svg);
            assertTrue(inPage.contains(svg.substring(svg.indexOf("<svg"), svg.lastIndexOf("</svg>") + 6)),
                    f + " is a chart the page shows");
        }
    }

    @Test
    void aChartDirectoryThatCannotBeMadeIsAnOutputError() throws IOException {
        Path seeds = CliRunner.seedsFolder(tmp);
        Path file = Files.writeString(tmp.resolve("plain-file"), "x");
        CliRunner r = CliRunner.run("analyze", "--charts", file.resolve("sub").toString(), seeds.toString());
        assertEquals(Main.OUTPUT_ERROR, r.status(), r.err());
        List<String> errors = r.err().lines().filter(l -> !l.startsWith("trendspor: warning: ")).toList();
        assertEquals(1, errors.size(), r.err());
        assertTrue(errors.get(0).startsWith("trendspor: ") && errors.get(0).contains("plain-file"), r.err());
    }
}
