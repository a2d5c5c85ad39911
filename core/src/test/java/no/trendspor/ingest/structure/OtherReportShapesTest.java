package no.trendspor.ingest.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.trendspor.ingest.IngestHints;
import no.trendspor.ingest.ReportParser;
import no.trendspor.model.DocumentKind;
import no.trendspor.model.Heading;
import no.trendspor.model.Period;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.SectionKind;
import no.trendspor.model.Sector;
import no.trendspor.model.Statement;
import no.trendspor.model.Unclassified;
import org.junit.jupiter.api.Test;

/**
 * Report shapes other than the annual-report sector page: plan chapters about the whole
 * municipality, chapters numbered by service area, challenges as paragraphs under topics or as a
 * sentence in prose, tables of contents and forewords. The pages are written for the test.
 */
class OtherReportShapesTest {

    private final ReportParser parser = new ReportParser();

    private ReportDocument parse(String text, IngestHints hints) {
        ReportDocument doc = parser.parse("side.txt", text, hints);
        assertTrue(doc.accountedLines().cardinality() >= text.lines().filter(l -> !l.isBlank()).count(), "no line lost");
        return doc;
    }

    private static List<String> texts(Sector s, SectionKind kind) {
        return s.statements(kind).stream().map(Statement::text).toList();
    }

    @Test
    void aPlanChapterAboutTheWholeMunicipalityGivesItsChallengesToTheWholeOrganisation() {
        String page = """
                Handlingsprogram 2031–2034

                Kommunen har god økonomi, men handlingsrommet blir mindre.

                2.1 Utfordringsbildet – Storvik 2040

                Hovedtrekkene er:

                Strammere økonomiske rammer.
                Flere eldre over 80 år trenger tjenester.
                Klimaendringene krever nye løsninger i planleggingen.

                2.2 Mål for perioden

                Kommunen skal være klimanøytral innen 2040.
                """;
        ReportDocument doc = parse(page, new IngestHints(null, "Storvik", "Omstilling og fornyelse"));
        assertEquals(DocumentKind.PLAN, doc.kind());
        assertEquals(new Period(2031, 2034), doc.period());
        assertEquals(2031, doc.year());
        Sector whole = doc.sectors().get(0);
        assertEquals(StructureBuilder.WHOLE_ORGANISATION, whole.name());
        assertEquals(Sector.NameSource.WHOLE_ORGANISATION, whole.nameSource());
        assertEquals(List.of("Strammere økonomiske rammer.", "Flere eldre over 80 år trenger tjenester.",
                "Klimaendringene krever nye løsninger i planleggingen."), texts(whole, SectionKind.CHALLENGE));
        assertTrue(texts(whole, SectionKind.OTHER).contains("Hovedtrekkene er:"), "the lead-in is no challenge");
        assertTrue(texts(whole, SectionKind.OTHER).contains("Kommunen skal være klimanøytral innen 2040."),
                "another part's heading ends the list");
    }

    @Test
    void chaptersNumberedByServiceAreaAreSectorsAndTheirTopicsSubheadings() {
        String page = """
                Årsrapport 2031

                5 Oppvekst og levekår

                Tjenestene har prioritert tidlig innsats i hele året.

                Utfordringer og muligheter

                Befolkningsvekst

                Antallet barn øker, og flere skoler må bygges de neste årene.

                Rekruttering

                Det blir vanskeligere å rekruttere barnehagelærere.

                6 Helse og velferd

                Hjemmetjenesten har fått nye arbeidsformer.
                """;
        ReportDocument doc = parse(page, IngestHints.NONE);
        assertEquals(List.of("Oppvekst og levekår", "Helse og velferd"), doc.sectors().stream().map(Sector::name).toList());
        Sector oppvekst = doc.sectors().get(0);
        List<Statement> challenges = oppvekst.statements(SectionKind.CHALLENGE);
        assertEquals(2, challenges.size());
        assertEquals("Befolkningsvekst", challenges.get(0).subheading());
        assertEquals("Rekruttering", challenges.get(1).subheading());
        assertTrue(doc.headings().stream().anyMatch(h -> h.kind() == Heading.Kind.SUBHEADING && h.text().equals("Rekruttering")));
        assertFalse(doc.sectors().get(1).challengeListCutShort());
    }

    @Test
    void aPageLabelledWithAServiceAreaHoldsItsTextBeforeItsHeading() {
        String page = """
                Hovedutvalget for kultur har ansvaret for kulturskolen og bibliotekene.

                3 Sektor kultur og fritid

                Sektorens utfordringer

                 • Flere brukere krever lengre åpningstider.
                """;
        ReportDocument doc = parse(page, new IngestHints(2031, null, "3 Sektor kultur og fritid"));
        assertEquals(1, doc.sectors().size());
        Sector kultur = doc.sectors().get(0);
        assertEquals("Kultur og fritid", kultur.name());
        assertEquals(Sector.NameSource.HEADING, kultur.nameSource());
        assertEquals(1, texts(kultur, SectionKind.OTHER).size());
        assertEquals(List.of("Flere brukere krever lengre åpningstider."), texts(kultur, SectionKind.CHALLENGE));
    }

