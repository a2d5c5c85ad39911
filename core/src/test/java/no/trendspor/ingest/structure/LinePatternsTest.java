package no.trendspor.ingest.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import no.trendspor.model.SectionKind;
import org.junit.jupiter.api.Test;

class LinePatternsTest {

    @Test
    void sectionHeadings() {
        assertEquals(SectionKind.RESULT, LinePatterns.sectionHeading("Viktige resultater og innsatser i 2031"));
        assertEquals(OptionalInt.of(2031), LinePatterns.resultsHeadingYear("Viktige resultater og innsatser i 2031"));
        assertEquals(SectionKind.RESULT, LinePatterns.sectionHeading("Viktige resultat og innsatsar i 2031"));
        for (String h : new String[] {"Utfordringer fremover", "Utfordringer", "Sektorens utfordringer", "Utfordringar"}) {
            assertEquals(SectionKind.CHALLENGE, LinePatterns.sectionHeading(h), h);
        }
        assertEquals(SectionKind.KEY_FIGURES, LinePatterns.sectionHeading("Nøkkeltall"));
        assertEquals(SectionKind.KEY_FIGURES, LinePatterns.sectionHeading("Nøkkeltal"));
        assertEquals(OptionalInt.of(2031), LinePatterns.resultsHeadingYear("Resultater og innsatser 2031"));
        assertEquals(SectionKind.CHALLENGE, LinePatterns.sectionHeading("Utfordringar framover"));
        assertEquals(SectionKind.CHALLENGE, LinePatterns.sectionHeading("Fremtidige utfordringer"));
        assertNull(LinePatterns.sectionHeading("Utfordringer knyttet til økonomien er store."));
    }

    @Test
    void keyFigureReferencesAlsoCutOrUnnumbered() {
        assertTrue(LinePatterns.keyFigureLine("Tabell 4 viser nøkkeltall for Teknikk"));
        assertTrue(LinePatterns.keyFigureLine("Tabell viser nøkkeltall for Teknikk"));
        assertTrue(LinePatterns.keyFigureLine("Tabell 4 viser nø"));
        assertFalse(LinePatterns.keyFigureLine("Tabellen er laget av kommunen."));
    }

    @Test
    void titlesChromePageMarkersAndTables() {
        assertEquals(OptionalInt.of(2031), LinePatterns.titleYear("Årsrapport 2031"));
        assertEquals(OptionalInt.of(2031), LinePatterns.titleYear("Årsmelding 2031 – Eksempel kommune"));
        assertTrue(LinePatterns.chrome("SHOW MORE"));
        assertTrue(LinePatterns.chrome("⇡ Til toppen"));
        assertTrue(LinePatterns.chrome("For å endre størrelse på tekst:"));
        assertTrue(LinePatterns.chrome("Transkript"));
        assertFalse(LinePatterns.chrome("Delvis gjennomført"));
        assertTrue(LinePatterns.pageMarker("Page 1"));
        assertTrue(LinePatterns.pageMarker("Page 12: Årsrapport Eksempel 2031"));
        assertTrue(LinePatterns.pageMarker("Side 6–7"));
        assertTrue(LinePatterns.pageMarker("17"));
        assertFalse(LinePatterns.pageMarker("2031"));
        assertTrue(LinePatterns.tableLine("Tabell-3-1"));
        assertTrue(LinePatterns.tableLine("0 - 6 år i alt 7 100 7 200 7 300"));
        assertFalse(LinePatterns.tableLine("I 2031 ble 12 av 14 mål nådd."));
        // a row: a label and its columns, or columns run together by the extraction
        assertTrue(LinePatterns.tableLine("Antall plasser i alt 310 325 331 340"));
        assertTrue(LinePatterns.tableLine("Plasser20272028202920302031"));
        assertFalse(LinePatterns.tableLine("Antall plasser økte fra 310 til 340"));
        assertFalse(LinePatterns.tableLine("Plasser i 2031: 340"));
    }

    @Test
    void yearInAFileName() {
        assertEquals(OptionalInt.of(2031), LinePatterns.yearIn("eksempel_2031_side.txt"));
        assertEquals(OptionalInt.empty(), LinePatterns.yearIn("000_7585.txt"));
    }
}
