package no.trendspor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.Repair;
import no.trendspor.model.SectionKind;
import no.trendspor.model.Sector;
import no.trendspor.model.Statement;
import no.trendspor.model.Unclassified;
import no.trendspor.seeds.Seeds;
import org.junit.jupiter.api.Test;

/** The two seed reports as the first real fixture of the whole pipeline. */
class SeedDocumentsTest {

    private final ReportParser parser = new ReportParser();

    private ReportDocument parse(String seed) {
        return parser.parse("seeds/" + seed, Seeds.bytes(seed), IngestHints.NONE);
    }

    @Test
    void seed2018HasTwoSectorsWithTheirSections() {
        ReportDocument doc = parse(Seeds.BAERUM_2018);
        assertEquals(2018, doc.year());
        assertEquals(ReportDocument.YearSource.RESULTS_HEADING, doc.yearSource());
        assertEquals("Bærum", doc.municipality());
        assertEquals(List.of("Oppvekst skole", "Oppvekst barnehage"),
                doc.sectors().stream().map(Sector::name).toList());
        Sector skole = doc.sectors().get(0);
        assertEquals(Sector.NameSource.HEADING, skole.nameSource());
        assertCounts(skole, 1, 7, 5, 1);
        Sector barnehage = doc.sectors().get(1);
        // Nine result bullets: the page has nine, and so does the gold data.
        assertCounts(barnehage, 1, 9, 6, 1);
        List<Unclassified> captions = doc.unclassified().stream().filter(u -> u.reason().equals("caption")).toList();
        assertEquals(2, captions.size());
        assertEquals(1, captions.get(0).lines().first());
        assertTrue(captions.get(1).lines().first() > skole.statements().get(skole.statements().size() - 1).lines().last());
        assertEquals(captions.size(), doc.unclassified().size(), "nothing else is unclassified");
        TestData.assertLossless(new String(Seeds.bytes(Seeds.BAERUM_2018), StandardCharsets.UTF_8), doc);
    }

    @Test
    void seed2020TakesItsSectorFromTheMissionSentence() {
        ReportDocument doc = parse(Seeds.BAERUM_2020);
        assertEquals(2020, doc.year());
        assertEquals(1, doc.sectors().size());
        Sector sector = doc.sectors().get(0);
        assertEquals("Oppvekst barnehage", sector.name());
        assertEquals(Sector.NameSource.MISSION_SENTENCE, sector.nameSource());
        assertCounts(sector, 1, 7, 5, 1);
        Statement lastResult = last(sector.statements(SectionKind.RESULT));
        assertEquals(2, lastResult.lines().length(), "the wrapped last bullet is one statement over two lines");
        assertTrue(lastResult.text().contains("- og "), "the suspended compound keeps its hyphen");
        List<Unclassified> dups = doc.unclassified().stream().filter(u -> u.reason().equals("duplicate")).toList();
        assertEquals(1, dups.size());
        assertEquals(doc.lineCount(), dups.get(0).lines().last());
        assertEquals(last(sector.statements(SectionKind.KEY_FIGURES)).originalText(), dups.get(0).text());
        TestData.assertLossless(new String(Seeds.bytes(Seeds.BAERUM_2020), StandardCharsets.UTF_8), doc);
    }

    @Test
    void seed2020RepairsItsDamagedWordsAndKeepsTheOriginal() {
        ReportDocument doc = parse(Seeds.BAERUM_2020);
        List<Repair> repairs = doc.statements().stream().flatMap(s -> s.repairs().stream()).toList();
        assertTrue(has(repairs, "mott ok", "mottok"));
        assertTrue(has(repairs, "knytt et", "knyttet"));
        assertTrue(has(repairs, "ti l", "til"));
        assertTrue(has(repairs, "barnevernlovstiller", "barnevernlov stiller"));
        for (Statement s : doc.statements()) {
            assertTrue(!s.text().contains(" ti l "), s::text);
            assertTrue(!s.text().contains("mott ok") && !s.text().contains("knytt et"), s::text);
            assertTrue(!s.text().contains("barnevernlovstiller"), s::text);
            for (Repair r : s.repairs()) {
                assertTrue(s.originalText().contains(r.before()), () -> "original keeps " + r.before());
                assertTrue(r.evidence().length() > 20 && r.evidence().endsWith("."), r::evidence);
                assertTrue(s.lines().contains(r.line()), () -> r + " within " + s.lines());
            }
        }
        long damagedTil = doc.statements().stream().filter(s -> s.originalText().contains(" ti l ")).count();
        assertTrue(damagedTil >= 3, "the original text keeps every 'ti l'");
    }

    @Test
    void correctWordsAreNotRepaired() {
        ReportDocument doc = parse(Seeds.BAERUM_2018);
        for (Statement s : doc.statements()) {
            assertTrue(s.repairs().stream().noneMatch(r -> r.kind().equals("ligature-split")
                    || r.kind().equals("glued-words")), () -> "unexpected repair in " + s);
        }
    }

    @Test
    void idsAreStableAndIndependentOfTheDirectory() {
        byte[] bytes = Seeds.bytes(Seeds.BAERUM_2018);
        ReportDocument a = parser.parse("a/b/baerum-2018.txt", bytes, IngestHints.NONE);
        ReportDocument b = parser.parse("c/baerum-2018.txt", bytes, IngestHints.NONE);
        ReportDocument c = parser.parse("c/other-name.txt", bytes, IngestHints.NONE);
        List<String> idsA = a.statements().stream().map(Statement::id).toList();
        assertEquals(idsA, b.statements().stream().map(Statement::id).toList());
        assertNotEquals(idsA, c.statements().stream().map(Statement::id).toList());
        assertEquals(idsA.size(), idsA.stream().distinct().count(), "ids are unique");
        assertTrue(idsA.stream().allMatch(id -> id.matches("[0-9a-f]{12}")));
    }

    private static boolean has(List<Repair> repairs, String before, String after) {
        return repairs.stream().anyMatch(r -> r.before().equals(before) && r.after().equals(after));
    }

    private static Statement last(List<Statement> list) {
        return list.get(list.size() - 1);
    }

    private static void assertCounts(Sector s, int mission, int results, int challenges, int keyFigures) {
        assertEquals(mission, s.statements(SectionKind.MISSION).size(), s.name() + " mission");
        assertEquals(results, s.statements(SectionKind.RESULT).size(), s.name() + " results");
        assertEquals(challenges, s.statements(SectionKind.CHALLENGE).size(), s.name() + " challenges");
        assertEquals(keyFigures, s.statements(SectionKind.KEY_FIGURES).size(), s.name() + " key figures");
        assertEquals(0, s.statements(SectionKind.OTHER).size(), s.name() + " other");
    }
}
