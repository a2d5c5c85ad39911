package no.trendspor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.trendspor.Trendspor;
import no.trendspor.report.svg.SvgPalette;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The page's language, table header scope and the contrast of the marks' colours. */
class HtmlAccessibilityTest {

    private static final String HTML = Trendspor.analyzeSeeds().toHtml();

    @Test
    void pageIsNorwegian() {
        Document doc = HtmlChecks.parseStrict(HTML);
        assertEquals("nb", doc.selectFirst("html").attr("lang"));
    }

    @Test
    void everyHeaderCellHasAScope() {
        Document doc = HtmlChecks.parseStrict(HTML);
        assertFalse(doc.select("th").isEmpty());
        for (Element th : doc.select("th")) {
            assertEquals("col", th.attr("scope"), th.outerHtml());
        }
    }

    @Test
    void markColoursOfTheStyleSheetHaveEnoughContrast() {
        Matcher m = Pattern.compile("--(first|identical|reworded|reversed|scope):\\s*(#[0-9a-fA-F]{6})").matcher(HTML);
        int n = 0;
        while (m.find()) {
            n++;
            assertTrue(SvgPalette.contrast(m.group(2), "#ffffff") >= 4.5, m.group());
        }
        assertEquals(5, n, "five mark colours");
    }
}
