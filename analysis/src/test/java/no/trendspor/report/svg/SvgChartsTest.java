package no.trendspor.report.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgChartsTest {

    static Document parseXml(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void lineChartHasOnePointPerObservationWithItsValue() throws Exception {
        List<SvgLineChart.Point> points = List.of(new SvgLineChart.Point(2015, 7.2),
                new SvgLineChart.Point(2016, 6.4), new SvgLineChart.Point(2018, 4.7));
        String svg = SvgLineChart.render("Andel <b>", "prosent", points, new SvgLineChart.TrendLine(-0.8, 1619.0));
        Document doc = parseXml(svg);
        NodeList circles = doc.getElementsByTagName("circle");
        assertEquals(3, circles.getLength());
        assertEquals("2016", ((Element) circles.item(1)).getAttribute("data-year"));
        assertEquals("6.4", ((Element) circles.item(1)).getAttribute("data-value"));
        assertEquals(1, doc.getElementsByTagName("polyline").getLength());
        assertTrue(svg.contains("Andel &lt;b&gt;"), "title escaped");
        assertFalse(svg.contains("<b>"));
    }

    @Test
    void higherValuesAreDrawnHigher() throws Exception {
        String svg = SvgLineChart.render("t", "", List.of(new SvgLineChart.Point(2019, 1),
                new SvgLineChart.Point(2020, 100)), null);
        NodeList circles = parseXml(svg).getElementsByTagName("circle");
        double y1 = Double.parseDouble(((Element) circles.item(0)).getAttribute("cy"));
        double y2 = Double.parseDouble(((Element) circles.item(1)).getAttribute("cy"));
        assertTrue(y2 < y1, "SVG y grows downwards, so the larger value has the smaller cy");
    }

    @Test
    void emptySeriesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SvgLineChart.render("t", "", List.of(), null));
    }

    @Property(tries = 200)
    void lineChartIsAlwaysWellFormed(@ForAll @Size(min = 1, max = 12) List<@IntRange(min = -100000, max = 100000) Integer> values,
                                     @ForAll String title) throws Exception {
        List<SvgLineChart.Point> points = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            points.add(new SvgLineChart.Point(2010 + i, values.get(i) / 10.0));
        }
        Document doc = parseXml(SvgLineChart.render(title, "kr", points, null));
        assertEquals(values.size(), doc.getElementsByTagName("circle").getLength());
    }

    @Test
    void timelineMarksEachYearAChallengeIsNamed() throws Exception {
        Map<Integer, String> marks = new TreeMap<>(Map.of(2016, "first", 2018, "reworded"));
        String svg = SvgTimeline.render("Barnehage", List.of(2016, 2017, 2018),
                List.of(new SvgTimeline.Row("Rekruttering <script>alert(1)</script>", marks)));
        Document doc = parseXml(svg);
        NodeList rects = doc.getElementsByTagName("rect");
        assertEquals(2, rects.getLength());
        assertEquals("2018", ((Element) rects.item(1)).getAttribute("data-year"));
        assertTrue(((Element) rects.item(1)).getAttribute("class").contains("reworded"));
        assertFalse(svg.contains("<script>"));
    }
}
