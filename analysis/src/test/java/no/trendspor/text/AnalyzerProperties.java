package no.trendspor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

class AnalyzerProperties {

    private static final NorwegianTextAnalyzer ANALYZER = new NorwegianTextAnalyzer();

    @Property(tries = 300)
    void anyTextAnalysesToDigitFreeNonEmptyTerms(@ForAll @StringLength(max = 200) String text) {
        AnalyzedText t = ANALYZER.analyze(text);
        for (AnalyzedTerm term : t.terms()) {
            assertFalse(term.term().isEmpty());
            assertFalse(term.term().chars().anyMatch(Character::isDigit), term::toString);
        }
    }

    @Property(tries = 200)
    void analysisIsDeterministic(@ForAll @StringLength(max = 100) String text) {
        assertEquals(ANALYZER.analyze(text), ANALYZER.analyze(text));
    }

    /**
     * Sentences are remembered across texts (a national run repeats them): a text whose sentences
     * this analyzer has seen before, in other texts and other positions, analyses exactly as it
     * does in an analyzer that has seen nothing (terms, kinds, words and sentence numbers).
     */
    @Property(tries = 25)
    void rememberedSentencesAnalyseAsFreshOnes(@ForAll("sentences") List<String> sentences) {
        List<String> reversed = new ArrayList<>(sentences);
        Collections.reverse(reversed);
        ANALYZER.analyze(String.join(" ", reversed));
        ANALYZER.analyze(sentences.get(sentences.size() - 1));
        String text = String.join(" ", sentences);
        assertEquals(new NorwegianTextAnalyzer().analyze(text), ANALYZER.analyze(text));
    }

    @Provide
    Arbitrary<List<String>> sentences() {
        Arbitrary<String> word = Arbitraries.of("rekruttering", "helsesykepleiere", "barnehagelærere", "krevende",
                "fortsatt", "utfordring", "elevene", "skolene", "sykefraværet", "går", "ned", "øker", "kvaliteten",
                "i", "og", "av", "til", "med", "kommunen", "tjenestene", "Bærum", "2018", "7,2", "prosent");
        Arbitrary<String> sentence = word.list().ofMinSize(1).ofMaxSize(12).map(words -> {
            String s = String.join(" ", words);
            return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
        });
        return sentence.list().ofMinSize(1).ofMaxSize(6);
    }
}
