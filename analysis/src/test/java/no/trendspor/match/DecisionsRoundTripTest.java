package no.trendspor.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import no.trendspor.ingest.IngestHints;
import no.trendspor.ingest.InputException;
import no.trendspor.ingest.ReportParser;
import no.trendspor.model.LineSpan;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.SectionKind;
import no.trendspor.model.Sector;
import no.trendspor.model.Statement;
import no.trendspor.seeds.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decisions that last: decide on links of one analysis, write them to a decisions file, add a
 * report year, re-run with the file: the decisions still apply, and one whose statement is gone is
 * listed as unmatched.
 */
class DecisionsRoundTripTest {

    private static List<ReportDocument> seeds() {
        ReportParser parser = new ReportParser();
        List<ReportDocument> docs = new ArrayList<>();
        for (String seed : Seeds.names()) {
            ReportDocument d = parser.parse(seed, Seeds.bytes(seed), IngestHints.NONE);
            docs.add(new ReportDocument(d.source(), d.year(), d.yearSource(), "Bærum", d.sectors(), d.headings(),
                    d.unclassified(), d.warnings(), d.lineCount()));
        }
        return docs;
    }

    /** A later report year of the barnehage sector, with challenges written for this test. */
    private static ReportDocument laterYear(ReportDocument like) {
        Sector model = like.sectors().stream().filter(s -> s.name().equalsIgnoreCase("Oppvekst barnehage"))
                .findFirst().orElseThrow();
        List<Statement> statements = List.of(
                new Statement("t2022-c1", SectionKind.CHALLENGE, null,
                        "Det er krevende å skaffe nok pedagoger med riktig kompetanse.",
                        "Det er krevende å skaffe nok pedagoger med riktig kompetanse.", new LineSpan(3, 3),
                        List.of()),
                new Statement("t2022-c2", SectionKind.CHALLENGE, null,
                        "Vedlikehold av eldre barnehagebygg krever store investeringer.",
                        "Vedlikehold av eldre barnehagebygg krever store investeringer.", new LineSpan(4, 4),
                        List.of()));
        return new ReportDocument("test-2022.txt", 2022, like.yearSource(), "Bærum",
                List.of(new Sector(model.name(), model.nameSource(), statements)), List.of(), List.of(), List.of(), 5);
    }

    private static String keyOf(List<ReportDocument> docs, String id, int year) {
        for (ReportDocument d : docs) {
            for (Sector s : d.sectors()) {
                for (Statement st : s.statements()) {
                    if (d.year() == year && st.id().equals(id)) {
                        return StatementKey.of(AlignedCorpus.municipality(d), year, s.name(), st.text()).toString();
                    }
                }
            }
        }
        throw new AssertionError("no statement " + id + " in " + year);
    }

    private static String recurringOf(ChallengeAnalysisResult r, String id, int year) {
        return r.recurringChallenges().stream()
                .filter(rc -> rc.occurrences().stream().anyMatch(o -> o.statementId().equals(id) && o.year() == year))
                .map(RecurringChallenge::id).findFirst().orElse(null);
    }

