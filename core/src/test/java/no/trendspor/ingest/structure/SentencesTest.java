package no.trendspor.ingest.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class SentencesTest {

    private static List<String> sentences(String text) {
        return Sentences.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void splitsAtSentenceMarksBeforeACapitalOrADigit() {
        assertEquals(List.of("Tallet økte.", "Det er bra!", "Hva nå?", "2031 blir travelt."),
                sentences("Tallet økte.  Det er bra! Hva nå? 2031 blir travelt."));
        assertEquals(1, sentences("Tallet økte. men ikke mye").size(), "a lower-case word goes on with the sentence");
    }

    @Test
    void abbreviationsOrdinalsAndDecimalsDoNotEndASentence() {
        assertEquals(1, sentences("Tiltaket, bl.a. Ny plan, ble vedtatt den 1. august med ca. 3,5 prosent.").size());
        assertEquals(1, sentences("Se f.eks. Tabell 4 og kap. 3 for tallene.").size());
        assertEquals(2, sentences("Fondet var 429 mill. Målet er 100 mill. kroner.").size(),
                "'mill.' ends a sentence when a capital follows: it is no abbreviation that never ends one");
    }

    @Test
    void closingQuotesAndBracketsStayWithTheirSentence() {
        List<String> s = sentences("Planen heter «Ny start.» Den gjelder fra i år.");
        assertEquals(List.of("Planen heter «Ny start.»", "Den gjelder fra i år."), s);
    }

    @Property(tries = 300)
    void sentencesCoverEveryNonBlankCharacterInOrder(@ForAll @StringLength(max = 300) String text) {
        int at = 0;
        StringBuilder covered = new StringBuilder();
        for (Sentences.Span s : Sentences.split(text)) {
            assertTrue(s.start() >= at && s.end() > s.start(), "spans are in order and not empty");
            assertTrue(text.substring(at, s.start()).isBlank(), "only white space between sentences");
            covered.append(text, s.start(), s.end());
            at = s.end();
        }
        assertTrue(text.substring(at).isBlank());
        assertEquals(nonBlank(text), nonBlank(covered.toString()));
    }

    /** The text without white space in String.isBlank's sense (which includes U+001C-U+001F, unlike the regex class \s). */
    private static String nonBlank(String text) {
        return text.codePoints().filter(c -> !Character.isWhitespace(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
