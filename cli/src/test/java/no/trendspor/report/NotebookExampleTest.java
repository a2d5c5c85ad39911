package no.trendspor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import no.trendspor.Trendspor;
import no.trendspor.indicators.IndicatorSeries;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Runs the code cells of docs/notebook.ipynb through the JShell API, as JJava and IJava run them
 * (both are built on JShell), with the kernel's {@code display(Object, String...)} replaced by a
 * stand-in that records what would be published; the cells tagged {@code kernel-api} need a live
 * kernel and are left out. The HTML they display must be what {@link NotebookHtml} gives for a
 * report, a sector and a series: valid, self-contained, with standalone SVG charts.
 */
class NotebookExampleTest {

    private static final Pattern DISPLAYED = Pattern.compile("<<display (\\S+)>>(.*?)<<end>>", Pattern.DOTALL);
    private static final String DISPLAY_STAND_IN = "String display(Object o, String... as) {"
            + " System.out.print(\"<<display \" + String.join(\",\", as) + \">>\" + o + \"<<end>>\"); return \"id\"; }";

    static Path notebook() {
        return Path.of(System.getProperty("trendspor.root", ".")).resolve("docs/notebook.ipynb");
    }

    @Test
    void notebookCellsDisplayAReportASectorAndASeriesAsHtml() throws Exception {
        JsonNode nb = new ObjectMapper().readTree(notebook().toFile());
        List<String> cells = new ArrayList<>();
        for (JsonNode cell : nb.get("cells")) {
            boolean kernelApi = false;
            for (JsonNode tag : cell.path("metadata").path("tags")) {
                kernelApi |= tag.asText().equals("kernel-api");
            }
            if (cell.get("cell_type").asText().equals("code") && !kernelApi) {
                StringBuilder source = new StringBuilder();
                cell.get("source").forEach(line -> source.append(line.asText()));
                cells.add(source.toString().lines().filter(l -> !l.startsWith("%")) // kernel magics
                        .collect(Collectors.joining("\n")));
            }
        }
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        PrintStream original = System.out;
        System.setOut(capture);
        try (JShell shell = JShell.builder().executionEngine("local").out(capture).err(capture).build()) {
            for (String entry : JShellExampleTest.classPath()) {
                shell.addToClasspath(entry);
            }
            evaluate(shell, DISPLAY_STAND_IN);
            for (String cell : cells) {
                String rest = cell;
                while (!rest.isBlank()) {
                    var info = shell.sourceCodeAnalysis().analyzeCompletion(rest);
                    evaluate(shell, info.source());
                    rest = info.remaining();
                }
            }
        } finally {
            System.setOut(original);
        }
        List<String> html = new ArrayList<>();
        Matcher m = DISPLAYED.matcher(captured.toString(StandardCharsets.UTF_8));
        while (m.find()) {
            assertEquals("text/html", m.group(1));
            html.add(m.group(2));
        }
        assertEquals(3, html.size(), "a report, a sector and a series are displayed");

        TrendReport report = Trendspor.analyzeSeeds();
        IndicatorSeries series = report.indicators().stream().filter(s -> s.points().size() >= 2).findFirst()
                .orElseThrow();
        assertEquals(NotebookHtml.of(report), html.get(0));
        assertEquals(NotebookHtml.of(report.sectorReports().get(0)), html.get(1));
        assertEquals(NotebookHtml.of(series), html.get(2));
        for (String fragment : html) {
            assertValidFragment(fragment);
        }
        assertTrue(html.get(0).contains(report.sectorReports().get(0).title().replace("–", "–")));
        assertTrue(html.get(2).contains("<svg"), "the series' chart");
        assertTrue(html.get(1).contains("class=\"timeline\""), "the sector's timeline");
    }

    @Test
    void onlyTheTypesItKnowsAreShown() {
        assertThrows(IllegalArgumentException.class, () -> NotebookHtml.of("a string"));
        assertThrows(IllegalArgumentException.class, () -> NotebookHtml.of(null));
        String hostile = NotebookHtml.of(HostileReports.report());
        assertValidFragment(hostile);
        assertFalse(hostile.contains(HostileReports.SCRIPT));
    }

    static void assertValidFragment(String fragment) {
        String page = "<!DOCTYPE html>\n<html lang=\"nb\"><head><meta charset=\"utf-8\"><title>t</title></head><body>"
                + "<h1>t</h1>" + fragment + "</body></html>";
        Document doc = HtmlChecks.parseStrict(page);
        HtmlChecks.assertSelfContained(page, doc);
        try {
            for (String svg : HtmlChecks.svgSources(fragment)) {
                StandaloneChartsTest.assertStandsAlone(svg);
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void evaluate(JShell shell, String source) {
        for (SnippetEvent e : shell.eval(source)) {
            String diagnostics = shell.diagnostics(e.snippet()).map(d -> d.getMessage(null))
                    .collect(Collectors.joining("; "));
            assertEquals(Snippet.Status.VALID, e.status(), source + ": " + diagnostics);
            assertNull(e.exception(), () -> source + " threw " + e.exception());
        }
    }
}
