package no.trendspor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import no.trendspor.Trendspor;
import no.trendspor.indicators.IndicatorSeries;
import no.trendspor.indicators.SeriesPoint;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

class HtmlReportTest {

    private static final TrendReport SEEDS = Trendspor.analyzeSeeds();

    @Test
    void seedReportIsValidSelfContainedHtml5() {
        String html = SEEDS.toHtml();
        Document doc = HtmlChecks.parseStrict(html);
        HtmlChecks.assertSelfContained(html, doc);
        List<SectorReport> sectors = SEEDS.sectorReports();
        assertEquals(sectors.size(), doc.select("section.sector").size(), "one section per sector");
        for (SectorReport s : sectors) {
            assertTrue(doc.select("section.sector > h2").eachText().contains(s.title()), s.title());
            assertTrue(doc.select("#summary li").text().contains(s.summary()), "summary of " + s.title());
        }
        assertEquals(SEEDS.documents().size(), doc.select("#statements details").size());
        assertTrue(doc.select("style").first().data().contains("@media print"), "print style sheet");
    }

    @Test
    void hostileTextShowsAsTextAndNeverAsMarkup() {
        TrendReport report = HostileReports.report();
        String html = report.toHtml();
        Document doc = HtmlChecks.parseStrict(html);
        HtmlChecks.assertSelfContained(html, doc);
        assertFalse(html.contains(HostileReports.SCRIPT), "raw script tag in the output");
        assertTrue(doc.select("b, i, em").isEmpty(), "markup from the input became elements");
        assertTrue(doc.body().text().contains(HostileReports.CHALLENGE), "the statement shows as text");
        assertTrue(doc.body().text().contains(HostileReports.SECTOR));
        assertTrue(doc.body().text().contains(HostileReports.MUNICIPALITY));
        // The SVG timeline carries the hostile label too: it must still be well-formed XML.
        for (String svg : HtmlChecks.svgSources(html)) {
            assertFalse(svg.contains("<script"), svg);
        }
    }

    @Test
    void everyChartIsWellFormedSvgWithTheSeriesPoints() throws Exception {
        for (TrendReport report : List.of(SEEDS, HostileReports.report())) {
            String html = report.toHtml();
            Document doc = HtmlChecks.parseStrict(html);
            List<String> svgs = HtmlChecks.svgSources(html);
            List<Element> svgElements = doc.select("svg");
            assertEquals(svgElements.size(), svgs.size());
            for (String svg : svgs) {
                HtmlChecks.parseXml(svg);
            }
            List<IndicatorSeries> charted = report.indicators().stream().filter(s -> s.points().size() >= 2).toList();
            assertFalse(charted.isEmpty(), "the fixture has a series to chart");
            assertEquals(charted.size(), doc.select("figure.indicator-chart").size());
            for (IndicatorSeries series : charted) {
                Element figure = doc.select("figure.indicator-chart").stream()
                        .filter(f -> f.attr("data-series").equals(series.key())).findFirst().orElseThrow();
                String svg = svgs.get(svgElements.indexOf(figure.selectFirst("svg")));
                NodeList circles = HtmlChecks.parseXml(svg).getElementsByTagName("circle");
                assertEquals(series.points().size(), circles.getLength(), series.name());
                for (int i = 0; i < circles.getLength(); i++) {
                    org.w3c.dom.Element c = (org.w3c.dom.Element) circles.item(i);
                    SeriesPoint p = series.points().get(i);
                    assertEquals(p.year(), Integer.parseInt(c.getAttribute("data-year")));
                    assertEquals(p.value(), Double.parseDouble(c.getAttribute("data-value")), 0.006);
                }
                assertEquals(1, HtmlChecks.parseXml(svg).getElementsByTagName("line").getLength() - 2,
                        "a trend line besides the two axes");
            }
        }
    }

    @Test
    void timelineHasOneMarkPerChallengeAndYear() throws Exception {
        String html = SEEDS.toHtml();
        Document doc = HtmlChecks.parseStrict(html);
        List<String> svgs = HtmlChecks.svgSources(html);
        List<Element> svgElements = doc.select("svg");
        List<SectorReport> withChallenges = SEEDS.sectorReports().stream().filter(s -> !s.challenges().isEmpty())
                .toList();
        List<Element> timelines = doc.select("figure.timeline-figure svg");
        assertEquals(withChallenges.size(), timelines.size());
        for (int i = 0; i < timelines.size(); i++) {
            SectorReport s = withChallenges.get(i);
            NodeList rects = HtmlChecks.parseXml(svgs.get(svgElements.indexOf(timelines.get(i))))
                    .getElementsByTagName("rect");
            List<String> marks = new ArrayList<>();
            for (int r = 0; r < rects.getLength(); r++) {
                org.w3c.dom.Element rect = (org.w3c.dom.Element) rects.item(r);
                marks.add(rect.getAttribute("data-year") + " " + rect.getAttribute("class"));
            }
            List<String> expected = new ArrayList<>();
            for (ChallengeRow row : s.challenges()) {
                row.marks().forEach((year, mark) -> expected.add(year + " mark " + mark.cssClass()));
            }
            assertEquals(expected, marks, s.title());
        }
    }

    @Test
    void sameInputGivesIdenticalHtml() {
        assertEquals(SEEDS.toHtml(), Trendspor.analyzeSeeds().toHtml());
    }
}