    @Test
    void aChallengeStatedInProseIsAnInlineChallenge() {
        String page = """
                Pleie og omsorg

                Tjenestene ble utvidet med to nye bofellesskap i år. Rekruttering av sykepleiere er fortsatt en stor utfordring. Ventetiden gikk ned.
                """;
        ReportDocument doc = parse(page, new IngestHints(2031, null, null));
        Sector sector = doc.sectors().get(0);
        List<Statement> challenges = sector.statements(SectionKind.CHALLENGE);
        assertEquals(1, challenges.size());
        assertTrue(challenges.get(0).inline());
        assertEquals("Rekruttering av sykepleiere er fortsatt en stor utfordring.", challenges.get(0).text());
        assertEquals(List.of("Tjenestene ble utvidet med to nye bofellesskap i år.", "Ventetiden gikk ned."),
                texts(sector, SectionKind.OTHER));
        assertEquals(3, challenges.get(0).lines().first());
    }

    @Test
    void aTableOfContentsGivesNoSector() {
        String page = """
                Årsrapport 2031

                Innhold

                01 Rådmannens innledning
                4
                02 Grunnskole
                12
                03 Barnehage
                14
                Helse og omsorg ........ 16
                """;
        ReportDocument doc = parse(page, IngestHints.NONE);
        assertEquals(List.of(), doc.sectors());
        assertTrue(doc.unclassified().stream().map(Unclassified::reason).allMatch(r -> r.equals("contents")
                || r.equals("page-marker")), doc.unclassified()::toString);
    }

    @Test
    void aForewordGivesNoSectorButTheChallengesItStates() {
        String page = """
                Ordførerens kommentar

                Året har vært krevende. Økonomien er en stor utfordring for oss alle.

                Helse og omsorg

                Vi har fått nye sykehjemsplasser.
                """;
        ReportDocument doc = parse(page, new IngestHints(2031, null, "Ordførerens kommentar"));
        assertEquals(List.of(StructureBuilder.WHOLE_ORGANISATION), doc.sectors().stream().map(Sector::name).toList(),
                "the page is a foreword by its label: its headings open no sector");
        assertEquals(List.of("Økonomien er en stor utfordring for oss alle."),
                doc.statements().stream().map(Statement::text).toList());
        assertTrue(doc.statements().get(0).inline());
        assertTrue(doc.unclassified().stream().allMatch(u -> u.reason().equals("front-matter")));
    }

    @Test
    void aSectionOfAnotherKindEndsTheChallengesAndATopicKeepsThem() {
        String page = """
                Kultur
                Kultur skal gi gode opplevelser for alle.
                Utfordringer
                Vedlikehold
                Mange bygg trenger vedlikehold de neste årene.
                Viktige innsatser i perioden
                Nytt bibliotek åpner i sentrum.
                """;
        ReportDocument doc = parse(page, new IngestHints(2031, null, null));
        Sector kultur = doc.sectors().get(0);
        assertEquals(List.of("Mange bygg trenger vedlikehold de neste årene."), texts(kultur, SectionKind.CHALLENGE));
        assertEquals(List.of("Nytt bibliotek åpner i sentrum."), texts(kultur, SectionKind.OTHER));
    }

    @Test
    void everyLineTwiceGivesTheStructureOfTheCleanPage() {
        String page = """
                Kultur og fritid

                Kultur og fritid skal gi gode opplevelser for alle innbyggere.

                Viktige resultater og innsatser i 2031

                 • Nytt bibliotek er åpnet i sentrum, med lengre
                   åpningstider enn før.
                 • Kulturskolen har fått flere elever.

                Utfordringer fremover

                 • Mange bygg trenger vedlikehold.
                """;
        StringBuilder doubled = new StringBuilder();
        page.lines().forEach(l -> doubled.append(l).append('\n').append(l.isBlank() ? "" : l + "\n"));
        ReportDocument clean = parse(page, IngestHints.NONE);
        ReportDocument twice = parse(doubled.toString(), IngestHints.NONE);
        assertEquals(clean.sectors().stream().map(Sector::name).toList(), twice.sectors().stream().map(Sector::name).toList());
        assertEquals(clean.statements().stream().map(s -> s.section() + " " + s.text()).toList(),
                twice.statements().stream().map(s -> s.section() + " " + s.text()).toList());
        assertTrue(twice.warnings().stream().anyMatch(w -> w.code().equals("repeated-lines")));
        assertTrue(twice.unclassified().stream().anyMatch(u -> u.reason().equals("duplicate")));
    }
}
