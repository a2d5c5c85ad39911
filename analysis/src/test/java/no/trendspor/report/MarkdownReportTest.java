package no.trendspor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import no.trendspor.Trendspor;
import no.trendspor.match.Link;
import no.trendspor.match.RecurringChallenge;
import no.trendspor.match.ThemeDiff;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

    private static final TrendReport SEEDS = Trendspor.analyzeSeeds();

    /** Cell separators: pipes not escaped by a backslash. */
    static int separators(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                i++;
            } else if (line.charAt(i) == '|') {
                n++;
            }
        }
        return n;
    }

    /** Every row of every table has as many cells as its header. */
    static void assertTablesIntact(String md) {
        List<String> lines = md.lines().toList();
        int tables = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("|") || (i > 0 && lines.get(i - 1).startsWith("|"))) {
                continue;
            }
            tables++;
            int header = separators(lines.get(i));
            assertTrue(lines.get(i + 1).matches("\\|( :?-+:? \\|)+"), "delimiter row after " + lines.get(i));
            for (int j = i; j < lines.size() && lines.get(j).startsWith("|"); j++) {
                assertEquals(header, separators(lines.get(j)), "row " + (j + 1) + ": " + lines.get(j));
            }
        }
        assertTrue(tables > 0);
    }

    @Test
    void hostileTextCannotBreakTablesOrBecomeHtml() {
        String md = HostileReports.report().toMarkdown();
        assertTablesIntact(md);
        String withoutOwnTags = md.replace("<details>", "").replace("</details>", "").replace("<summary>", "")
                .replace("</summary>", "");
        assertFalse(withoutOwnTags.contains("<"), "a raw < reached the Markdown");
        assertFalse(md.contains("[fagfolk]("), "a link from the input stayed a link");
        assertTrue(md.contains("\\[fagfolk\\](http"));
        assertTrue(md.contains("&lt;script&gt;alert(1)&lt;/script&gt; avlastning \\| øker"));
    }

    @Test
    void seedReportHasSummaryTablesAndLegend() {
        String md = SEEDS.toMarkdown();
        assertTablesIntact(md);
        for (SectorReport s : SEEDS.sectorReports()) {
            assertTrue(md.contains("- **" + MarkdownText.escape(s.title()) + "**: " + MarkdownText.escape(s.summary())),
                    s.title());
            StringBuilder header = new StringBuilder("| # | challenge |");
            s.years().forEach(y -> header.append(' ').append(y).append(" |"));
            if (!s.challenges().isEmpty()) {
                assertTrue(md.contains(header + "\n"), "year columns of " + s.title());
            }
        }
        assertTrue(md.contains("Legend: ● first named"));
        assertTrue(md.contains("## Statements per document"));
    }

    @Test
    void aSectorWhosePagesStateNoChallengesSaysSo() {
        // two years of a sector page with results but no challenges section (text written for the test)
        TrendReport r = Trendspor.analyzeTexts(java.util.Map.of("kultur-2019.txt",
                "Testby kommune\nKultur\nKultur skal gi gode tilbud til alle innbyggere i kommunen.\n"
                        + "Viktige resultater og innsatser i 2019\n • Biblioteket hadde 120 000 besøk.\n",
                "kultur-2020.txt", "Testby kommune\nKultur\nKultur skal gi gode tilbud til alle innbyggere i kommunen.\n"
                        + "Viktige resultater og innsatser i 2020\n • Biblioteket hadde 90 000 besøk.\n"));
        SectorReport s = r.sectorReports().get(0);
        assertTrue(s.summary().startsWith("no challenges stated in its report years 2019 and 2020"), s.summary());
        assertTrue(r.toMarkdown().contains(MarkdownText.escape(s.summary())));
    }

    @Test
    void summaryCountsAreTheLatestThemeDiffs() {
        for (SectorReport s : SEEDS.sectorReports()) {
            if (s.themeDiffs().isEmpty()) {
                assertTrue(s.summary().startsWith("one report year") || s.years().size() != 1, s.summary());
                continue;
            }
            ThemeDiff d = s.themeDiffs().get(s.themeDiffs().size() - 1);
            int total = d.persisting().size() + d.newChallenges().size() + d.unconfirmedNew().size()
                    + d.returning().size();
            assertTrue(s.summary().startsWith(d.persisting().size() + " of " + total + " challenge"), s.summary());
            assertTrue(s.summary().contains(d.newChallenges().size() + " new, " + d.dropped().size() + " dropped"));
            int yearIndex = s.years().indexOf(d.toYear());
            assertEquals(total, s.challengesPerYear().get(yearIndex), "table rows named in " + d.toYear());
        }
    }

    @Test
    void marksFollowTheLinksOfEachRecurringChallenge() {
        for (SectorReport s : SEEDS.sectorReports()) {
            for (ChallengeRow row : s.recurringChallenges()) {
                RecurringChallenge c = row.recurring();
                List<String> expected = new ArrayList<>();
                expected.add(c.firstYear() + "●");
                for (Link l : c.links()) {
                    expected.add(l.toYear() + ChallengeMark.of(l.explanation().relation()).symbol());
                }
                List<String> actual = new ArrayList<>();
                row.marks().forEach((y, m) -> actual.add(y + m.symbol()));
                assertEquals(expected, actual, c.label());
                assertEquals(c.years(), List.copyOf(row.marks().keySet()));
            }
        }
    }

    @Test
    void sameInputGivesIdenticalMarkdown() {
        assertEquals(SEEDS.toMarkdown(), Trendspor.analyzeSeeds().toMarkdown());
    }
}
