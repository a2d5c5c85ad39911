package no.trendspor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.trendspor.ingest.structure.StructureBuilder;
import no.trendspor.model.Heading;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.SectionKind;
import no.trendspor.model.Sector;
import no.trendspor.model.Statement;
import no.trendspor.model.Unclassified;
import org.junit.jupiter.api.Test;

/** The whole pipeline on small made-up pages, one page shape per test. */
class ReportParserTest {

    private final ReportParser parser = new ReportParser();

    private ReportDocument parse(String text, IngestHints hints) {
        ReportDocument doc = parser.parse("page.txt", text, hints);
        TestData.assertLossless(text, doc);
        return doc;
    }

    private static String page(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    private static List<String> reasons(ReportDocument doc) {
        return doc.unclassified().stream().map(Unclassified::reason).toList();
    }

    @Test
    void pageStartingWithTheResultsHeadingTakesTheHintedSector() {
        ReportDocument doc = parse(page("Viktige resultater og innsatser i 2031", "", "Kultur og idrett",
                " • Ny hall er åpnet.", " • Flere besøkende.", "Natur", " • Turstier er merket."),
                new IngestHints(null, null, "Miljø"));
        Sector s = doc.sectors().get(0);
        assertEquals("Miljø", s.name());
        assertEquals(Sector.NameSource.HINT, s.nameSource());
        List<Statement> results = s.statements(SectionKind.RESULT);
        assertEquals(3, results.size());
        assertEquals("Kultur og idrett", results.get(0).subheading());
        assertEquals("Natur", results.get(2).subheading());
        assertEquals(2, doc.headings().stream().filter(h -> h.kind() == Heading.Kind.SUBHEADING).count());
    }

    @Test
    void withoutHeadingOrHintTheSectorIsUnnamed() {
        ReportDocument doc = parse(page("Utfordringar", " • Det trengst fleire tilsette."), IngestHints.NONE.withYear(2031));
        assertEquals(StructureBuilder.UNNAMED_SECTOR, doc.sectors().get(0).name());
        assertEquals(1, doc.sectors().get(0).statements(SectionKind.CHALLENGE).size());
        assertEquals(ReportDocument.YearSource.HINT, doc.yearSource());
    }

    @Test
    void missionSubjectThatIsNoSectorNameGivesWayToTheHint() {
        ReportDocument doc = parse(page("Tjenestene skal gi gode tilbud til alle som trenger dem.", "",
                "Viktige resultater og innsatser i 2031", " • Ventetiden er kortere."), new IngestHints(null, null, "Helse"));
        assertEquals("Helse", doc.sectors().get(0).name());
        assertEquals(Sector.NameSource.HINT, doc.sectors().get(0).nameSource());
        assertEquals(1, doc.sectors().get(0).statements(SectionKind.MISSION).size());
    }

    @Test
    void pageRunsIntoTheNextSector() {
        ReportDocument doc = parse(page("Teknikk", "", "Teknikk skal drifte veier og vann i hele kommunen.",
                "Viktige resultater og innsatser i 2031", " • Nye vannledninger er lagt.", "Utfordringer fremover",
                " • Gamle rør må skiftes.", "Tabell viser nøkkeltall for Teknikk", "", "Kultur",
                "", "Kultur skal gi opplevelser for alle."), IngestHints.NONE);
        assertEquals(List.of("Teknikk", "Kultur"), doc.sectors().stream().map(Sector::name).toList());
        assertEquals(1, doc.sectors().get(0).statements(SectionKind.KEY_FIGURES).size());
        assertEquals(1, doc.sectors().get(1).statements(SectionKind.MISSION).size());
        assertEquals(2031, doc.year());
    }

    @Test
    void chromePageMarkersTablesAndOutsideLinesAreKeptWithReasons() {
        ReportDocument doc = parse(page("SHOW MORE", "Page 3", "Transkript", "En innledning som står alene.",
                "Tabell-2-1", "⇡ Til toppen", "Årsrapport 2031"), IngestHints.NONE);
        assertEquals(List.of("chrome", "page-marker", "chrome", "outside-sector", "table", "chrome"), reasons(doc));
        assertEquals(ReportDocument.YearSource.TITLE, doc.yearSource());
        assertEquals(Heading.Kind.TITLE, doc.headings().get(0).kind());
    }

    @Test
    void wingdingsAndMergedBulletsBecomeStatements() {
        ReportDocument doc = parse(page("Viktige resultater og innsatser i 2031",
                "n Kommunen har god økonomi og leverer tjenester av høy", "kvalitet.",
                " • Første tiltak er gjennomført. • Andre tiltak er startet."), new IngestHints(null, null, "Økonomi"));
        List<Statement> results = doc.sectors().get(0).statements(SectionKind.RESULT);
        assertEquals(3, results.size());
        assertEquals(2, results.get(0).lines().length());
        assertEquals(results.get(1).lines(), results.get(2).lines());
    }

    @Test
    void yearComesFromTitleHintOrFileNameElseTheInputIsRefused() {
        String body = page("Noe tekst uten årstall.");
        assertEquals(2031, parser.parse("page.txt", body, IngestHints.NONE.withYear(2031)).year());
        ReportDocument fromName = parser.parse("dir/arsrapport_2029_side.txt", body, IngestHints.NONE);
        assertEquals(2029, fromName.year());
        assertEquals(ReportDocument.YearSource.FILE_NAME, fromName.yearSource());
        InputException e = assertThrows(InputException.class, () -> parser.parse("x.txt", body, IngestHints.NONE));
        assertTrue(e.getMessage().contains("no report year found") && e.getMessage().startsWith("x.txt"));
    }

    @Test
    void municipalityFromTextElseHintElseNull() {
        String stated = page("Årsrapport 2031", "Eksempelby kommune har vokst. Folk i Eksempelby trives.");
        assertEquals("Eksempelby", parse(stated, new IngestHints(null, "Annet", null)).municipality());
        String silent = page("Årsrapport 2031", "Kommunen har vokst.");
        assertEquals("Annet", parse(silent, new IngestHints(null, "Annet", null)).municipality());
        assertNull(parse(silent, IngestHints.NONE).municipality());
    }

    @Test
    void windows1252InputIsReadWithAWarning() {
        byte[] bytes = page("Viktige resultater og innsatser i 2031", " • Økt kvalitet i tjenestene.")
                .getBytes(Charset.forName("windows-1252"));
        ReportDocument doc = parser.parse("latin.txt", bytes, new IngestHints(null, null, "Skole"));
        assertEquals("encoding-repaired", doc.warnings().get(0).code());
        Statement s = doc.statements().get(0);
        assertEquals("Økt kvalitet i tjenestene.", s.text());
        assertEquals("encoding", s.repairs().get(0).kind());
        assertEquals("\uFFFDkt kvalitet i tjenestene.", s.repairs().get(0).before().strip().substring(2));
    }

    @Test
    void aLineOfOnlyInvisibleCharactersIsKeptAsWhitespace() {
        ReportDocument doc = parse(page("Årsrapport 2031", "\u00A0\u200B", "Tekst."), IngestHints.NONE);
        assertEquals("whitespace", doc.unclassified().get(0).reason());
    }

    @Test
    void mojibakeIsRepairedButTheOriginalKeepsIt() {
        String damaged = new String("Økt læring".getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        ReportDocument doc = parse(page("Viktige resultater og innsatser i 2031", " • " + damaged + " i skolen."),
                new IngestHints(null, null, "Skole"));
        Statement s = doc.statements().get(0);
        assertEquals("Økt læring i skolen.", s.text());
        assertEquals(damaged + " i skolen.", s.originalText());
        assertTrue(s.repairs().stream().allMatch(r -> r.kind().equals("encoding")));
        assertTrue(doc.warnings().stream().anyMatch(w -> w.code().equals("encoding-repaired")));
    }

    @Test
    void tooLongLineIsRefusedNamingSourceAndLine() {
        String text = "Årsrapport 2031\n" + "a".repeat(Limits.MAX_LINE_LENGTH + 1) + "\n";
        InputException e = assertThrows(InputException.class, () -> parser.parse("big.txt", text, IngestHints.NONE));
        assertEquals(2, e.line());
        assertEquals("big.txt", e.source());
    }

    @Test
    void longInputWithoutStructureStaysIterative() {
        StringBuilder sb = new StringBuilder("Årsrapport 2031\n\n");
        for (int i = 0; i < 50_000; i++) {
            sb.append("og en linje som fortsetter setningen\n");
        }
        ReportDocument doc = parser.parse("long.txt", sb.toString(), IngestHints.NONE);
        TestData.assertLossless(sb.toString(), doc);
    }
}
