package no.trendspor.report.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Axes, number format, legend and the broken-axis mark of the standalone charts. */
class ChartAxesTest {

    private static final String NNBSP = "\u202F";

    @Test
    void norwegianNumberFormat() {
        assertEquals("2" + NNBSP + "200" + NNBSP + "000" + NNBSP + "000", NorwegianNumbers.format(2_200_000_000d));
        assertEquals("8,5", NorwegianNumbers.format(8.5));
        assertEquals("8,50", NorwegianNumbers.format(8.5, 2));
        assertEquals("\u22120,3", NorwegianNumbers.format(-0.3));
        assertEquals("950", NorwegianNumbers.format(950));
        assertEquals("12" + NNBSP + "345,6", NorwegianNumbers.format(12345.6));
    }

    @Property(tries = 300)
    void niceTicksCoverTheRangeInOneTwoFiveSteps(@ForAll @DoubleRange(min = -1e9, max = 1e9) double a,
                                                 @ForAll @DoubleRange(min = -1e9, max = 1e9) double b) {
        NiceScale s = NiceScale.of(a, b);
        // covered up to a millionth of a step (below a pixel; tick noise such as 1.1 / 0.1 is ignored)
        assertTrue(s.min() <= Math.min(a, b) + 1e-6 * s.step(), s.toString());
        assertTrue(s.max() >= Math.max(a, b) - 1e-6 * s.step(), s.toString());
        double mantissa = s.step() / Math.pow(10, Math.floor(Math.log10(s.step()) + 1e-12));
        assertTrue(Set.of(1L, 2L, 5L, 10L).contains(Math.round(mantissa)) && Math.abs(mantissa - Math.round(mantissa)) < 1e-6,
                "step " + s.step());
        int ticks = s.ticks().size();
        assertTrue(ticks >= 3 && ticks <= 9, ticks + " ticks for " + a + ".." + b);
    }

    @Test
    void ticksAreRoundNumbers() {
        assertEquals(List.of(8.5, 8.6, 8.7, 8.8, 8.9, 9.0), NiceScale.of(8.5, 9).ticks());
        NiceScale s = NiceScale.of(0, 2_200_000_000d);
        assertEquals(500_000_000d, s.step());
        assertEquals(List.of(0d, 5e8, 1e9, 1.5e9, 2e9, 2.5e9), s.ticks());
    }

    @Test
    void bigNumbersAreGroupedAndTheUnitTitlesTheAxis() throws Exception {
        String svg = SvgLineChart.render(new SvgLineChart.Chart("Netto driftsutgifter", null, "kroner",
                List.of(new SvgLineChart.Point(2018, 1_900_000_000), new SvgLineChart.Point(2019, 2_200_000_000d)),
                null, null, List.of(), null, List.of()));
        Document doc = SvgChartsTest.parseXml(svg);
        List<String> ticks = texts(doc, "tick");
        assertTrue(ticks.contains("2" + NNBSP + "000" + NNBSP + "000" + NNBSP + "000"), ticks.toString());
        assertFalse(svg.contains("2200000000<"), "no ungrouped number is printed");
        assertEquals(List.of("kroner"), texts(doc, "axis-title"));
    }

    @Test
    void anAxisNotStartingAtZeroIsMarkedBroken() throws Exception {
        String svg = SvgLineChart.render("Sykefravær", "prosent",
                List.of(new SvgLineChart.Point(2019, 9), new SvgLineChart.Point(2020, 8.5)), null);
        Document doc = SvgChartsTest.parseXml(svg);
        assertEquals(1, byClass(doc, "path", "axis-break").size(), "a break mark on the value axis");
        assertTrue(texts(doc, "axis-note").get(0).contains("ikke på null"), texts(doc, "axis-note").toString());
        assertTrue(doc.getElementsByTagName("desc").item(0).getTextContent().contains("ikke fra null"));
        List<String> ticks = texts(doc, "tick");
        assertTrue(ticks.contains("8,5") && ticks.contains("9,0"), "decimal comma in the ticks: " + ticks);

        String fromZero = SvgLineChart.render("Andel", "prosent",
                List.of(new SvgLineChart.Point(2019, 2), new SvgLineChart.Point(2020, 40)), null);
        Document zero = SvgChartsTest.parseXml(fromZero);
        assertTrue(byClass(zero, "path", "axis-break").isEmpty());
        assertTrue(texts(zero, "tick").contains("0"));
    }

