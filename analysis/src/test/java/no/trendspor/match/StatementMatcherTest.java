package no.trendspor.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.trendspor.text.AnalyzedText;
import no.trendspor.text.NorwegianTextAnalyzer;
import org.junit.jupiter.api.Test;

/** Relation labels of the matcher on hand-written statement pairs. */
class StatementMatcherTest {

    private final NorwegianTextAnalyzer analyzer = new NorwegianTextAnalyzer();

    private Explanation explain(String earlier, String later) {
        AnalyzedText a = analyzer.analyze(earlier);
        AnalyzedText b = analyzer.analyze(later);
        StatementMatcher m = new StatementMatcher(StatementSimilarity.fit(List.of(a, b), analyzer::canonical));
        return m.explain(earlier, a, later, b);
    }

    @Test
    void aCompoundSpelledOutAsWordsIsARewordingNotABroadening() {
        // three words against five, two shared verbatim: as words the later one looks broader, but
        // the compound holds two of the later one's words
        Explanation e = explain("Bemanningsplanlegging for lærere og ledere.",
                "Planlegge bemanningen bedre for lærere og ledere.");
        assertEquals(Relation.REWORDED, e.relation(), e::toString);
    }

    @Test
    void addedItemsBroadenTheStatement() {
        Explanation e = explain("Rekruttering av sykepleiere.",
                "Rekruttering av sykepleiere, leger og fysioterapeuter til hjemmetjenesten og sykehjemmene.");
        assertEquals(Relation.NARROWED_OR_BROADENED, e.relation(), e::toString);
    }

    @Test
    void contentUnitsCountACompoundAsItsParts() {
        var units = StatementMatcher.contentUnits(analyzer.analyze("Bemanningsplanlegging er krevende"));
        assertTrue(units.containsAll(analyzer.analyze("bemanning plan").distinctTerms()), units::toString);
        assertTrue(units.stream().noneMatch(u -> u.startsWith("bemanningsplan")), units::toString);
    }
}
