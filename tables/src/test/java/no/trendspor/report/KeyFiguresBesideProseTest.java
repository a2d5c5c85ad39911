package no.trendspor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.trendspor.Trendspor;
import no.trendspor.keyfigures.SideBySide;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key-figure CSV shaped like the README's example (no unit column, no unit in the variable's
 * name) is paired with the indicator the seed reports state, and a deliberate disagreement (5,0 in
 * the table where the report says 4,7) is flagged in JSON, Markdown and HTML; the table series gets
 * its own trend and chart.
 */
class KeyFiguresBesideProseTest {

    private static final String IND = "Andel elever med spesialundervisning";

    @TempDir
    Path tmp;

    private TrendReport report() throws Exception {
        Path csv = Files.writeString(tmp.resolve("nokkeltall.csv"), String.join("\n",
                "\"region\";\"statistikkvariabel\";\"år\";\"verdi\"",
                "\"0219 Bærum (-2019)\";\"" + IND + "\";\"2015\";7,2",
                "\"0219 Bærum (-2019)\";\"" + IND + "\";\"2016\";6,4",
                "\"0219 Bærum (-2019)\";\"" + IND + "\";\"2018\";5,0",
                "\"3024 Bærum\";\"" + IND + "\";\"2020\";4,5",
                "\"3024 Bærum\";\"" + IND + "\";\"2021\";4,2", ""));
        return Trendspor.withKeyFigures(Trendspor.analyzeSeeds(), List.of(csv));
    }

    @Test
    void disagreementIsFlaggedInEveryFormat() throws Exception {
        TrendReport report = report();
        List<SideBySide> pairs = report.keyFigures().comparisons();
        SideBySide pair = pairs.stream().filter(c -> c.tableIndicator().equals(IND)).findFirst()
                .orElseThrow(() -> new AssertionError("the table series is not paired with the prose: " + pairs));
        assertTrue(pair.disagreement());
        SideBySide.YearPair y2018 = pair.years().stream().filter(y -> y.year() == 2018).findFirst().orElseThrow();
        assertEquals(5.0, y2018.table());
        assertFalse(y2018.agree());
        assertTrue(pair.years().stream().filter(y -> y.year() != 2018).allMatch(SideBySide.YearPair::agree),
                "only the deliberate year disagrees: " + pair.years());

        JsonNode json = new ObjectMapper().readTree(report.toJson());
        JsonNode flagged = null;
        for (JsonNode c : json.get("proseVsTables")) {
            if (c.get("tableIndicator").asText().equals(IND)) {
                flagged = c;
            }
        }
        assertTrue(flagged != null && flagged.get("disagreement").asBoolean(), "JSON flags it");

        String md = report.toMarkdown();
        assertTrue(md.lines().anyMatch(l -> l.contains(IND) && l.contains("| 2018 |") && l.contains("⚠ disagree")), md);

        String html = report.toHtml();
        Document doc = HtmlChecks.parseStrict(html);
        HtmlChecks.assertSelfContained(html, doc);
        assertTrue(doc.select("#key-figures tr").stream()
                .anyMatch(tr -> tr.text().contains(IND) && tr.text().contains("2018") && tr.text().contains("⚠ disagree")));
    }

    @Test
    void tableSeriesHaveATrendAndAChart() throws Exception {
        TrendReport report = report();
        String md = report.toMarkdown();
        assertTrue(md.lines().anyMatch(l -> l.startsWith("| Bærum | " + IND + " | percent (inferred) |")
                && l.contains("falling")), md);
        Document doc = HtmlChecks.parseStrict(report.toHtml());
        Element row = doc.select("table.table-series tbody tr").first();
        assertTrue(row.text().contains("falling"), row.text());
        List<Element> charts = doc.select("figure.table-chart svg");
        assertEquals(1, charts.size());
        List<ReportChart> tableCharts = report.charts().stream().filter(c -> c.kind().equals("table")).toList();
        assertEquals(1, tableCharts.size());
        org.w3c.dom.Document svg = HtmlChecks.parseXml(tableCharts.get(0).svg());
        assertEquals(5, svg.getElementsByTagName("circle").getLength());
        assertEquals(3, svg.getElementsByTagName("line").getLength(), "two axes and the trend line");
        // The prose chart shows the table's values beside the report's.
        ReportChart prose = report.charts().stream()
                .filter(c -> c.kind().equals("indicator") && c.title().equalsIgnoreCase(IND)).findFirst().orElseThrow();
        org.w3c.dom.Document proseSvg = HtmlChecks.parseXml(prose.svg());
        assertEquals(5, proseSvg.getElementsByTagName("rect").getLength(), "table values");
        // the prose's trend spans the prose's years, not the years only the table gives
        org.w3c.dom.NodeList circles = proseSvg.getElementsByTagName("circle");
        org.w3c.dom.Element last = (org.w3c.dom.Element) circles.item(circles.getLength() - 1);
        org.w3c.dom.NodeList lines = proseSvg.getElementsByTagName("line");
        org.w3c.dom.Element trend = (org.w3c.dom.Element) lines.item(lines.getLength() - 1);
        assertEquals("trend", trend.getAttribute("class"));
        assertEquals(last.getAttribute("cx"), trend.getAttribute("x2"));
    }
}
