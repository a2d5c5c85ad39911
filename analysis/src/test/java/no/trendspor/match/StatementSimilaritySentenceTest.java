package no.trendspor.match;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.trendspor.text.AnalyzedText;
import no.trendspor.text.NorwegianTextAnalyzer;
import org.junit.jupiter.api.Test;

/** Which sentences of multi-sentence statements may carry a match on their own. */
class StatementSimilaritySentenceTest {

    private static final NorwegianTextAnalyzer ANALYZER = new NorwegianTextAnalyzer();

    // Made-up statements: two different topics that end with the same stock sentence, and a
    // restatement of the first topic with a different elaboration.
    private static final String PARKING = "Parkeringsdekningen i sentrum dekker ikke etterspørselen fra pendlere og næringsliv. "
            + "Arbeidet må prioriteres i hele planperioden fremover.";
    private static final String LIBRARY = "Bibliotekets lokaler er slitte og lite tilgjengelige for besøkende. "
            + "Arbeidet må prioriteres i hele planperioden fremover.";
    private static final String PARKING_AGAIN = "Parkeringsdekningen i sentrum dekker fortsatt ikke etterspørselen fra pendlere. "
            + "Nye plasser planlegges ved stasjonen sammen med utbyggerne.";

    private static StatementSimilarity fitted(List<AnalyzedText> texts) {
        return StatementSimilarity.fit(texts, ANALYZER::canonical);
    }

    @Test
    void aSharedStockSentenceAloneDoesNotMakeTheSameChallenge() {
        AnalyzedText parking = ANALYZER.analyze(PARKING);
        AnalyzedText library = ANALYZER.analyze(LIBRARY);
        AnalyzedText again = ANALYZER.analyze(PARKING_AGAIN);
        StatementSimilarity sim = fitted(List.of(parking, library, again));
        double stock = sim.score(parking, library);
        double topic = sim.score(parking, again);
        // Compared sentence by sentence, the identical closing sentences would score 1.0; they may
        // only count through the whole texts, where the different leading sentences weigh in.
        assertTrue(stock < 0.9, "only the closing sentence is shared: " + stock);
        assertTrue(topic > AnalysisOptions.DEFAULT_MATCH_THRESHOLD, "the restated leading sentence matches: " + topic);
    }
}
