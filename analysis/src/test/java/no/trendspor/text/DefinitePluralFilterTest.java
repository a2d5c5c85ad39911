package no.trendspor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class DefinitePluralFilterTest {

    @Test
    void definitePluralOfErNounsBecomesTheSingular() {
        assertEquals("innbygger", DefinitePluralFilter.rewrite("innbyggerne"));
        assertEquals("bruker", DefinitePluralFilter.rewrite("brukerne"));
        assertEquals("deltaker", DefinitePluralFilter.rewrite("deltakernes"));
        assertEquals("arbeidsgiver", DefinitePluralFilter.rewrite("arbeidsgiverne"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"moderne", "eksterne", "interne", "fjerne", "stjerne", "ledestjerne", "hjerne", "gjerne",
            "eierne", "brukere", "bruker", "kjerne"})
    void otherWordsAreLeftAlone(String word) {
        assertNull(DefinitePluralFilter.rewrite(word));
    }

    @ParameterizedTest
    @EnumSource(StemmerChoice.class)
    void everyStemmerThenConflatesTheDefinitePluralWithTheSingular(StemmerChoice choice) {
        NorwegianTextAnalyzer a = new NorwegianTextAnalyzer(choice);
        var expected = a.analyze("innbygger").terms(TermKind.STEM);
        for (String form : new String[] {"innbyggerne", "innbyggernes"}) {
            assertEquals(expected, a.analyze(form).terms(TermKind.STEM), form);
        }
    }
}
