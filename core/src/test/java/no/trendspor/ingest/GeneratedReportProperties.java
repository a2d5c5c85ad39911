package no.trendspor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.SectionKind;
import no.trendspor.model.Sector;
import no.trendspor.model.Statement;
import no.trendspor.testing.ReportTextGenerators;
import no.trendspor.testing.ReportTextGenerators.Page;
import no.trendspor.testing.ReportTextGenerators.SectorPage;
import no.trendspor.testing.ReportTextGenerators.WrittenNumber;

/**
 * The parser against pages whose content the generator knows: it must find exactly the sectors,
 * missions, results and challenges that were written, with numbers kept verbatim, and extraction
 * damage must not change what it finds.
 */
class GeneratedReportProperties {

    private final ReportParser parser = new ReportParser();

    @Property(tries = 150)
    void cleanPagesGiveExactlyTheGeneratedStructure(@ForAll("pages") Page page) {
        ReportDocument doc = parser.parse("page.txt", page.text(), IngestHints.NONE);
        assertEquals(page.year(), doc.year());
        assertEquals(page.sectors().stream().map(SectorPage::name).toList(),
                doc.sectors().stream().map(Sector::name).toList());
        for (int i = 0; i < page.sectors().size(); i++) {
            SectorPage want = page.sectors().get(i);
            Sector got = doc.sectors().get(i);
            assertEquals(List.of(want.mission()), texts(got, SectionKind.MISSION));
            assertEquals(want.results(), texts(got, SectionKind.RESULT));
            assertEquals(want.challenges(), texts(got, SectionKind.CHALLENGE));
        }
        TestData.assertLossless(page.text(), doc);
    }

    @Property(tries = 150)
    void extractionDamageDoesNotChangeTheStatements(@ForAll("damagedPages") Tuple2<Page, String> pageAndDamage) {
        Page page = pageAndDamage.get1();
        String damaged = pageAndDamage.get2();
        ReportDocument clean = parser.parse("clean.txt", page.text(), IngestHints.NONE);
        ReportDocument doc = parser.parse("damaged.txt", damaged, IngestHints.NONE);
        assertEquals(clean.statements().stream().map(Statement::text).toList(),
                doc.statements().stream().map(Statement::text).toList(), damaged);
        TestData.assertLossless(damaged, doc);
    }

    /** Some extractions give every line of a page twice (or thrice): the page reads as if once. */
    @Property(tries = 100)
    void repeatedLinesDoNotChangeTheStructure(@ForAll("pages") Page page, @ForAll @net.jqwik.api.constraints.IntRange(min = 2, max = 3) int times) {
        StringBuilder repeated = new StringBuilder();
        page.text().lines().forEach(l -> {
            repeated.append(l).append('\n');
            if (!l.isBlank()) {
                repeated.append((l + "\n").repeat(times - 1));
            }
        });
        ReportDocument clean = parser.parse("clean.txt", page.text(), IngestHints.NONE);
        ReportDocument doc = parser.parse("repeated.txt", repeated.toString(), IngestHints.NONE);
        assertEquals(clean.sectors().stream().map(Sector::name).toList(), doc.sectors().stream().map(Sector::name).toList());
        assertEquals(clean.statements().stream().map(s -> s.section() + " " + s.text()).toList(),
                doc.statements().stream().map(s -> s.section() + " " + s.text()).toList());
        TestData.assertLossless(repeated.toString(), doc);
    }

    @Property(tries = 150)
    void statementIdsAreUniqueAndIndependentOfTheFolder(@ForAll("pages") Page page) {
        ReportDocument a = parser.parse("a/page.txt", page.text(), IngestHints.NONE);
        ReportDocument b = parser.parse("b/page.txt", page.text(), IngestHints.NONE);
        Set<String> ids = new HashSet<>();
        for (Statement s : a.statements()) {
            assertTrue(ids.add(s.id()), "duplicate id " + s.id());
        }
        assertEquals(a.statements().stream().map(Statement::id).toList(),
                b.statements().stream().map(Statement::id).toList());
    }

    @Property(tries = 200)
    void numbersOfAnySizeAreKeptVerbatim(@ForAll("numbers") WrittenNumber number) {
        String bullet = "Andelen var " + number.text() + " i fjor.";
        String text = "Skole\nSkole skal gi gode tjenester til alle elever.\nViktige resultater og innsatser i 2024\n • " + bullet + "\n";
        ReportDocument doc = parser.parse("n.txt", text, IngestHints.NONE);
        assertEquals(List.of(bullet), texts(doc.sectors().get(0), SectionKind.RESULT));
        // The generator's own formatting reads back as the value it was made from.
        assertEquals(0, number.value().compareTo(new java.math.BigDecimal(
                number.text().replaceAll("[^0-9,]", "").replace(',', '.'))));
    }

    private static List<String> texts(Sector s, SectionKind kind) {
        return s.statements().stream().filter(st -> st.section() == kind).map(Statement::text).toList();
    }

    @Provide
    Arbitrary<Page> pages() {
        return ReportTextGenerators.pages();
    }

    @Provide
    Arbitrary<Tuple2<Page, String>> damagedPages() {
        return ReportTextGenerators.pages().flatMap(p -> ReportTextGenerators.damaged(p.text()).map(d -> Tuple.of(p, d)));
    }

    @Provide
    Arbitrary<WrittenNumber> numbers() {
        return ReportTextGenerators.numbers();
    }

}
