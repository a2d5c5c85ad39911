package no.trendspor.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.trendspor.eval.GoldDocuments;
import no.trendspor.eval.GoldFile;
import no.trendspor.eval.GoldFixture;
import no.trendspor.model.ReportDocument;
import org.junit.jupiter.api.Test;

class ChallengeIndexTest {

    private static List<ReportDocument> docs() {
        return List.of(
                Docs.doc("x-2019", 2019, "Nordby",
                        Docs.sector("Helse", "n19", "c: Rekruttering av sykepleiere til hjemmetjenesten er krevende.",
                                "c: Ventetiden på avlastning må ned.", "r: Rekrutteringen gikk bra.")),
                Docs.doc("y-2020", 2020, "Sørby",
                        Docs.sector("Oppvekst", "s20", "c: Det er vanskelig å rekruttere helsesykepleiere.",
                                "c: Opptak i barnehager styres ikke av kommunen.")),
                Docs.doc("z-2020", 2020, null,
                        Docs.sector("Oppvekst", "u20", "c: Det er vanskelig å rekruttere helsesykepleiere.")));
    }

    @Test
    void findsTheSameChallengeAcrossMunicipalitiesRankedAndOnlyChallenges() {
        try (ChallengeIndex index = ChallengeIndex.build(docs())) {
            assertEquals(5, index.size());
            List<SearchHit> hits = index.search("rekruttering av helsesykepleiere", 10);
            assertTrue(hits.size() >= 3, hits::toString);
            // The two equal statements tie and are ordered by id; the nurse statement follows.
            assertEquals(List.of("s20-c1", "u20-c1"), List.of(hits.get(0).statementId(), hits.get(1).statementId()));
            assertEquals(hits.get(0).score(), hits.get(1).score(), 1e-6);
            assertEquals("Sørby", hits.get(0).municipality());
            assertEquals(ChallengeAnalysis.UNKNOWN_MUNICIPALITY, hits.get(1).municipality());
            assertEquals("n19-c1", hits.get(2).statementId());
            assertTrue(hits.stream().noneMatch(h -> h.statementId().contains("-r")));
            for (int i = 1; i < hits.size(); i++) {
                assertTrue(hits.get(i - 1).score() >= hits.get(i).score());
            }
            assertEquals(1, index.search("rekruttering av helsesykepleiere", 1).size());
            assertTrue(index.search("og i på", 5).isEmpty());
        }
    }

    @Test
    void aGoldChallengeFindsItsClusterPartnerAmongAllGoldChallenges() {
        List<GoldFile> gold = GoldFixture.all();
        GoldFile bhg = GoldFixture.chain("baerum-oppvekst-barnehage");
        try (ChallengeIndex index = ChallengeIndex.build(GoldDocuments.of(gold))) {
            List<SearchHit> hits = index.search(GoldFixture.text(bhg, "bhg2020-c5"), 2);
            assertEquals(List.of("bhg2020-c5", "bhg2018-c6"), hits.stream().map(SearchHit::statementId).toList());
        }
    }
}