    @Test
    void legendNamesEveryKindOfMarkShown() throws Exception {
        String svg = SvgLineChart.render(new SvgLineChart.Chart("Andel", null, "prosent",
                List.of(new SvgLineChart.Point(2017, 5), new SvgLineChart.Point(2018, 6), new SvgLineChart.Point(2019, 6.5)),
                new SvgLineChart.TrendLine(0.75, -1507.8), "trend (Theil–Sen)",
                List.of(new SvgLineChart.BandPoint(2017, 4.5, 5.6), new SvgLineChart.BandPoint(2018, 5.5, 6.2),
                        new SvgLineChart.BandPoint(2019, 6.1, 7.2)), "95 % konfidensbånd",
                List.of(new SvgLineChart.Point(2018, 6.1))));
        Document doc = SvgChartsTest.parseXml(svg);
        List<String> legend = new ArrayList<>();
        NodeList groups = doc.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            legend.add(groups.item(i).getTextContent());
        }
        assertEquals(List.of("observasjoner", "trend (Theil–Sen)", "95 % konfidensbånd", "tabellverdier"), legend);
        assertEquals(1, byClass(doc, "path", "band").size());
        assertEquals(1, byClass(doc, "rect", "table-value").size());
        assertEquals("6.1", byClass(doc, "rect", "table-value").get(0).getAttribute("data-value"));
        assertEquals(3, doc.getElementsByTagName("circle").getLength(), "legend swatches are not circles");
    }

    @Test
    void timelineKeyMatchesItsMarksAndShowsCutShortYears() throws Exception {
        Map<Integer, String> a = new TreeMap<>(Map.of(2016, "first", 2018, "reworded"));
        Map<Integer, String> b = new TreeMap<>(Map.of(2018, "first"));
        String svg = SvgTimeline.render("Barnehage", List.of(2016, 2017, 2018),
                List.of(new SvgTimeline.Row("Rekruttering", a), new SvgTimeline.Row("Sykefravær", b)), Set.of(2017));
        Document doc = SvgChartsTest.parseXml(svg);
        NodeList rects = doc.getElementsByTagName("rect");
        assertEquals(3, rects.getLength(), "one rect per mark");
        List<Element> unknown = byClass(doc, "g", "unknown");
        assertEquals(2, unknown.size(), "each challenge not seen in the cut-short year is drawn as unknown");
        assertEquals("2017", unknown.get(0).getAttribute("data-year"));
        List<Element> keys = byClass(doc, "g", "key");
        assertEquals(3, keys.size(), "first, reworded and the unknown cell");
        for (int i = 0; i < rects.getLength(); i++) {
            Element mark = (Element) rects.item(i);
            String cls = mark.getAttribute("class").replace("mark ", "");
            assertEquals(SvgPalette.mark(cls), mark.getAttribute("fill"));
            boolean keyed = keys.stream().anyMatch(k -> ((Element) k.getElementsByTagName("path").item(0))
                    .getAttribute("fill").equals(mark.getAttribute("fill")));
            assertTrue(keyed, "the key shows the colour of " + cls);
        }
        assertTrue(keys.get(2).getTextContent().contains("avkortet"));
    }

    private static List<String> texts(Document doc, String cls) {
        return byClass(doc, "text", cls).stream().map(Element::getTextContent).toList();
    }

    private static List<Element> byClass(Document doc, String tag, String cls) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (List.of(e.getAttribute("class").split(" ")).contains(cls)) {
                out.add(e);
            }
        }
        return out;
    }
}
