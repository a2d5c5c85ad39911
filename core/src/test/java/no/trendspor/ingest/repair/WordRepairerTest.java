package no.trendspor.ingest.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import no.trendspor.model.Repair;
import org.junit.jupiter.api.Test;

class WordRepairerTest {

    private final WordRepairer repairer = new WordRepairer(Lexicon.standard());

    private WordRepairer.Result repair(String text, String... moreDocumentText) {
        Vocabulary v = new Vocabulary().add(text);
        for (String t : moreDocumentText) {
            v.add(t);
        }
        return repairer.repair(text, v, offset -> 4);
    }

    @Test
    void joinsWordsSplitAfterALigaturePair() {
        WordRepairer.Result r = repair("Vi mott ok brevet og sendte det ti l kontoret. Dett e er knytt et ti l planen.");
        assertEquals("Vi mottok brevet og sendte det til kontoret. Dette er knyttet til planen.", r.text());
        Repair first = r.repairs().get(0);
        assertEquals("ligature-split", first.kind());
        assertEquals("mott ok", first.before());
        assertEquals("mottok", first.after());
        assertEquals(4, first.line());
        assertTrue(first.evidence().contains("'tt'"), first.evidence());
    }

    @Test
    void usesTheDocumentsOwnVocabularyAndStems() {
        // "skoleplanen" is no lexicon word, but it shares its stem with "skoleplanene" used elsewhere.
        WordRepairer.Result r = repair("Den nye skoleplanenstiller krav.", "Alle skoleplanene er nye.");
        assertEquals("Den nye skoleplanen stiller krav.", r.text());
        assertEquals("glued-words", r.repairs().get(0).kind());
        // "offi sielt": the joined word shares a stem with a document word.
        assertEquals("Den ble offisielt åpnet.", repair("Den ble offi sielt åpnet.").text());
    }

    @Test
    void leavesCorrectTextAlone() {
        for (String ok : new String[] {
            "Det er rett er det ikke.", "Hun fikk ti år.", "Vi har satt i gang arbeidet.",
            "Barnehageplassene krever mye.", "Tett på realfag er et program.", "De fleste elevene trives."}) {
            WordRepairer.Result r = repair(ok);
            assertEquals(ok, r.text(), () -> "changed: " + r.repairs());
        }
    }

    @Test
    void repairIsIdempotent() {
        String damaged = "Vi mott ok brevet, knytt et ti l planen som barnevernlovstiller krav.";
        String once = repair(damaged, "Endringer i barnevernloven.").text();
        WordRepairer.Result twice = repair(once, "Endringer i barnevernloven.");
        assertEquals(once, twice.text());
        assertTrue(twice.repairs().isEmpty());
    }

    /** Issue 19: the same damage repeated is one repair with its count, not thousands of copies. */
    @Test
    void theSameChangeRepeatedIsOneRepairWithItsCount() {
        String damaged = "Vi gikk " + "ti l ".repeat(5_000) + "slutt og dett e.";
        WordRepairer.Result r = repair(damaged);
        assertEquals("Vi gikk " + "til ".repeat(5_000) + "slutt og dette.", r.text());
        assertEquals(2, r.repairs().size(), r.repairs()::toString);
        assertEquals("ti l", r.repairs().get(0).before());
        assertEquals(5_000, r.repairs().get(0).count());
        assertEquals("dett e", r.repairs().get(1).before());
        assertEquals(1, r.repairs().get(1).count());
    }
}
