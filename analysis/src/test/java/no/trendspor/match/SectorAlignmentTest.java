package no.trendspor.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import no.trendspor.model.ReportDocument;
import org.junit.jupiter.api.Test;

class SectorAlignmentTest {

    private static List<ReportDocument> docs() {
        ReportDocument y2016 = Docs.doc("a-2016", 2016, "Eksempelby",
                Docs.sector("Grunnskoleopplæring", "s16",
                        "r: Elevene fikk nye digitale læremidler i alle skoler.",
                        "c: Rekruttere lærere med godkjent utdanning i realfag.",
                        "c: Skolebyggene trenger vedlikehold og utvidelse."),
                Docs.sector("Pleie og omsorg", "p16",
                        "c: Utbygging av omsorgsboliger for eldre med demens."));
        ReportDocument y2018 = Docs.doc("a-2018", 2018, "Eksempelby",
                Docs.sector("Oppvekst skole", "s18",
                        "r: Alle skoler tok i bruk digitale læremidler.",
                        "c: Rekruttering av lærere med godkjent utdanning er krevende.",
                        "c: Elevenes psykiske helse krever oppfølging."),
                Docs.sector("Pleie og omsorg", "p18",
                        "c: Flere omsorgsboliger for eldre med demens må bygges ut."));
        return List.of(y2016, y2018);
    }

    @Test
    void aRenamedSectorIsAlignedByNameAndContent() {
        ChallengeAnalysisResult r = ChallengeAnalysis.analyze(docs());
        assertEquals(2, r.sectorAlignments().size(), () -> r.sectorAlignments().toString());
        SectorAlignment school = r.sectorAlignments().stream().filter(a -> a.sector().equals("Oppvekst skole"))
                .findFirst().orElseThrow();
        assertTrue(school.renamed());
        assertEquals(List.of("Grunnskoleopplæring", "Oppvekst skole"),
                school.names().stream().map(SectorAlignment.YearName::name).toList());
        SectorAlignment.Step step = school.steps().get(0);
        assertTrue(step.nameScore() > 0 && step.contentScore() > 0, step::toString);
        RecurringChallenge teachers = r.recurringChallenges().stream()
                .filter(rc -> rc.sector().equals("Oppvekst skole")).findFirst().orElseThrow();
        assertEquals(List.of("s16-c2", "s18-c2"), teachers.occurrences().stream().map(Occurrence::statementId).toList());
        assertEquals(List.of("s16-c3"), r.themeDiffs().stream().filter(d -> d.sector().equals("Oppvekst skole"))
                .findFirst().orElseThrow().dropped().stream().map(Occurrence::statementId).toList());
    }

    @Test
    void theUserMapOverridesTheAlignment() {
        AnalysisOptions keepApart = AnalysisOptions.defaults()
                .withSectorOverrides(Map.of("grunnskoleopplæring", "Grunnskole (gammel)",
                        "Oppvekst skole", "Oppvekst skole"));
        ChallengeAnalysisResult r = ChallengeAnalysis.analyze(docs(), keepApart);
        assertEquals(3, r.sectorAlignments().size(), () -> r.sectorAlignments().toString());
        assertTrue(r.sectorAlignments().stream().anyMatch(a -> a.sector().equals("Grunnskole (gammel)")));

        AnalysisOptions join = AnalysisOptions.defaults()
                .withSectorOverrides(Map.of("Oppvekst skole", "Skole", "Grunnskoleopplæring", "Skole"));
        ChallengeAnalysisResult joined = ChallengeAnalysis.analyze(docs(), join);
        SectorAlignment school = joined.sectorAlignments().stream().filter(a -> a.sector().equals("Skole"))
                .findFirst().orElseThrow();
        assertEquals(2, school.names().size());
        assertTrue(school.steps().get(0).overridden());
    }

    @Test
    void unrelatedSectorsOfOneYearStayApart() {
        ChallengeAnalysisResult r = ChallengeAnalysis.analyze(docs());
        assertTrue(r.sectorAlignments().stream().allMatch(a ->
                a.names().stream().map(SectorAlignment.YearName::year).distinct().count() == a.names().size()));
    }
}
