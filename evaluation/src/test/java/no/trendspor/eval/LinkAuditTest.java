package no.trendspor.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import no.trendspor.match.AnalysisOptions;
import no.trendspor.model.LineSpan;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.SectionKind;
import no.trendspor.model.Sector;
import no.trendspor.model.Statement;
import org.junit.jupiter.api.Test;

/** The false-positive audit: relabelling, link listing, and parsing of real corpus pages. */
class LinkAuditTest {

    private static ReportDocument doc(int year, String... results) {
        List<Statement> st = new java.util.ArrayList<>();
        for (int i = 0; i < results.length; i++) {
            st.add(new Statement(year + "-r" + i, SectionKind.RESULT, null, results[i], results[i], LineSpan.of(i + 1),
                    List.of()));
        }
        return new ReportDocument("d" + year, year, ReportDocument.YearSource.HINT, "Testby",
                List.of(new Sector("Kultur", Sector.NameSource.HINT, st)), List.of(), List.of(), List.of(), 10);
    }

    @Test
    void resultsBecomeChallengesWithIdsAndTextsKept() {
        ReportDocument d = doc(2019, "Biblioteket fikk nye lokaler.", "Idrettshallen ble åpnet.");
        ReportDocument r = LinkAudit.resultsAsChallenges(List.of(d)).get(0);
        assertEquals(d.statements().stream().map(Statement::id).toList(),
                r.statements().stream().map(Statement::id).toList());
        assertEquals(d.statements().stream().map(Statement::text).toList(),
                r.statements().stream().map(Statement::text).toList());
        assertTrue(r.statements().stream().allMatch(s -> s.section() == SectionKind.CHALLENGE));
    }

    @Test
    void listsEachLinkWithBothTexts() {
        List<ReportDocument> docs = LinkAudit.resultsAsChallenges(List.of(
                doc(2018, "Utlånet fra folkebiblioteket økte kraftig blant barn og unge.", "Idrettshallen ble åpnet."),
                doc(2019, "Utlånet fra folkebiblioteket til barn og unge økte igjen.", "Ny kunstgressbane er lagt.")));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int links = LinkAudit.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), docs,
                AnalysisOptions.defaults(), false);
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(1, links, out);
        assertTrue(out.contains("2018-r0 (2018) → 2019-r0 (2019)"), out);
        assertTrue(out.contains("links: 1"), out);
    }

    @Test
    void parsesCorpusPagesWithTheirHints() {
        Path corpus = GoldFixture.sharedDir("corpus");
        Path page = corpus.resolve("baerum_2016_pleie-og-omsorg.json");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isRegularFile(page));
        ReportDocument d = LinkAudit.parse(List.of(page)).get(0);
        assertEquals(2016, d.year());
        assertTrue(d.statements().stream().anyMatch(s -> s.section() == SectionKind.CHALLENGE));
    }
}
