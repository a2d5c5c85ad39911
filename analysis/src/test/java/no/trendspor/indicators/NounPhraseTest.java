package no.trendspor.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Indicator names are noun phrases a reader recognises, or nothing. */
class NounPhraseTest {

    @Test
    void pronounsVerbsFunctionWordsAndAdverbialNounsAreNoNames() {
        for (String junk : List.of("dette", "denne", "brukt", "overført", "tatt", "ved utgangen av", "utgangen",
                "årets slutt", "som helhet", "helhet", "brutto", "minimum", "i", "og", "har", "under 20 år", "andelen",
                "dette tallet", "")) {
            assertEquals("", IndicatorNames.nounPhrase(junk), junk);
        }
    }

    @Test
    void nounPhrasesKeepTheirWordsAndLoseLooseEnds() {
        assertEquals("andel elever med spesialundervisning",
                IndicatorNames.nounPhrase("andel elever med spesialundervisning"));
        assertEquals("brutto driftsresultat", IndicatorNames.nounPhrase("Brutto driftsresultat"));
        assertEquals("barn med barnehageplass", IndicatorNames.nounPhrase("av barn med barnehageplass i"));
        assertEquals("andel innbyggere", IndicatorNames.nounPhrase("andel innbyggere over"));
    }

    @Test
    void aVerbAfterTheHeadOpensARelativeClause() {
        assertEquals("sykehjem som har redusert matsvinn", IndicatorNames.nounPhrase("sykehjem har redusert matsvinn"));
        assertEquals("barn som har mottatt stipend", IndicatorNames.nounPhrase("barn som har mottatt stipend"));
    }

    @Property
    void aNameIsItsOwnNounPhraseAndNeverAClosedClassWord(@ForAll @StringLength(max = 60) String text) {
        String name = IndicatorNames.nounPhrase(text);
        if (name.isEmpty()) {
            return;
        }
        assertEquals(name, IndicatorNames.nounPhrase(name), "idempotent");
        assertFalse(name.split(" ").length == 1 && (Lexicon.PRONOUNS.contains(name) || Lexicon.VERBS.contains(name)
                || Lexicon.ADVERBIAL_HEADS.contains(name)), name);
    }

    @Property
    void everyExtractedNameIsANounPhrase(@ForAll("sentences") String sentence) {
        for (Observation o : new IndicatorExtractor().extract("s", sentence, "t", 2020).observations()) {
            assertEquals(o.name(), IndicatorNames.nounPhrase(o.name()), sentence);
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> sentences() {
        net.jqwik.api.Arbitrary<String> word = net.jqwik.api.Arbitraries.of("dette", "er", "brukt", "andelen",
                "elever", "med", "ved", "utgangen", "av", "2019", "7,2", "prosent", "mill.", "kroner", "har",
                "sykefraværet", "til", "fra", "ned", "og", "barn", "15", "Av", "denne", "andelen", "som", "helhet");
        return word.list().ofMinSize(1).ofMaxSize(14).map(w -> String.join(" ", w) + ".");
    }

    @Test
    void aBulletOfThousandsOfNumbersIsReadWithoutDeepRecursion() {
        StringBuilder sb = new StringBuilder("Tall:");
        for (int i = 0; i < 2000; i++) {
            sb.append(' ').append(100 + i % 900).append(i % 2 == 0 ? ",5" : "");
        }
        String text = sb.toString();
        // the extractor and the name rules walk tokens, no backtracking pattern: no stack overflow
        new IndicatorExtractor().extract("s", text, "t", 2020);
        assertEquals("", IndicatorNames.nounPhrase("2 000 3 000"));
        IndicatorNames.nounPhrase(text);
    }
}
