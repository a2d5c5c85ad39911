package no.trendspor.ingest.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import no.trendspor.model.SectionKind;
import org.junit.jupiter.api.Test;

class StatementIdsTest {

    @Test
    void idIsShortHexOfBaseNameSectorSectionAndIndex() {
        String a = StatementIds.id("/x/y/rapport.txt", "Skole", SectionKind.RESULT, 1);
        assertEquals(a, StatementIds.id("C:\\data\\rapport.txt", "Skole", SectionKind.RESULT, 1));
        assertEquals(12, a.length());
        assertNotEquals(a, StatementIds.id("rapport.txt", "Skole", SectionKind.RESULT, 2));
        assertNotEquals(a, StatementIds.id("rapport.txt", "Skole", SectionKind.CHALLENGE, 1));
        assertNotEquals(a, StatementIds.id("rapport.txt", "Barnehage", SectionKind.RESULT, 1));
    }
}
