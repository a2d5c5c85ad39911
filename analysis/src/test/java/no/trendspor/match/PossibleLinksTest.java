package no.trendspor.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.trendspor.ingest.IngestHints;
import no.trendspor.ingest.ReportParser;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.SectionKind;
import no.trendspor.model.Statement;
import no.trendspor.seeds.Seeds;
import org.junit.jupiter.api.Test;

/** Possible links on the two seed reports: what they propose, and what they leave alone. */
class PossibleLinksTest {

    private static List<ReportDocument> seeds() {
        ReportParser parser = new ReportParser();
        List<ReportDocument> docs = new ArrayList<>();
        for (String seed : Seeds.names()) {
            ReportDocument d = parser.parse(seed, Seeds.bytes(seed), IngestHints.NONE);
            // the 2020 seed does not name its municipality
            docs.add(new ReportDocument(d.source(), d.year(), d.yearSource(), "Bærum", d.sectors(), d.headings(),
                    d.unclassified(), d.warnings(), d.lineCount()));
        }
        return docs;
    }

    @Test
    void possibleLinksJoinChallengesOfOtherYearsOfTheSameSectorAtMostTwicePerChallenge() {
        List<ReportDocument> docs = seeds();
        ChallengeAnalysisResult r = ChallengeAnalysis.analyze(docs);
        assertFalse(r.possibleLinks().isEmpty(), () -> "the seeds leave challenges unlinked: " + r);
        Map<String, Integer> yearOf = new HashMap<>();
        Map<String, SectionKind> sectionOf = new HashMap<>();
        for (ReportDocument d : docs) {
            for (Statement s : d.statements()) {
                yearOf.put(s.id(), d.year());
                sectionOf.put(s.id(), s.section());
            }
        }
        Map<String, String> recurringOf = new HashMap<>();
        r.recurringChallenges().forEach(rc -> rc.occurrences().forEach(o -> recurringOf.put(o.statementId(), rc.id())));
        Map<String, Integer> perChallenge = new HashMap<>();
        for (PossibleLink p : r.possibleLinks()) {
            assertTrue(p.fromYear() < p.toYear(), p::toString);
            assertEquals(yearOf.get(p.fromStatementId()), p.fromYear());
            assertEquals(yearOf.get(p.toStatementId()), p.toYear());
            assertEquals(SectionKind.CHALLENGE, sectionOf.get(p.fromStatementId()));
            assertEquals(SectionKind.CHALLENGE, sectionOf.get(p.toStatementId()));
            String a = recurringOf.get(p.fromStatementId());
            assertTrue(a == null || !a.equals(recurringOf.get(p.toStatementId())), () -> "already linked: " + p);
            assertTrue(p.score() >= PossibleLinks.MIN_SCORE && p.score() == p.explanation().score(), p::toString);
            perChallenge.merge(p.fromStatementId(), 1, Integer::sum);
            perChallenge.merge(p.toStatementId(), 1, Integer::sum);
        }
        perChallenge.forEach((id, n) -> assertTrue(n <= PossibleLinks.PER_CHALLENGE, id + ": " + n));
        // ranked within a sector: best score first
        for (int i = 1; i < r.possibleLinks().size(); i++) {
            PossibleLink x = r.possibleLinks().get(i - 1);
            PossibleLink y = r.possibleLinks().get(i);
            if (x.municipality().equals(y.municipality()) && x.sector().equals(y.sector())) {
                assertTrue(x.score() >= y.score(), x + " before " + y);
            }
        }
    }

    @Test
    void theWordsOnlyOneSideUsesAreListed() {
        for (PossibleLink p : ChallengeAnalysis.analyze(seeds()).possibleLinks()) {
            for (String w : p.onlyFrom()) {
                assertTrue(p.fromText().toLowerCase(java.util.Locale.ROOT).contains(w), () -> w + " in " + p);
                assertFalse(p.explanation().sharedWords().contains(w), () -> w + " shared in " + p);
            }
            for (String w : p.onlyTo()) {
                assertTrue(p.toText().toLowerCase(java.util.Locale.ROOT).contains(w), () -> w + " in " + p);
            }
        }
    }
}
