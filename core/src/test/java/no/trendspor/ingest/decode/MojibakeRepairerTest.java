package no.trendspor.ingest.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MojibakeRepairerTest {

    private final MojibakeRepairer repairer = new MojibakeRepairer();

    /** UTF-8 bytes of {@code s} read back as {@code charset}: the damage this stage mends. */
    private static String damage(String s, String charset) {
        return new String(s.getBytes(StandardCharsets.UTF_8), Charset.forName(charset));
    }

    @Test
    void repairsWindows1252Mojibake() {
        String damaged = damage("Kvalitet i skolen og særlig økt læring på året", "windows-1252");
        assertTrue(damaged.contains("Ã¦"));
        MojibakeRepairer.Result r = repairer.repair(damaged);
        assertEquals("Kvalitet i skolen og særlig økt læring på året", r.text());
        assertEquals(5, r.fixes().size(), "særlig, økt, læring, på, året");
    }

    @Test
    void repairsCentralEuropeanMojibake() {
        String damaged = damage("Bærum kommune", "ISO-8859-2");
        assertEquals("BĂŚrum kommune", damaged);
        assertEquals("Bærum kommune", repairer.repair(damaged).text());
        // "Å" is C3 85: 0x85 is a C1 control in ISO-8859-2 and "…" in Windows-1250, as PDF mirrors show it.
        assertEquals("Årsrapport", repairer.repair("Ă…rsrapport").text());
    }

    @Test
    void leavesCorrectTextAlone() {
        String ok = "Økt læring i Bærum – «gode» år, João og Ærlig";
        MojibakeRepairer.Result r = repairer.repair(ok);
        assertEquals(ok, r.text());
        assertTrue(r.fixes().isEmpty());
    }
}