    @Test
    void decisionsStillApplyWhenAReportYearIsAddedAndGoneStatementsAreListed(@TempDir Path dir) throws Exception {
        List<ReportDocument> docs = seeds();
        ChallengeAnalysisResult first = ChallengeAnalysis.analyze(docs);
        PossibleLink possible = first.possibleLinks().get(0);
        RecurringChallenge linked = first.recurringChallenges().get(0);
        Link link = linked.links().get(0);
        assertFalse(possible.fromStatementId().equals(link.fromStatementId())
                && possible.toStatementId().equals(link.toStatementId()));
        String missing = "Bærum|2018|Oppvekst barnehage|0123456789ab";

        Path file = dir.resolve("decisions.txt");
        Files.writeString(file, String.join("\n",
                "# decided after the 2020 report",
                "confirm " + possible.fromKey() + " -> " + possible.toKey(),
                "reject " + keyOf(docs, link.fromStatementId(), link.fromYear()) + " -> "
                        + keyOf(docs, link.toStatementId(), link.toYear()) + "  # not the same after all",
                "confirm " + missing + " -> " + possible.toKey(),
                "equivalent barnehagelærer, pedagog",
                ""), StandardCharsets.UTF_8);
        Decisions decisions = Decisions.read(file);
        assertEquals(4, decisions.decisions().size());

        // a new report year, and the inputs in another order
        List<ReportDocument> later = new ArrayList<>(docs);
        later.add(laterYear(docs.get(1)));
        Collections.reverse(later);
        ChallengeAnalysisResult again = ChallengeAnalysis.analyze(later, AnalysisOptions.defaults()
                .withDecisions(decisions));

        String joined = recurringOf(again, possible.fromStatementId(), possible.fromYear());
        assertTrue(joined != null && joined.equals(recurringOf(again, possible.toStatementId(), possible.toYear())),
                () -> "confirmed link not in one recurring challenge: " + again.recurringChallenges());
        String a = recurringOf(again, link.fromStatementId(), link.fromYear());
        assertTrue(a == null || !a.equals(recurringOf(again, link.toStatementId(), link.toYear())),
                () -> "rejected link still joined: " + again.recurringChallenges());
        assertTrue(again.possibleLinks().stream().noneMatch(p -> p.fromStatementId().equals(possible.fromStatementId())
                && p.toStatementId().equals(possible.toStatementId())), "a confirmed link is no longer possible");

        List<DecisionOutcome> outcomes = again.decisions();
        assertEquals(List.of(DecisionOutcome.APPLIED, DecisionOutcome.APPLIED, DecisionOutcome.UNMATCHED,
                DecisionOutcome.APPLIED), outcomes.stream().map(DecisionOutcome::status).toList(), outcomes::toString);
        assertEquals(List.of(2, 3, 4, 5), outcomes.stream().map(DecisionOutcome::line).toList());
        assertTrue(outcomes.get(2).note().contains(missing), outcomes.get(2)::toString);

        // without the decisions the same reports keep the rejected link and leave the confirmed one open
        ChallengeAnalysisResult plain = ChallengeAnalysis.analyze(later);
        String p = recurringOf(plain, link.fromStatementId(), link.fromYear());
        assertTrue(p != null && p.equals(recurringOf(plain, link.toStatementId(), link.toYear())));
        String q = recurringOf(plain, possible.fromStatementId(), possible.fromYear());
        assertTrue(q == null || !q.equals(recurringOf(plain, possible.toStatementId(), possible.toYear())));
        assertTrue(plain.decisions().isEmpty());

        // the 2018 report gone: the decisions naming its statements match nothing
        List<ReportDocument> without2018 = later.stream().filter(d -> d.year() != 2018).toList();
        List<DecisionOutcome> gone = ChallengeAnalysis.analyze(without2018, AnalysisOptions.defaults()
                .withDecisions(decisions)).decisions();
        assertEquals(DecisionOutcome.UNMATCHED, gone.get(0).status(), gone::toString);
        assertEquals(DecisionOutcome.UNMATCHED, gone.get(1).status(), gone::toString);
    }

    @Test
    void aStatementKeyDependsOnTheTextNotOnLayoutOrCase() {
        StatementKey a = StatementKey.of("Bærum", 2020, "Oppvekst barnehage", "Mangel på  fagfolk.\n");
        StatementKey b = StatementKey.of("bærum", 2020, "oppvekst barnehage", "mangel på fagfolk");
        assertTrue(a.matches(b));
        assertEquals(a, StatementKey.parse(a.toString()));
        assertFalse(a.matches(StatementKey.of("Bærum", 2020, "Oppvekst barnehage", "mangel på lærere")));
        assertFalse(a.matches(StatementKey.of("Bærum", 2021, "Oppvekst barnehage", "mangel på fagfolk")));
    }

    @Test
    void aBadLineIsReportedWithFileAndLine() {
        InputException e = assertThrows(InputException.class,
                () -> Decisions.parse("d.txt", "# ok\nconfirm Bærum|2018|X|0123456789ab\n"));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().startsWith("d.txt:2: "), e.getMessage());
        assertThrows(InputException.class, () -> Decisions.parse("d.txt", "merge a -> b"));
        assertThrows(InputException.class, () -> Decisions.parse("d.txt", "equivalent alone"));
        assertThrows(InputException.class, () -> Decisions.parse("d.txt", "reject a|b|c|0123456789ab -> x"));
    }
}
