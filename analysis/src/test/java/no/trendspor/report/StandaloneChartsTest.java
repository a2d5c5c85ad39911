package no.trendspor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import no.trendspor.Trendspor;
import no.trendspor.report.svg.SvgPalette;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every SVG the HTML report contains, taken out of the page, is a well-formed XML document that
 * carries its own styling: nothing drawn depends on the page's style sheet.
 */
class StandaloneChartsTest {

    private static final TrendReport SEEDS = Trendspor.analyzeSeeds();
    private static final Set<String> DRAWN = Set.of("line", "polyline", "circle", "rect", "path", "text");

    @Test
    void everyChartInThePageStandsAlone() throws Exception {
        for (TrendReport report : List.of(SEEDS, HostileReports.report())) {
            List<String> svgs = HtmlChecks.svgSources(report.toHtml());
            assertFalse(svgs.isEmpty());
            for (String svg : svgs) {
                assertStandsAlone(svg);
            }
        }
    }

    @Test
    void chartsOfTheApiAreThoseThePageShows() throws Exception {
        List<String> inPage = HtmlChecks.svgSources(SEEDS.toHtml());
        List<ReportChart> charts = SEEDS.charts();
        assertEquals(inPage, charts.stream().map(ReportChart::svg).toList());
        assertEquals(charts.size(), charts.stream().map(ReportChart::fileName).distinct().count(), "unique file names");
        for (ReportChart c : charts) {
            assertTrue(c.fileName().matches("[a-z0-9-]+\\.svg"), c.fileName());
            assertTrue(c.document().startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg"));
            HtmlChecks.parseXml(c.document());
        }
    }

    /** Where librsvg's renderer is installed, every chart file renders to a non-empty image. */
    @Test
    void everyChartRendersWhereARendererIsAvailable(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws Exception {
        java.nio.file.Path renderer = java.nio.file.Path.of("/usr/bin/rsvg-convert");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isExecutable(renderer), "no rsvg-convert");
        for (ReportChart c : SEEDS.charts()) {
            java.nio.file.Path svg = java.nio.file.Files.writeString(tmp.resolve(c.fileName()), c.document());
            java.nio.file.Path png = tmp.resolve(c.fileName() + ".png");
            Process p = new ProcessBuilder(renderer.toString(), svg.toString(), "-o", png.toString())
                    .redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), c.fileName() + ": " + output);
            assertTrue(java.nio.file.Files.size(png) > 1000, c.fileName() + " rendered to an image");
        }
    }

    /** Meaningful colours (text, lines, points, marks) have at least 4.5:1 contrast against white. */
    @Test
    void chartColoursHaveEnoughContrast() throws Exception {
        for (String svg : HtmlChecks.svgSources(SEEDS.toHtml())) {
            Document doc = HtmlChecks.parseXml(svg);
            for (String tag : List.of("text", "line", "polyline", "circle", "rect")) {
                NodeList nodes = doc.getElementsByTagName(tag);
                for (int i = 0; i < nodes.getLength(); i++) {
                    Element e = (Element) nodes.item(i);
                    if (e.getAttribute("class").equals("symbol")) {
                        // white on a mark: the mark's contrast against white is the same ratio
                        continue;
                    }
                    for (String attr : List.of("fill", "stroke")) {
                        String colour = inherited(e, attr);
                        if (colour != null && colour.matches("#[0-9a-fA-F]{6}") && !colour.equalsIgnoreCase("#ffffff")) {
                            assertTrue(SvgPalette.contrast(colour, "#ffffff") >= 4.5, tag + " " + attr + " " + colour);
                        }
                    }
                }
            }
        }
        for (String colour : SvgPalette.MARKS.values()) {
            assertTrue(SvgPalette.contrast(colour, "#ffffff") >= 4.5, colour);
        }
    }

    static void assertStandsAlone(String svg) throws Exception {
        Document doc = HtmlChecks.parseXml(svg);
        Element root = doc.getDocumentElement();
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals("nb", root.getAttribute("lang"));
        assertFalse(root.getAttribute("font-family").isEmpty(), "font set on the root");
        assertEquals("title", firstElement(root).getTagName(), "title first");
        assertEquals(1, doc.getElementsByTagName("desc").getLength(), "a description");
        assertFalse(doc.getElementsByTagName("desc").item(0).getTextContent().isBlank());
        for (String tag : DRAWN) {
            NodeList nodes = doc.getElementsByTagName(tag);
            for (int i = 0; i < nodes.getLength(); i++) {
                Element e = (Element) nodes.item(i);
                boolean styled = inherited(e, "fill") != null || inherited(e, "stroke") != null;
                assertTrue(styled, "<" + tag + " class=" + e.getAttribute("class") + "> has no fill or stroke of its own");
                if (!tag.equals("text")) {
                    // a shape with only an inherited ink fill would be a black blob: it must say how it is drawn
                    assertTrue(e.hasAttribute("fill") || e.hasAttribute("stroke"),
                            "<" + tag + " class=" + e.getAttribute("class") + "> carries its own fill or stroke");
                }
            }
        }
    }

    private static String inherited(Element e, String attr) {
        for (Node n = e; n instanceof Element el; n = n.getParentNode()) {
            if (el.hasAttribute(attr)) {
                return el.getAttribute(attr);
            }
        }
        return null;
    }

    private static Element firstElement(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        throw new AssertionError("empty svg");
    }
}
