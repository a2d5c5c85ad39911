package no.trendspor.ingest.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import no.trendspor.ingest.IngestHints;
import no.trendspor.ingest.ReportParser;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.Sector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The thresholds of the structure stage, each tested on both sides: what counts as a sector
 * heading, a mission sentence, a sector name in a mission, and a municipality.
 */
class StructureBoundaryTest {

    private static final String RESULTS = "Viktige resultater og innsatser i 2024\n • Et resultat.\n";
    private final ReportParser parser = new ReportParser();

    private ReportDocument parse(String text, IngestHints hints) {
        return parser.parse("s.txt", text, hints);
    }

    private String sectorOf(String text) {
        return parse(text, IngestHints.NONE).sectors().get(0).name();
    }

    private static String words(String first, int count) {
        StringBuilder sb = new StringBuilder(first);
        for (int i = 1; i < count; i++) {
            sb.append(" ord");
        }
        return sb.toString();
    }

    /** A title-like line over a results heading, whatever its words: at most 70 characters and eight words. */
    @Test
    void aSectorHeadingIsAtMostSeventyCharactersAndEightWords() {
        String seventy = "Fagfelt " + "o".repeat(62);
        assertEquals(seventy, sectorOf(seventy + "\n" + RESULTS));
        assertEquals(StructureBuilder.UNNAMED_SECTOR, sectorOf(seventy + "o\n" + RESULTS));
        assertEquals(words("Fagfelt", 8), sectorOf(words("Fagfelt", 8) + "\n" + RESULTS));
        assertEquals(StructureBuilder.UNNAMED_SECTOR, sectorOf(words("Fagfelt", 9) + "\n" + RESULTS));
    }

    @ParameterizedTest
    @CsvSource({
        "Kultur 2024, Kultur",
        "3 Kultur, Kultur",
        "Kultur., " + StructureBuilder.UNNAMED_SECTOR,
        "Kultur 2b, " + StructureBuilder.UNNAMED_SECTOR,
        "kultur, " + StructureBuilder.UNNAMED_SECTOR,
        "4 Sektor kultur og idrett, Kultur og idrett",
    })
    void headingNumbersAndPunctuation(String heading, String sector) {
        assertEquals(sector, sectorOf(heading + "\n" + RESULTS));
    }

    @Test
    void aMissionSentenceHasAtLeastSixWords() {
        assertEquals("Kultur", sectorOf("Kultur skal gi tilbud til alle.\n" + RESULTS));
        assertEquals(StructureBuilder.UNNAMED_SECTOR, sectorOf("Kultur skal gi tilbud alle.\n" + RESULTS));
    }

    @Test
    void aMissionSubjectHasAtMostTwelveWordsBeforeSkal() {
        String twelve = words("Kultur", 12);
        assertEquals(twelve, sectorOf(twelve + " skal gi tilbud til alle.\n" + RESULTS));
        assertEquals(StructureBuilder.UNNAMED_SECTOR, sectorOf(words("Kultur", 13) + " skal gi tilbud til alle.\n" + RESULTS));
        String late = "Kultur " + "o".repeat(400) + " skal gi tilbud til alle.";
        assertEquals(StructureBuilder.UNNAMED_SECTOR, sectorOf(late + "\n" + RESULTS));
        assertEquals(StructureBuilder.UNNAMED_SECTOR, sectorOf("Kultur gir. Den skal gi tilbud til alle.\n" + RESULTS));
    }

    /** A mission subject that reads like a sector name names it; else the page's label does, when it names a service area. */
    @ParameterizedTest
    @CsvSource({
        "Kultur, Kultur",
        "Helse og omsorg, Helse og omsorg",
        "Kultur og idrett og fritid, Barnevern",
        "Tjenestene, Barnevern",
        "Skolen, Barnevern",
        "Oppvekst skolen, Oppvekst skolen",
        "Kultur2, Barnevern",
        "Helse-, Barnevern",
        "Vi, Barnevern",
    })
    void whichMissionSubjectsNameTheSector(String subject, String sector) {
        ReportDocument doc = parse(subject + " skal gi gode tilbud til alle.\n" + RESULTS,
                new IngestHints(null, null, "5 Barnevern"));
        assertEquals(sector, doc.sectors().get(0).name());
        assertEquals(sector.equals("Barnevern") ? Sector.NameSource.HINT : Sector.NameSource.MISSION_SENTENCE,
                doc.sectors().get(0).nameSource());
    }

