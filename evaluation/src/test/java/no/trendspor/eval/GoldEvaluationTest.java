package no.trendspor.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.trendspor.match.AnalysisOptions;
import no.trendspor.model.ReportDocument;
import org.junit.jupiter.api.Test;

/**
 * Runs the gold evaluation and holds the figures reached as floors. Measured 2026-12-04 on the
 * gold of four chains (two annual-report chains, two plan chains; 20 positive pairs):
 * ingested documents P=1.000 R=0.700 F1=0.824 (the two plan chains 5 of 6 pairs, no false
 * positive); gold-built documents P=1.000 R=0.650 F1=0.788; the two annual-report chains alone
 * P=1.000 R=0.643; Jaccard baseline F1=0.511; follow-ups F1 0.519; relations 12 of 16 clusters;
 * leave-one-chain-out F1 0.824. Before undecided links were left to the analyst (a chain's
 * statement not clearly ahead of another of the same year), ingested P=0.875 R=0.700, gold-built
 * P=1.000 R=0.700, annual-report chains alone P=1.000 R=0.714: one pleie-og-omsorg challenge
 * matches two statements of the next year within 1-3 %, and which one won depended on the
 * documents analysed.
 */
class GoldEvaluationTest {

    @Test
    void recurringChallengeDetectionReachesItsMeasuredFloorAndBeatsTheBaseline() {
        List<GoldFile> gold = GoldFixture.all();
        List<ReportDocument> docs = GoldDocuments.of(gold);
        GoldEvaluation.Result r = GoldEvaluation.evaluate(gold, docs, AnalysisOptions.defaults(),
                GoldEvaluation.DEFAULT_BASELINE_THRESHOLD);
        assertEquals(1.0, r.statementRecall(), 1e-9);
        PairScores s = r.system().total();
        assertTrue(s.f1() >= 0.78, s::toString);
        assertTrue(s.precision() >= 0.95, s::toString);
        assertTrue(s.f1() > r.baseline().total().f1(), () -> s + " vs baseline " + r.baseline().total());
        assertTrue(r.followups().f1() >= 0.45, r.followups()::toString);
        assertEquals(s.falsePositives(), r.system().falsePositives().size());
        // one relation check per gold cluster; the classifier agrees on most (measured 12 of 16)
        assertEquals(gold.stream().mapToLong(g -> g.clusters().stream().filter(c -> c.members().size() > 1).count())
                .sum(), r.relations().size());
        assertTrue(r.relationAgreements() >= 0.75 * r.relations().size(), r.relations()::toString);
        assertEquals(s.falseNegatives(), r.system().falseNegatives().size());
    }

    @Test
    void recurringChallengeDetectionOnIngestedDocumentsReachesItsMeasuredFloor() {
        List<GoldFile> gold = GoldFixture.all();
        List<ReportDocument> docs = GoldFixture.ingested(gold);
        GoldEvaluation.Result r = GoldEvaluation.evaluate(gold, docs, AnalysisOptions.defaults(),
                GoldEvaluation.DEFAULT_BASELINE_THRESHOLD);
        assertTrue(r.statementRecall() >= 0.95, () -> "statement recall " + r.statementRecall());
        PairScores s = r.system().total();
        assertTrue(s.f1() >= 0.82, s::toString);
        assertTrue(s.precision() >= 0.95, s::toString);
        assertTrue(s.f1() > r.baseline().total().f1(), () -> s + " vs baseline " + r.baseline().total());
        assertTrue(r.followups().f1() >= 0.5, r.followups()::toString);
        assertTrue(r.relationAgreements() >= 0.75 * r.relations().size(), r.relations()::toString);
    }

    /**
     * Possible links let an analyst finish what the matcher misses. Measured 2026-12-04: ingested
     * documents 19 of 20 gold pairs linked or joined by a possible link (0.950), gold-built 18 of 20
     * (0.900), at most 2 possible links per challenge; the links themselves unchanged.
     */
    @Test
    void possibleLinksBringCandidateRecallToItsMeasuredFloor() {
        List<GoldFile> gold = GoldFixture.all();
        GoldEvaluation.Result ingested = GoldEvaluation.evaluate(gold, GoldFixture.ingested(gold),
                AnalysisOptions.defaults(), GoldEvaluation.DEFAULT_BASELINE_THRESHOLD);
        assertTrue(ingested.candidateRecall() >= 0.95, ingested.candidates()::toString);
        assertTrue(ingested.candidates().maxPerChallenge() <= 2, ingested.candidates()::toString);
        assertEquals(ingested.candidates().joinable().falseNegatives(), ingested.candidates().missed().size());
        GoldEvaluation.Result built = GoldEvaluation.evaluate(gold, GoldDocuments.of(gold), AnalysisOptions.defaults(),
                GoldEvaluation.DEFAULT_BASELINE_THRESHOLD);
        assertTrue(built.candidateRecall() >= 0.90, built.candidates()::toString);
        assertTrue(built.candidateRecall() > built.system().total().recall(), built.candidates()::toString);
        assertTrue(built.candidates().maxPerChallenge() <= 2, built.candidates()::toString);
    }

