package no.trendspor.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DirectionDetectorTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Sykefraværet øker i alle tjenester | UP",
        "Antall søkere går ned | DOWN",
        "Ventetiden er redusert | DOWN",
        "Nedgangen i elevtallet fortsetter | DOWN",
        "Økende behov for avlastning | UP",
        "Antall brukere øker selv med færre ansatte | UP",
        "Søknadene går ned, men sakene blir større | DOWN",
        "Det er færre plasser enn før | DOWN",
        "Flere familier trenger hjelp | UP",
        "Øke kvaliteten i tjenestene | NONE",
        "Rekruttering av lærere er krevende | NONE",
        "Talet på elevar aukar | UP",
        "Aukande behov for avlasting | UP",
        "Talet på søkjarar minkar | DOWN",
        "Det er fleire born i barnehagane | UP",
        "Auke kvaliteten i tenestene | NONE",
    })
    void readsTheFirstStatedTrend(String text, Direction expected) {
        assertEquals(expected, DirectionDetector.detect(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Antall søkere går ned | Antall søkere øker selv med færre plasser | true",
        "Ventetiden øker | Ventetiden er redusert | true",
        "Færre barn plasseres i institusjon | Økning i måloppnåelse, og færre barn plasseres i institusjon | false",
        "Flere søkere enn før | Færre søkere enn før | true",
        "Sykefraværet øker | Sykefraværet øker fortsatt | false",
        "Sykefraværet øker, men går ned i skolene | Sykefraværet går ned | false",
        "Rekruttering er krevende | Sykefraværet går ned | false",
    })
    void aReversalNeedsOppositeTrendsWithoutTheEarlierOneRepeated(String earlier, String later, boolean expected) {
        assertEquals(expected, DirectionDetector.reversed(earlier, later));
    }
}
