package no.trendspor.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CellValueTest {

    private static Double value(String cell) {
        return CellValue.parse(cell).orElseThrow().value();
    }

    @Test
    void norwegianAndEnglishNotation() {
        assertEquals(12.5, value("12,5"));
        assertEquals(1234.5, value("1 234,5"));
        assertEquals(1234.5, value("1\u00A0234,5"));
        assertEquals(1234.5, value("1\u202F234,5"));
        assertEquals(1234.5, value("1.234,5"));
        assertEquals(1234567.0, value("1.234.567"));
        assertEquals(12.5, value("12.5"));
        assertEquals(-3.0, value("\u22123"));
        assertEquals(-3.25, value("-3,25"));
        assertEquals(12.5, value("12,5 %"));
    }

    @Test
    void refusesWhatIsNotANumber() {
        assertTrue(CellValue.parse("abc").isEmpty());
        assertTrue(CellValue.parse("1,234.5").isEmpty());
        assertTrue(CellValue.parse("1,2,3").isEmpty());
        assertTrue(CellValue.parse("*").isEmpty());
        assertTrue(CellValue.parse("12-13").isEmpty());
    }

    @Test
    void ssbSymbols() {
        for (String missing : new String[] {".", "..", "...", ":"}) {
            CellValue c = CellValue.parse(missing).orElseThrow();
            assertEquals(null, c.value(), missing);
            assertEquals(missing, c.symbol());
        }
        assertEquals(0.0, value("-"));
        assertEquals("*", CellValue.parse("7,5*").orElseThrow().symbol());
        assertEquals(7.5, value("7,5*"));
    }
}