    /** The annual-report chains on their own: P 1.000 R 0.643 (0.714 before undecided links were left open). */
    @Test
    void annualReportChainsAloneKeepTheirFigures() {
        List<GoldFile> gold = GoldFixture.all().stream()
                .filter(g -> g.chain().equals("baerum-oppvekst-barnehage") || g.chain().equals("baerum-pleie-og-omsorg"))
                .toList();
        org.junit.jupiter.api.Assumptions.assumeTrue(gold.size() == 2, "the two annual-report chains");
        GoldEvaluation.Result r = GoldEvaluation.evaluate(gold, GoldFixture.ingested(gold), AnalysisOptions.defaults(),
                GoldEvaluation.DEFAULT_BASELINE_THRESHOLD);
        PairScores s = r.system().total();
        assertTrue(s.precision() >= 0.95 && s.recall() >= 0.64, s::toString);
    }

    /** The plan chains: every gold statement found in its section, and recurring pairs found in each. */
    @Test
    void planChainsAreReadAndTheirPairsFound() {
        List<GoldFile> gold = GoldFixture.all().stream().filter(g -> g.chain().startsWith("baerum-hp-")).toList();
        org.junit.jupiter.api.Assumptions.assumeTrue(!gold.isEmpty(), "no plan chains");
        GoldEvaluation.Result r = GoldEvaluation.evaluate(gold, GoldFixture.ingested(gold), AnalysisOptions.defaults(),
                GoldEvaluation.DEFAULT_BASELINE_THRESHOLD);
        assertTrue(r.statementRecall() >= 0.95, () -> "statement recall " + r.statementRecall());
        r.system().perChain().forEach((chain, s) -> assertTrue(s.truePositives() >= 1 && s.precision() >= 0.95,
                () -> chain + " " + s));
    }

    @Test
    void ingestedSeedKeepsOnlyTheGoldSector() {
        List<GoldFile> gold = GoldFixture.all();
        for (ReportDocument d : GoldFixture.ingested(gold)) {
            GoldFile.Document goldDoc = gold.stream().flatMap(g -> g.documents().stream())
                    .filter(x -> x.file().equals(d.source())).findFirst().orElseThrow();
            assertEquals(goldDoc.year(), d.year(), d.source());
            if (d.source().endsWith(".txt")) {
                assertEquals(List.of(goldDoc.sector().toLowerCase(java.util.Locale.ROOT)),
                        d.sectors().stream().map(s -> s.name().toLowerCase(java.util.Locale.ROOT)).toList());
            }
        }
    }

    @Test
    void leaveOneChainOutGeneralises() {
        List<GoldFile> gold = GoldFixture.all();
        PairScores loco = GoldEvaluation.leaveOneChainOut(gold, GoldDocuments.of(gold), AnalysisOptions.defaults(),
                null);
        assertTrue(loco.f1() >= 0.77, loco::toString);
    }

    @Test
    void goldStatementsAreFoundByTextWhenIdsDiffer() {
        GoldFile g = GoldFixture.chain("baerum-pleie-og-omsorg");
        List<ReportDocument> docs = GoldDocuments.of(g).stream().map(d -> new ReportDocument(d.source(), d.year(),
                d.yearSource(), d.municipality(), d.sectors().stream().map(s -> new no.trendspor.model.Sector(s.name(),
                        s.nameSource(), s.statements().stream().map(st -> new no.trendspor.model.Statement(
                                "x-" + st.id(), st.section(), null, st.text().replace(' ', '\u00a0') + " ",
                                st.originalText(), st.lines(), List.of())).toList())).toList(),
                List.of(), List.of(), List.of(), d.lineCount())).toList();
        assertEquals(g.statements().size(), GoldEvaluation.map(List.of(g), docs).size());
    }

    @Test
    void jaccardOfWordSets() {
        assertEquals(1.0 / 3, GoldEvaluation.jaccard("a b", "b c"), 1e-12);
        assertEquals(0.0, GoldEvaluation.jaccard("", ""), 1e-12);
    }
}
