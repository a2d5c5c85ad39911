package no.trendspor.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.Sector;
import org.junit.jupiter.api.Test;

/**
 * A challenge absent from a year whose challenge list is cut short in the source is unconfirmed,
 * not dropped or new. Two- and three-year examples with texts written for the test.
 */
class CutShortThemeDiffTest {

    private static final String WAIT = "c: Ventetiden for plass i sykehjem øker år for år.";
    private static final String STAFF = "c: Mangel på sykepleiere gjør turnusene sårbare.";
    private static final String DIGITAL = "c: Digitale trygghetsalarmer tas for lite i bruk.";
    private static final String ALONE = "c: Stadig flere eldre bor alene uten familie i nærheten.";
    private static final String HOUSING = "c: Boliger med heldøgns omsorg bygges for sakte.";

    private static Sector cut(Sector s) {
        return new Sector(s.name(), s.nameSource(), s.statements(), true);
    }

    private static ReportDocument doc(int year, Sector sector) {
        return Docs.doc("omsorg-" + year + ".txt", year, "Testby", sector);
    }

    private static List<ThemeDiff> diffs(ReportDocument... docs) {
        return ChallengeAnalysis.analyze(List.of(docs)).themeDiffs();
    }

    private static List<String> texts(List<Occurrence> items) {
        return items.stream().map(Occurrence::text).toList();
    }

    private static String text(String statement) {
        return statement.substring(2).strip();
    }

    @Test
    void challengesMissingFromACutShortLaterListAreUnconfirmedNotDropped() {
        ThemeDiff d = diffs(
                doc(2023, Docs.sector("Omsorg", "a", WAIT, STAFF, DIGITAL)),
                doc(2024, cut(Docs.sector("Omsorg", "b", WAIT, ALONE)))).get(0);
        assertFalse(d.fromListCutShort());
        assertTrue(d.toListCutShort());
        assertEquals(1, d.persisting().size());
        assertEquals(List.of(), d.dropped());
        assertEquals(List.of(text(STAFF), text(DIGITAL)), texts(d.unconfirmedDropped()));
        assertEquals(List.of(text(ALONE)), texts(d.newChallenges()), "the earlier list is complete");
        assertEquals(List.of(), d.unconfirmedNew());
        assertTrue(d.toString().endsWith("; 2024 list cut short: 2 unconfirmed dropped"), d.toString());
    }

    @Test
    void challengesMissingFromACutShortEarlierListAreUnconfirmedNotNew() {
        ThemeDiff d = diffs(
                doc(2023, cut(Docs.sector("Omsorg", "a", WAIT, STAFF))),
                doc(2024, Docs.sector("Omsorg", "b", WAIT, ALONE, HOUSING))).get(0);
        assertTrue(d.fromListCutShort());
        assertFalse(d.toListCutShort());
        assertEquals(List.of(), d.newChallenges());
        assertEquals(List.of(text(ALONE), text(HOUSING)), texts(d.unconfirmedNew()));
        assertEquals(List.of(text(STAFF)), texts(d.dropped()), "the later list is complete");
        assertEquals(List.of(), d.unconfirmedDropped());
    }

    @Test
    void completeListsKeepNewAndDropped() {
        ThemeDiff d = diffs(
                doc(2023, Docs.sector("Omsorg", "a", WAIT, STAFF)),
                doc(2024, Docs.sector("Omsorg", "b", WAIT, ALONE))).get(0);
        assertFalse(d.fromListCutShort() || d.toListCutShort());
        assertEquals(List.of(text(STAFF)), texts(d.dropped()));
        assertEquals(List.of(text(ALONE)), texts(d.newChallenges()));
        assertTrue(d.unconfirmedDropped().isEmpty() && d.unconfirmedNew().isEmpty());
    }

    @Test
    void pausingAndReturningAreDecidedByTheOtherYearsAsBefore() {
        List<ThemeDiff> ds = diffs(
                doc(2022, Docs.sector("Omsorg", "a", WAIT, STAFF)),
                doc(2023, cut(Docs.sector("Omsorg", "b", WAIT))),
                doc(2024, Docs.sector("Omsorg", "c", WAIT, STAFF, ALONE)));
        ThemeDiff first = ds.get(0);
        assertEquals(List.of(text(STAFF)), texts(first.pausing()), "seen again in 2024: pausing, cut or not");
        assertTrue(first.unconfirmedDropped().isEmpty());
        ThemeDiff second = ds.get(1);
        assertEquals(List.of(text(STAFF)), texts(second.returning()));
        assertEquals(List.of(text(ALONE)), texts(second.unconfirmedNew()), "never seen before, 2023 is cut short");
        assertTrue(second.newChallenges().isEmpty());
    }

    @Test
    void aYearIsCutShortWhenAnyOfItsPagesOfTheSectorIs() {
        ThemeDiff d = diffs(
                doc(2023, Docs.sector("Omsorg", "a", WAIT, STAFF, DIGITAL)),
                Docs.doc("omsorg-2024-del1.txt", 2024, "Testby", Docs.sector("Omsorg", "b", WAIT)),
                Docs.doc("omsorg-2024-del2.txt", 2024, "Testby", cut(Docs.sector("Omsorg", "c", ALONE)))).get(0);
        assertTrue(d.toListCutShort());
        assertEquals(List.of(text(STAFF), text(DIGITAL)), texts(d.unconfirmedDropped()));
        assertTrue(d.dropped().isEmpty());
    }
}
