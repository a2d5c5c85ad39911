package no.trendspor.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import no.trendspor.Trendspor;
import org.junit.jupiter.api.Test;

/** What JShell and notebooks print for the main types: short summaries, not record dumps. */
class ToStringTest {

    private static final TrendReport SEEDS = Trendspor.analyzeSeeds();

    private static void assertShort(Object o, int maxLines) {
        String s = o.toString();
        List<String> lines = s.lines().toList();
        assertTrue(lines.size() <= maxLines, s);
        for (String line : lines) {
            assertTrue(line.length() <= 300, "long line: " + line);
        }
        for (String dump : List.of("Occurrence[", "Link[", "Explanation[", "SeriesPoint[", "TrendStatistics[",
                "Provenance[", "ReportDocument[")) {
            assertFalse(s.contains(dump), "record dump " + dump + " in " + s);
        }
    }

    @Test
    void mainTypesPrintShortSummaries() {
        assertShort(SEEDS, 1 + SEEDS.sectorReports().size());
        assertTrue(SEEDS.toString().contains(SEEDS.documents().size() + " documents"));
        List<Object> parts = new ArrayList<>();
        parts.addAll(SEEDS.recurringChallenges());
        parts.addAll(SEEDS.themeDiffs());
        parts.addAll(SEEDS.indicators());
        parts.addAll(SEEDS.sectorReports());
        assertFalse(parts.isEmpty());
        for (Object part : parts) {
            assertShort(part, 1);
        }
        SEEDS.indicators().forEach(s -> assertTrue(s.toString().startsWith(s.sector() + " / " + s.name()), s.toString()));
    }
}
