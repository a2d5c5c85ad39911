package no.trendspor.ingest.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.trendspor.ingest.IngestHints;
import no.trendspor.ingest.ReportParser;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.Sector;
import org.junit.jupiter.api.Test;

/**
 * When a page ends inside a sector before that sector's challenge list is complete, the sector is
 * marked {@link Sector#challengeListCutShort() cut short}; a complete page is not. Texts are made up
 * for the test.
 */
class ChallengeListCutShortTest {

    private static final String HEAD = """
            Kultur og fritid
            Kultur og fritid skal gi alle innbyggere gode tilbud hele året.

            Viktige resultater og innsatser i 2024
             • Biblioteket hadde flere besøk enn året før.
             • Nye turstier ble merket i marka.
            """;
    private static final String CHALLENGES = """

            Utfordringer fremover
             • Vedlikehold av idrettsanlegg krever mer midler.
             • Flere eldre ønsker aktiviteter på dagtid.
            """;

    private final ReportParser parser = new ReportParser();

    private List<Sector> sectors(String text) {
        ReportDocument doc = parser.parse("kultur-2024.txt", text, IngestHints.NONE);
        return doc.sectors();
    }

    private boolean cutShort(String text) {
        List<Sector> sectors = sectors(text);
        return sectors.get(sectors.size() - 1).challengeListCutShort();
    }

    @Test
    void aPageCutInsideTheChallengeListIsCutShort() {
        assertTrue(cutShort(HEAD + CHALLENGES + " • Ventetiden for plass i kulturskolen er fort"));
    }

    @Test
    void aPageCutBeforeTheChallengeHeadingIsCutShort() {
        assertTrue(cutShort(HEAD + " • Svømmehallen fikk nye åpningsti"), "cut in the results");
        assertTrue(cutShort("Kultur og fritid\nKultur og fritid skal gi alle innbyggere gode tilbud og"),
                "cut in the mission");
        assertTrue(cutShort(HEAD + "\nUtfordringer fremover\n"), "cut right after the challenges heading");
    }

    @Test
    void aListEndingInAColonOrSemicolonIsUnfinished() {
        assertTrue(cutShort(HEAD + CHALLENGES + " • Disse områdene trenger mer innsats:"));
        assertTrue(cutShort(HEAD + CHALLENGES + " • Bedre samarbeid med frivillige lag;"));
    }

    @Test
    void aChallengeListFollowedByAKeyFigureLineIsComplete() {
        String text = HEAD + CHALLENGES + "\nTabell 7 viser nøkkeltall for kultur og fritid\n"
                + "Besøk per innbygger har økt jevnt de siste fire år";
        assertFalse(cutShort(text), "the key-figure line ends the list; what is cut after it is no challenge");
        assertFalse(cutShort(HEAD + CHALLENGES + "\nTabell 7 viser nø"), "even a cut key-figure line ends the list");
    }

    @Test
    void aPageEndingInACompleteSentenceIsComplete() {
        assertFalse(cutShort(HEAD + CHALLENGES));
        assertFalse(cutShort(HEAD + CHALLENGES + " • Er tilbudet godt nok for ungdom?"));
    }

    @Test
    void aListOfUnpunctuatedPointsEndsWithoutAFullStop() {
        String text = HEAD + """

                Utfordringer fremover
                 • Vedlikehold av idrettsanlegg
                 • Aktiviteter for eldre på dagtid
                 • Ventetid i kulturskolen
                """;
        assertFalse(cutShort(text), "the list's own style, no sign of a cut");
        String punctuatedBefore = HEAD + CHALLENGES + " • Ventetid i kulturskolen";
        assertTrue(cutShort(punctuatedBefore), "the other points end in a full stop, this one does not");
    }

    @Test
    void onlyTheSectorWhereThePageEndsCanBeCutShort() {
        String text = HEAD + CHALLENGES + """

                Helse og omsorg
                Helse og omsorg skal gi trygge tjenester til alle som trenger det.

                Viktige resultater og innsatser i 2024
                 • Flere fikk hjelp hjemme og""";
        List<Sector> sectors = sectors(text);
        assertEquals(List.of("Kultur og fritid", "Helse og omsorg"), sectors.stream().map(Sector::name).toList());
        assertFalse(sectors.get(0).challengeListCutShort(), "closed by the next sector's heading");
        assertTrue(sectors.get(1).challengeListCutShort());
    }

    @Test
    void chromeAfterTheLastSectorMeansThePageEndIsThere() {
        assertFalse(cutShort(HEAD + CHALLENGES + " • Ventetiden for plass i kulturskolen er fort\nTil toppen\n"));
    }

    @Test
    void theThreeArgumentSectorIsNotCutShort() {
        Sector s = new Sector("Kultur", Sector.NameSource.HINT, List.of());
        assertFalse(s.challengeListCutShort());
        assertEquals("Sector Kultur (0 statements)", s.toString());
        assertEquals("Sector Kultur (0 statements, challenge list cut short)",
                new Sector("Kultur", Sector.NameSource.HINT, List.of(), true).toString());
    }
}
