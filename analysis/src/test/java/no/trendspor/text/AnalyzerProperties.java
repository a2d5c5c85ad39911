package no.trendspor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
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
}
