package no.trendspor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseErrorList;
import org.jsoup.parser.Parser;

/** Checks on generated HTML shared by the report and command-line tests. */
public final class HtmlChecks {

    private static final Pattern SVG = Pattern.compile("<svg\\b.*?</svg>", Pattern.DOTALL);
    private static final List<String> URL_ATTRIBUTES = List.of("src", "href", "xlink:href", "srcset", "action",
            "formaction", "poster", "data", "background", "cite", "manifest");

    private HtmlChecks() {
    }

    /** Parses with jsoup's HTML5 tree builder and fails on any parse error it reports. */
    public static Document parseStrict(String html) {
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document doc = parser.parseInput(html, "");
        ParseErrorList errors = parser.getErrors();
        assertTrue(errors.isEmpty(), "HTML5 parse errors: " + errors);
        return doc;
    }

    /** Structure, no script, nothing loaded from elsewhere. */
    public static void assertSelfContained(String html, Document doc) {
        assertTrue(html.startsWith("<!DOCTYPE html>"), "HTML5 doctype first");
        assertEquals(1, doc.select("html > head > title").size(), "one title");
        assertEquals(1, doc.select("html > head > meta[charset]").size(), "declared encoding");
        assertEquals(1, doc.select("body h1").size(), "one h1");
        assertTrue(doc.select("script").isEmpty(), "no script element");
        assertTrue(doc.select("link, iframe, object, embed, img, base").isEmpty(), "nothing embedded or linked");
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                assertFalse(key.startsWith("on"), "event handler attribute " + a + " on " + e.tagName());
                if (URL_ATTRIBUTES.contains(key)) {
                    assertTrue(a.getValue().startsWith("#"), "only in-page references, got " + a + " on " + e.tagName());
                }
            }
        }
        for (Element style : doc.select("style")) {
            String css = style.data().toLowerCase(Locale.ROOT);
            assertFalse(css.contains("url("), "no url() in CSS");
            assertFalse(css.contains("@import"), "no @import in CSS");
        }
        List<String> ids = doc.select("[id]").eachAttr("id");
        assertEquals(ids.size(), ids.stream().distinct().count(), "ids are unique: " + ids);
        for (Element a : doc.select("a[href^=#]")) {
            assertFalse(doc.select("[id=" + a.attr("href").substring(1) + "]").isEmpty(), "target of " + a);
        }
    }

    /** Every inline SVG, as written (not re-serialised by jsoup), in document order. */
    public static List<String> svgSources(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = SVG.matcher(html);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Parses SVG as XML; throws when it is not well-formed. */
    public static org.w3c.dom.Document parseXml(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