    /** A label that names no service area ("Årsberetning") names no sector: the subject does, as it stands. */
    @Test
    void aLabelThatNamesNoServiceAreaNamesNoSector() {
        ReportDocument doc = parse("Tjenestene skal gi gode tilbud til alle.\n" + RESULTS,
                new IngestHints(null, null, "Årsberetning"));
        assertEquals("Tjenestene", doc.sectors().get(0).name());
    }

    /**
     * A page whose sector heading carries a chapter number, as the hint may too, and which has
     * no results or challenges heading: the heading that names the hinted sector opens it.
     */
    @ParameterizedTest
    @CsvSource({"6 Helse og velferd, 6 Helse og velferd", "6 Helse og velferd, Helse og velferd",
        "Helse og velferd, 7 Helse og velferd", "Helse og velferd 2019, Helse og velferd"})
    void aHeadingNamingTheHintedSectorOpensItWhateverChapterNumberEitherCarries(String heading, String hint) {
        ReportDocument doc = parse("Innledning til rapporten\n\n" + heading + "\n\n"
                + "Tjenestene har i året arbeidet med omstilling av hjemmetjenestene.\n", new IngestHints(2019, null, hint));
        assertEquals(1, doc.sectors().size());
        assertEquals(1, doc.sectors().get(0).statements().size());
    }

    /**
     * A page of another format: its challenges are paragraphs under sub-headings, introduced by a
     * sentence ending in ":"; each finished paragraph is a challenge, the introduction is not.
     */
    @Test
    void finishedParagraphsInAChallengesSectionAreChallenges() {
        ReportDocument doc = parse("Kultur\nKultur skal gi gode tilbud til alle.\nUtfordringer\n\n"
                + "Planen peker på to hovedutfordringer. De er:\n\nVekst\n\n"
                + "Befolkningen vokser, og flere vil bruke tilbudene.\n\nVedlikehold\n\n"
                + "Mange bygg trenger vedlikehold de neste årene.\n", new IngestHints(2019, null, null));
        List<String> challenges = doc.sectors().get(0).statements().stream()
                .filter(st -> st.section() == no.trendspor.model.SectionKind.CHALLENGE).map(st -> st.text()).toList();
        assertEquals(List.of("Befolkningen vokser, og flere vil bruke tilbudene.",
                "Mange bygg trenger vedlikehold de neste årene."), challenges);
    }

    /** Web extraction glued the challenges heading to the paragraph after it; the bullets are still challenges. */
    @Test
    void aSectionHeadingGluedToItsParagraphStillOpensTheSection() {
        ReportDocument doc = parse("4.1 Samlet omtale\n\nUtfordringer Planen beskriver de langsiktige utfordringene."
                + " Sentrale utfordringer er:\n\n • Flere eldre trenger tjenester.\n • Byggene må vedlikeholdes.\n",
                new IngestHints(2019, null, "4 Sektor helse"));
        Sector sector = doc.sectors().get(0);
        assertEquals("Helse", sector.name(), "the label's service area, without chapter number and 'Sektor'");
        assertEquals(List.of("Flere eldre trenger tjenester.", "Byggene må vedlikeholdes."),
                sector.statements(no.trendspor.model.SectionKind.CHALLENGE).stream().map(st -> st.text()).toList());
        assertEquals(1, sector.statements(no.trendspor.model.SectionKind.OTHER).size(), "the paragraph, an introduction");
        assertTrue(doc.headings().stream().anyMatch(h -> h.kind() == no.trendspor.model.Heading.Kind.SECTION
                && h.text().equals("Utfordringer")), "the glued heading is a section heading of its own");
        // a short title that begins with the word is no glued heading
        assertEquals(0, LinePatterns.gluedSectionHeading("Utfordringer Bærum kommune"));
        assertEquals(0, LinePatterns.gluedSectionHeading("Utfordringer for barn og unge i skolen og hjemme"));
    }

