package no.trendspor.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeynessTest {

    @Test
    void logLikelihoodMatchesTheTwoCellFormula() {
        // a=10 of 100, b=0 of 100: expected 5 and 5, G² = 2·10·ln(10/5).
        assertEquals(2 * 10 * Math.log(2), Keyness.logLikelihood(10, 0, 100, 100), 1e-12);
        assertEquals(0, Keyness.logLikelihood(5, 5, 100, 100), 1e-12);
    }

    @Test
    void ranksByG2WithEffectSizeAndCounts() {
        Map<String, Integer> before = Map.of("vekst", 6, "bemanning", 2, "rekruttering", 2);
        Map<String, Integer> after = Map.of("barnevern", 6, "bemanning", 2, "rekruttering", 2);
        List<KeyTerm> top = Keyness.compare(before, after, 10);
        assertEquals(4, top.size());
        assertEquals("barnevern", top.get(0).term());
        assertEquals("vekst", top.get(1).term());
        assertTrue(top.get(0).rose());
        assertTrue(!top.get(1).rose());
        assertEquals(6, top.get(0).countAfter());
        assertEquals(0, top.get(0).countBefore());
        assertTrue(top.get(0).pValue() < 0.05);
        assertEquals(0, top.get(2).logLikelihood(), 1e-12);
        assertEquals(List.of("bemanning", "rekruttering"), List.of(top.get(2).term(), top.get(3).term()));
    }

    @Test
    void emptySideGivesNoKeyTerms() {
        assertTrue(Keyness.compare(Map.of(), Map.of("x", 1), 5).isEmpty());
    }

    @Test
    void termsAreShownByTheirWordWhereOneIsGiven() {
        var terms = Keyness.compare(Map.of("barnehag", 1, "vekst", 4), Map.of("barnehag", 5, "vekst", 1), 5,
                Map.of("barnehag", "barnehagene"));
        var byTerm = new java.util.TreeMap<String, String>();
        terms.forEach(k -> byTerm.put(k.term(), k.word()));
        assertEquals("barnehagene", byTerm.get("barnehag"));
        assertEquals("vekst", byTerm.get("vekst"), "no word given: the term itself");
    }

    @Test
    void seedDiffsShowKeyTermsAsWordsOfTheStatements() {
        var report = no.trendspor.Trendspor.analyzeSeeds();
        var diff = report.themeDiffs().get(0);
        String text = report.documents().stream().flatMap(d -> d.statements().stream())
                .map(st -> st.text().toLowerCase(java.util.Locale.ROOT)).reduce("", (a, b) -> a + " " + b);
        assertTrue(!diff.keyTerms().isEmpty());
        for (KeyTerm k : diff.keyTerms()) {
            assertTrue(text.contains(k.word()), k.word() + " is a word of the statements");
        }
    }
}
