package no.trendspor.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import no.trendspor.text.AnalyzedText;
import no.trendspor.text.NorwegianTextAnalyzer;
import org.junit.jupiter.api.Test;

/** Explanations name shared stems by the words the two statements use. */
class SharedWordsTest {

    @Test
    void eachStemIsShownAsTheWordsOfBothStatements() {
        NorwegianTextAnalyzer analyzer = new NorwegianTextAnalyzer();
        AnalyzedText earlier = analyzer.analyze("Barnehagene i sentrum har ventelister.");
        AnalyzedText later = analyzer.analyze("Barnehager i sentrum mangler plasser.");
        String stem = analyzer.analyze("barnehagene").terms().get(0).term();
        String sentrum = analyzer.analyze("sentrum").terms().get(0).term();
        assertEquals(List.of("barnehagene/barnehager", "sentrum"),
                StatementMatcher.words(List.of(stem, sentrum), earlier, later));
    }
}
