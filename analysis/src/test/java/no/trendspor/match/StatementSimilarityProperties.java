package no.trendspor.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import no.trendspor.text.AnalyzedText;
import no.trendspor.text.NorwegianTextAnalyzer;
import org.junit.jupiter.api.Test;

class StatementSimilarityProperties {

    private static final NorwegianTextAnalyzer ANALYZER = new NorwegianTextAnalyzer();
    private static final List<String> WORDS = List.of("rekruttering", "rekruttere", "helsesykepleiere",
            "barnehagelærere", "opptak", "inntak", "styring", "barnehager", "velferdsteknologi",
            "velferdsteknologiske", "kvalitet", "mott", "ok", "mottok", "demografi", "endringer", "og", "med",
            "krav", "ti", "l", "til", "psykiske", "lidelser", "Tiltak.", "Bemanning", "2020", "øker");
    private static final StatementSimilarity SIMILARITY = StatementSimilarity.fit(
            WORDS.stream().map(ANALYZER::analyze).toList(), ANALYZER::canonical);

    @Provide
    Arbitrary<String> statements() {
        return Arbitraries.of(WORDS).list().ofMinSize(0).ofMaxSize(12).map(l -> String.join(" ", l));
    }

    @Property(tries = 300)
    void scoreIsBoundedAndSymmetric(@ForAll("statements") String a, @ForAll("statements") String b) {
        AnalyzedText x = ANALYZER.analyze(a);
        AnalyzedText y = ANALYZER.analyze(b);
        double s = SIMILARITY.score(x, y);
        assertTrue(s >= 0 && s <= 1, () -> "score " + s);
        assertEquals(s, SIMILARITY.score(y, x), 1e-12);
    }

    @Property(tries = 200)
    void aStatementWithTermsIsFullySimilarToItself(@ForAll("statements") String a) {
        AnalyzedText x = ANALYZER.analyze(a);
        double expected = x.terms().isEmpty() ? 0 : 1;
        assertEquals(expected, SIMILARITY.score(x, x), 1e-9);
    }

    @Test
    void synonymsCompoundPartsAndDamagedWordsAreExplained() {
        TermComparison c = SIMILARITY.compare(ANALYZER.analyze("inntak i barnehager"),
                ANALYZER.analyze("opptak i barnehager"));
        assertEquals(List.of("inntak ↔ opptak"), c.synonymsUsed());
        TermComparison parts = SIMILARITY.compare(ANALYZER.analyze("rekruttering av helsesykepleiere"),
                ANALYZER.analyze("rekruttering av sykepleiere"));
        assertTrue(!parts.sharedCompoundParts().isEmpty(), parts::toString);
        TermComparison fuzzy = SIMILARITY.compare(ANALYZER.analyze("velferdsteknologi hjemme"),
                ANALYZER.analyze("velferdteknologi hjemme"));
        assertEquals(List.of("velferdsteknologi ≈ velferdteknologi"), fuzzy.fuzzyMatches());
        assertTrue(fuzzy.score() > 0.5, fuzzy::toString);
    }

    /** Words with close spellings among them, so the fuzzy fallback has pairs to find. */
    private static final List<String> SPELLINGS = List.of("velferdsteknologi", "velferdteknologi",
            "velferdsteknologiske", "rekruttering", "rekrutering", "rekruttere", "helsesykepleiere",
            "helsesykepleier", "helsesykeplere", "barnehagelærere", "barnehagelærer", "kvalitet", "kvaliteten",
            "styring", "styringen", "og", "med");

    @Provide
    Arbitrary<List<String>> misspeltStatements() {
        return Arbitraries.of(SPELLINGS).list().ofMinSize(1).ofMaxSize(6).map(l -> String.join(" ", l))
                .list().ofMinSize(2).ofMaxSize(5);
    }

    /**
     * A similarity learns words as it first sees them, and skips the fuzzy search for two texts
     * whose words and close spellings share nothing; the scores must not depend on the order the
     * texts were first seen in, and must equal those of the explained comparison.
     */
    @Property(tries = 200)
    void scoresDoNotDependOnTheOrderTextsAreFirstSeen(@ForAll("misspeltStatements") List<String> texts) {
        List<AnalyzedText> analysed = texts.stream().map(ANALYZER::analyze).toList();
        StatementSimilarity inOrder = StatementSimilarity.fit(analysed, ANALYZER::canonical);
        StatementSimilarity reversed = StatementSimilarity.fit(analysed, ANALYZER::canonical);
        StatementSimilarity explained = StatementSimilarity.fit(analysed, ANALYZER::canonical);
        for (int k = analysed.size() - 1; k >= 0; k--) {
            reversed.score(analysed.get(k), analysed.get(k)); // learns the texts' words last to first
        }
        for (AnalyzedText a : analysed) {
            for (AnalyzedText b : analysed) {
                double s = inOrder.score(a, b);
                assertEquals(s, reversed.score(a, b), 0.0);
                assertEquals(s, explained.compare(a, b).score(), 0.0);
            }
        }
    }
}
