package no.trendspor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AbstractNounFilterTest {

    @Test
    void inflectedHetAndItetNounsBecomeTheSingular() {
        assertEquals("kvalitet", AbstractNounFilter.rewrite("kvaliteten"));
        assertEquals("kvalitet", AbstractNounFilter.rewrite("kvaliteter"));
        assertEquals("kapasitet", AbstractNounFilter.rewrite("kapasitetene"));
        assertEquals("myndighet", AbstractNounFilter.rewrite("myndighetenes"));
        assertEquals("sikkerhet", AbstractNounFilter.rewrite("sikkerhetens"));
    }

    @Test
    void otherWordsAreLeftAlone() {
        assertNull(AbstractNounFilter.rewrite("kvalitet"), "already the singular");
        assertNull(AbstractNounFilter.rewrite("anledningen"), "not a -het/-itet noun");
        assertNull(AbstractNounFilter.rewrite("meter"));
        assertNull(AbstractNounFilter.rewrite("heten"), "too short to be a derived noun");
    }

    @Test
    void allFormsOfOneNounShareAStem() {
        NorwegianTextAnalyzer analyzer = new NorwegianTextAnalyzer();
        String singular = analyzer.analyze("kvalitet").terms().get(0).term();
        for (String form : new String[] {"kvaliteten", "kvaliteter", "kvalitetene"}) {
            assertEquals(singular, analyzer.analyze(form).terms().get(0).term(), form);
        }
        String myndighet = analyzer.analyze("myndighet").terms().get(0).term();
        assertEquals(myndighet, analyzer.analyze("myndighetene").terms().get(0).term());
    }
}
