package no.trendspor.ingest.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sentences that state a challenge and sentences that only mention one (made-up sentences, bokmål and nynorsk). */
class ChallengeSentencesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Rekruttering av sykepleiere er en stor utfordring. | true",
        "Det er utfordrende å skaffe nok barnehageplasser. | true",
        "Flere eldre gir utfordringer for hjemmetjenesten. | true",
        "Økt bosetting skaper utfordringer med boliger. | true",
        "Den største utfordringen er å holde kostnadene nede. | true",
        "Økende klimautfordringer krever nye tiltak. | true",
        "Kommunen står overfor store utfordringer de neste årene. | true",
        "Flere unge med psykiske plager vil utfordre tjenestene. | true",
        "Å rekruttere fagfolk er ei utfordring i heile fylket. | true",
        "Kapasiteten blir en utfordring når elevtallet øker. | true",
        // mentions that state no challenge
        "Til tross for utfordringene ble målene nådd. | false",
        "Tjenesten har løst utfordringene med ventetid. | false",
        "Ventetid er ingen utfordring lenger. | false",
        "Året var et utfordrende og spesielt år. | false",
        "Hovedtrekkene i utfordringsbildet er: | false",
        "Hvilke utfordringer møter vi? | false",
        "Planen beskriver tiltak for å møte kommunens utfordringer på sikt. | false",
        "Antall barn i barnehage økte med fem prosent. | false",
    })
    void states(String sentence, boolean states) {
        assertEquals(states, ChallengeSentences.states(sentence));
    }
}
