package no.trendspor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import no.trendspor.Trendspor;
import no.trendspor.match.ThemeDiff;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A report over a complete page and a page cut short inside its challenge list: every format says
 * that the missing challenges are not counted as dropped. Texts written for the test.
 */
class CutShortReportTest {

    private static final String COMPLETE = """
            Testby kommune
            Kultur
            Kultur skal gi gode tilbud til alle innbyggere i kommunen.
            Viktige resultater og innsatser i 2023
             • Biblioteket fikk nye åpningstider.
            Utfordringer fremover
             • Idrettshallene er for få for en voksende befolkning.
             • Kulturskolen har lange ventelister.
             • Frivillige lag mangler ledere.
            Tabell 4 viser nøkkeltall for kultur
            """;
    /** Cut in the middle of its second challenge. */
    private static final String CUT = """
            Testby kommune
            Kultur
            Kultur skal gi gode tilbud til alle innbyggere i kommunen.
            Viktige resultater og innsatser i 2024
             • Biblioteket hadde flere besøk.
            Utfordringer fremover
             • Idrettshallene er for få for en voksende befolkning.
             • Museet trenger nye lokaler for samlingene og""";

    private static final TrendReport REPORT =
            Trendspor.analyzeTexts(Map.of("kultur-2023.txt", COMPLETE, "kultur-2024.txt", CUT));

    private static ThemeDiff diff() {
        assertEquals(1, REPORT.themeDiffs().size());
        return REPORT.themeDiffs().get(0);
    }

    @Test
    void theChallengeTableMarksYearsWhoseListIsCutShortWithAQuestionMark() {
        SectorReport s = REPORT.sectorReports().get(0);
        assertEquals(List.of(2024), s.cutShortYears());
        String md = REPORT.toMarkdown();
        // the two challenges of 2023 not seen in the cut 2024 list: "?" there, not blank
        long unknownCells = md.lines().filter(l -> l.startsWith("| ") && l.endsWith(" | ● | ? |")).count();
        assertEquals(2, unknownCells, md);
        assertTrue(md.contains("? " + MarkdownReportWriter.UNKNOWN_MEANING));
        Document html = org.jsoup.Jsoup.parse(REPORT.toHtml());
        assertEquals(2, html.select("table.challenges td.mark-unknown").size());
    }

    @Test
    void theCutPageMakesTheLaterListCutShort() {
        ThemeDiff d = diff();
        assertTrue(d.toListCutShort());
        assertFalse(d.fromListCutShort());
        assertEquals(2, d.unconfirmedDropped().size());
        assertTrue(d.dropped().isEmpty());
    }

    @Test
    void jsonCarriesTheFlagsAndTheUnconfirmedLists() throws Exception {
        JsonNode root = new ObjectMapper().readTree(REPORT.toJson());
        for (JsonNode doc : root.get("documents")) {
            boolean cut = doc.get("source").asText().contains("2024");
            assertEquals(cut, doc.get("sectors").get(0).get("challengeListCutShort").asBoolean(), doc.get("source").asText());
        }
        JsonNode d = root.get("themeDiffs").get(0);
        assertFalse(d.get("fromListCutShort").asBoolean());
        assertTrue(d.get("toListCutShort").asBoolean());
        assertEquals(0, d.get("dropped").size());
        assertEquals(2, d.get("unconfirmedDropped").size());
        assertEquals(0, d.get("unconfirmedNew").size());
        List<String> order = iterable(d.fieldNames());
        assertEquals(List.of("municipality", "sector", "fromYear", "toYear", "fromListCutShort", "toListCutShort",
                "persisting", "newChallenges", "unconfirmedNew", "returning", "dropped", "unconfirmedDropped", "pausing",
                "reversed", "keyTerms"), order);
        assertEquals(REPORT.toJson(), Trendspor.analyzeTexts(Map.of("kultur-2024.txt", CUT, "kultur-2023.txt", COMPLETE))
                .toJson(), "deterministic");
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void markdownAndHtmlSayTheMissingChallengesAreNotCountedAsDropped() {
        String note = "2024's challenge list is cut short in the source: 2 challenges of 2023 not seen there"
                + " (not counted as dropped)";
        String md = REPORT.toMarkdown();
        assertTrue(md.contains("- *" + MarkdownText.escape(note) + ":*\n  - Kulturskolen har lange ventelister.\n"),
                md);
        assertFalse(md.contains("Dropped after 2023"), md);
        Document html = HtmlChecks.parseStrict(REPORT.toHtml());
        assertEquals(note, html.select("ul.diff li.cut-short.unconfirmed-dropped > em").text());
        assertEquals(2, html.select("ul.diff li.cut-short.unconfirmed-dropped > ul > li").size());
        assertTrue(html.select("ul.diff li.dropped").isEmpty());
    }

    @Test
    void theSummaryCountsTheUnconfirmedApart() {
        String summary = REPORT.sectorReports().get(0).summary();
        assertTrue(summary.startsWith("1 of 2 challenges in 2024 was already named in 2023; 1 new, 0 dropped,"
                + " 2 not seen in 2024's cut-short list"), summary);
    }

    @Test
    void aCutShortEarlierListLeavesLaterChallengesUnconfirmedNew() {
        String later = COMPLETE.replace("2023", "2025");
        TrendReport r = Trendspor.analyzeTexts(Map.of("kultur-2024.txt", CUT, "kultur-2025.txt", later));
        ThemeDiff d = r.themeDiffs().get(0);
        assertTrue(d.fromListCutShort() && !d.toListCutShort());
        assertEquals(2, d.unconfirmedNew().size());
        assertTrue(d.newChallenges().isEmpty());
        String note = "2024's challenge list is cut short in the source: 2 challenges of 2025 not found there"
                + " (not counted as new)";
        assertTrue(r.toMarkdown().contains(MarkdownText.escape(note)));
        assertTrue(r.sectorReports().get(0).summary().contains("0 new, 1 dropped, 2 not found in 2024's cut-short list"),
                r.sectorReports().get(0).summary());
    }
}