    /** A heading that is exactly the hinted sector is its heading even with a code holding digits. */
    @Test
    void aHeadingEqualToTheHintOpensTheSectorEvenWithDigits() {
        ReportDocument doc = parse("Forsiden\n\nP05 Helse og omsorg\n\nPlanen er fulgt opp i hele året.\n",
                new IngestHints(2016, null, "P05 Helse og omsorg"));
        assertEquals("Helse og omsorg", doc.sectors().get(0).name());
        assertEquals(Sector.NameSource.HEADING, doc.sectors().get(0).nameSource());
        assertEquals(1, doc.sectors().get(0).statements().size());
    }

    /** A picture caption glued to the sector heading by the extraction: the hint says where the name ends. */
    @Test
    void aCaptionGluedToTheHintedSectorHeadingIsNotPartOfTheName() {
        ReportDocument doc = parse("Bistand og omsorg diagram Brutto driftsutgifter\n\nUtfordringer\n\n"
                + " • Flere eldre trenger tjenester.\n", new IngestHints(2019, null, "Bistand og omsorg"));
        assertEquals("Bistand og omsorg", doc.sectors().get(0).name());
        assertEquals(Sector.NameSource.HEADING, doc.sectors().get(0).nameSource());
    }

    private static final String PAGE = "Skole\nSkole skal gi gode tjenester til alle elever.\n"
            + "Viktige resultater og innsatser i 2024\n";

    private String municipality(String bullets, String hint) {
        return parse(PAGE + bullets, new IngestHints(null, hint, null)).municipality();
    }

    @Test
    void aMunicipalityNameMustRecurOnItsOwnUnlessHinted() {
        assertEquals("Storvik", municipality(" • Storvik kommune har vokst.\n • Mange bor i Storvik.\n", null));
        assertNull(municipality(" • Storvik kommune har vokst.\n", null));
        assertEquals("Storvik", municipality(" • Storvik kommune har vokst.\n", "storvik"));
    }

    @Test
    void aCountyCountsOnlyWithoutAnyMunicipality() {
        String county = " • Vestland fylkeskommune og Vestland.\n";
        assertEquals("Vestland", municipality(county, null));
        assertEquals("Storvik", municipality(county + " • Storvik kommune og Storvik.\n", null));
    }

    @Test
    void tiesGoToTheNameSeenFirstAndMoreMentionsWin() {
        String a = " • Aby kommune og Aby.\n";
        String b = " • Bby kommune og Bby.\n";
        assertEquals("Aby", municipality(a + b, null));
        assertEquals("Bby", municipality(b + a, null));
        assertEquals("Bby", municipality(a + b + " • Bby kommune.\n", null));
        assertEquals("Bby", municipality(a + b + " • Mer om Bby.\n", null));
    }

    @Test
    void blocksOfMoreThanAHundredThousandCharactersAreNotSearchedForNames() {
        String head = "Storvik kommune og Storvik ";
        String exact = head + "x".repeat(100_000 - head.length());
        assertEquals("Storvik", municipality(" • " + exact + "\n", null));
        assertNull(municipality(" • " + exact + "x\n", null));
    }

    @Test
    void unclassifiedEntriesComeInLineOrder() {
        ReportDocument doc = parse("\u200B\nSHOW MORE\n\u2060\n" + PAGE + " • Punkt.\n", IngestHints.NONE);
        assertEquals(List.of(1, 2, 3), doc.unclassified().stream().map(u -> u.lines().first()).toList());
    }
}
