package no.trendspor.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import no.trendspor.eval.GoldFile;
import no.trendspor.eval.GoldFixture;
import no.trendspor.model.ReportDocument;
import org.junit.jupiter.api.Test;

/**
 * The seed expectations of the issue, on documents built from the gold statements of the two seed
 * files (report years 2018 and 2020 of Oppvekst barnehage), and on the whole barnehage chain.
 */
class SeedExpectationsTest {

    private static final String CHAIN = "baerum-oppvekst-barnehage";

    private static ChallengeAnalysisResult seeds(GoldFile gold) {
        List<ReportDocument> docs = GoldFixture.documents(gold, f -> f.endsWith(".txt"));
        assertEquals(2, docs.size());
        return ChallengeAnalysis.analyze(docs);
    }

    private static RecurringChallenge withMember(ChallengeAnalysisResult r, String id) {
        return r.recurringChallenges().stream()
                .filter(rc -> rc.occurrences().stream().anyMatch(o -> o.statementId().equals(id)))
                .findFirst().orElse(null);
    }

    private static Set<String> ids(RecurringChallenge rc) {
        return rc.occurrences().stream().map(Occurrence::statementId).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theFourGoldClustersOfTheSeedsAreRecurringChallenges() {
        GoldFile gold = GoldFixture.chain(CHAIN);
        ChallengeAnalysisResult r = seeds(gold);
        for (GoldFile.Cluster c : gold.clusters()) {
            RecurringChallenge rc = withMember(r, c.members().get(0));
            assertNotNull(rc, () -> "cluster " + c.id() + " not found in " + r.recurringChallenges());
            assertEquals(new TreeSet<>(c.members()), ids(rc), c.id());
            assertEquals(List.of(2018, 2020), rc.years());
            Explanation e = rc.links().get(0).explanation();
            assertTrue(e.score() >= AnalysisOptions.DEFAULT_MATCH_THRESHOLD, e::toString);
            assertFalse(e.sharedStems().isEmpty() && e.synonymsUsed().isEmpty() && e.sharedCompoundParts().isEmpty());
        }
        assertEquals(gold.clusters().size(), r.recurringChallenges().size(), () -> r.recurringChallenges().toString());
    }

    @Test
    void explanationsNameTheSynonymsCompoundPartsAndTheReversedDirection() {
        GoldFile gold = GoldFixture.chain(CHAIN);
        ChallengeAnalysisResult r = seeds(gold);
        Explanation intake = withMember(r, "bhg2018-c4").links().get(0).explanation();
        assertTrue(intake.synonymsUsed().contains("inntak ↔ opptak"), intake::toString);
        Explanation nurses = withMember(r, "bhg2018-c6").links().get(0).explanation();
        assertFalse(nurses.sharedCompoundParts().isEmpty(), nurses::toString);
        assertEquals(Relation.NARROWED_OR_BROADENED, nurses.relation());
        RecurringChallenge special = withMember(r, "bhg2018-c1");
        Explanation reversed = special.links().get(0).explanation();
        assertEquals(Relation.DIRECTION_REVERSED, reversed.relation(), reversed::toString);
        assertEquals(Direction.DOWN, reversed.directionBefore());
        assertEquals(Direction.UP, reversed.directionAfter());
        assertTrue(special.directionReversed());
    }

    @Test
    void themeDiffShowsNewAndDroppedThemes() {
        GoldFile gold = GoldFixture.chain(CHAIN);
        ChallengeAnalysisResult r = seeds(gold);
        assertEquals(1, r.themeDiffs().size());
        ThemeDiff d = r.themeDiffs().get(0);
        assertEquals(2018, d.fromYear());
        assertEquals(2020, d.toYear());
        Set<String> added = d.newChallenges().stream().map(Occurrence::statementId).collect(Collectors.toSet());
        Set<String> dropped = d.dropped().stream().map(Occurrence::statementId).collect(Collectors.toSet());
        assertEquals(Set.of("bhg2020-c4"), added, "the barnevern / Supreme Court item is the one new theme");
        assertEquals(Set.of("bhg2018-c3", "bhg2018-c5"), dropped, "child population and staffing norms dropped");
        assertEquals(4, d.persisting().size());
        assertEquals(List.of("bhg2018-c1"), d.reversed().stream().map(p -> p.before().statementId()).toList());
        assertFalse(d.keyTerms().isEmpty());
        assertTrue(d.keyTerms().stream().allMatch(k -> k.pValue() >= 0 && k.pValue() <= 1));
    }

    @Test
    void theWholeChainAlignsTheRenamedSectorAndKeepsTheClusters() {
        GoldFile gold = GoldFixture.chain(CHAIN);
        ChallengeAnalysisResult r = ChallengeAnalysis.analyze(GoldFixture.documents(gold, f -> true));
        assertEquals(1, r.sectorAlignments().size(), () -> r.sectorAlignments().toString());
        SectorAlignment a = r.sectorAlignments().get(0);
        assertTrue(a.renamed());
        assertEquals("Oppvekst barnehage", a.sector());
        for (GoldFile.Cluster c : gold.clusters()) {
            RecurringChallenge rc = withMember(r, c.members().get(0));
            assertNotNull(rc, c.id());
            assertEquals(new TreeSet<>(c.members()), ids(rc), c.id());
        }
        assertEquals(3, r.themeDiffs().size());
        // 2019's challenge list is cut in the excerpt: 2018 challenges that come back in 2020 pause
        // in 2018→2019 and return in 2019→2020 rather than being dropped and new.
        ThemeDiff d1819 = r.themeDiffs().get(1);
        assertEquals(2018, d1819.fromYear());
        assertTrue(d1819.pausing().stream().anyMatch(o -> o.statementId().equals("bhg2018-c6")));
        assertTrue(d1819.dropped().stream().noneMatch(o -> o.statementId().equals("bhg2018-c6")));
        ThemeDiff d1920 = r.themeDiffs().get(2);
        assertTrue(d1920.returning().stream().anyMatch(o -> o.statementId().equals("bhg2020-c5")));
        assertTrue(d1920.newChallenges().stream().anyMatch(o -> o.statementId().equals("bhg2020-c4")));
    }

    @Test
    void analysisIsDeterministicWhateverTheDocumentOrder() {
        GoldFile gold = GoldFixture.chain(CHAIN);
        List<ReportDocument> docs = GoldFixture.documents(gold, f -> true);
        List<ReportDocument> reversed = new java.util.ArrayList<>(docs);
        java.util.Collections.reverse(reversed);
        assertEquals(ChallengeAnalysis.analyze(docs), ChallengeAnalysis.analyze(reversed));
    }
}
