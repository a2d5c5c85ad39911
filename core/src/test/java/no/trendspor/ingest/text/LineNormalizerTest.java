package no.trendspor.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineNormalizerTest {

    private final LineNormalizer normalizer = new LineNormalizer();

    private NormalizedLine one(String line) {
        List<NormalizedLine> out = normalizer.normalize(7, line);
        assertEquals(1, out.size());
        return out.get(0);
    }

    @Test
    void mapsOddSpacesAndDropsInvisibleCharacters() {
        NormalizedLine l = one("  Alle\u00A0elever\u2007i\u202Fen\u2009skole\u00AD\u200Bn   \t");
        assertEquals("Alle elever i en skolen", l.text());
        assertEquals(2, l.indent());
        assertFalse(l.bullet());
        assertEquals("Alle\u00A0elever\u2007i\u202Fen\u2009skole\u00AD\u200Bn", l.raw(), "raw keeps the input");
    }

    @Test
    void recognisesBulletSigns() {
        for (String sign : List.of("•", "·", "▪", "-", "–", "*")) {
            NormalizedLine l = one(" " + sign + " Ny plan er vedtatt.");
            assertTrue(l.bullet(), sign);
            assertEquals("Ny plan er vedtatt.", l.text());
            assertEquals("Ny plan er vedtatt.", l.raw());
        }
    }

    @Test
    void recognisesAWingdingsBulletExtractedAsN() {
        assertTrue(one("n Kommunen har god økonomi.").bullet());
        assertFalse(one("n er et vanlig symbol").bullet(), "lowercase after the n: not a bullet");
    }

    @Test
    void splitsTwoBulletsMergedOnOneLine() {
        List<NormalizedLine> out = normalizer.normalize(3, " • Første punkt er ferdig. • Andre punkt\u00A0er i gang.");
        assertEquals(2, out.size());
        assertTrue(out.get(0).bullet() && out.get(1).bullet());
        assertEquals("Første punkt er ferdig.", out.get(0).text());
        assertEquals("Andre punkt er i gang.", out.get(1).text());
        assertEquals("Andre punkt\u00A0er i gang.", out.get(1).raw());
        assertEquals(3, out.get(1).number());
    }

    @Test
    void blankAndInvisibleLines() {
        assertTrue(one("   ").blank());
        assertFalse(one("   ").invisible());
        NormalizedLine nbsp = one("\u00A0\u200B");
        assertTrue(nbsp.blank() && nbsp.invisible());
    }

    /**
     * Issue 19: 200 000 spaces in a bullet took minutes (the raw line was split with a regex that
     * rescanned the space run from each of its positions); now one pass.
     */
    @org.junit.jupiter.api.Test
    void aLongRunOfSpacesAroundAnInlineBulletIsOnePass() {
        String spaces = " \u00A0\t".repeat(70_000);
        java.util.List<NormalizedLine> lines = new LineNormalizer().normalize(7,
                " • Digital skole" + spaces + "er innført" + spaces + "•" + spaces + "Neste punkt.");
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("Digital skole er innført", "Neste punkt."),
                lines.stream().map(NormalizedLine::text).toList());
        org.junit.jupiter.api.Assertions.assertEquals("Neste punkt.", lines.get(1).raw());
    }
}
