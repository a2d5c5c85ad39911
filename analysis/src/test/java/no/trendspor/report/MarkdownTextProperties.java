package no.trendspor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class MarkdownTextProperties {

    @Property
    void escapedTextIsOneTableCellWithoutHtml(@ForAll String text) {
        String escaped = MarkdownText.escape(text);
        assertFalse(escaped.contains("<"));
        assertFalse(escaped.contains("\n"));
        assertEquals(0, MarkdownReportTest.separators(escaped), "an unescaped | in " + escaped);
    }

    @Property
    void markupEscapedTextHasNoTagOrQuote(@ForAll String text) {
        String escaped = Markup.escape(text);
        assertFalse(escaped.contains("<"));
        assertFalse(escaped.contains("\""));
        assertFalse(escaped.matches("(?s).*&(?!(lt|gt|amp|quot|#39);).*"), "bare & in " + escaped);
    }
}
