package no.trendspor.ingest.block;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import no.trendspor.ingest.text.LineNormalizer;
import no.trendspor.ingest.text.NormalizedLine;
import no.trendspor.model.LineSpan;
import org.junit.jupiter.api.Test;

class BlockBuilderTest {

    private static List<Block> blocks(String... lines) {
        LineNormalizer n = new LineNormalizer();
        List<NormalizedLine> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            out.addAll(n.normalize(i + 1, lines[i]));
        }
        return new BlockBuilder().build(out);
    }

    @Test
    void indentedContinuationJoinsTheBullet() {
        List<Block> b = blocks(" • Et nytt system for innkjøp og",
                "  regnskap er tatt i bruk. Det gir bedre oversikt.", " • Neste punkt.");
        assertEquals(2, b.size());
        assertEquals(new LineSpan(1, 2), b.get(0).lines());
        assertEquals("Et nytt system for innkjøp og regnskap er tatt i bruk. Det gir bedre oversikt.", b.get(0).text());
        assertEquals("Et nytt system for innkjøp og regnskap er tatt i bruk. Det gir bedre oversikt.", b.get(0).original());
    }

    @Test
    void lowercaseLineAfterAnUnfinishedBulletContinuesIt() {
        List<Block> b = blocks("• Kommunen har god økonomi og leverer tjenester av høy", "kvalitet.", "Neste avsnitt.");
        assertEquals(2, b.size());
        assertEquals(2, b.get(0).parts());
        assertTrue(b.get(0).bullet());
    }

    @Test
    void finishedBulletOrUppercaseLineStaysApart() {
        assertEquals(2, blocks("• Et punkt som slutter.", "neste linje").size());
        assertEquals(2, blocks("• Et punkt uten punktum", "Tabell 3 viser tall").size());
    }

    @Test
    void blankLineEndsABlock() {
        assertEquals(2, blocks("En setning uten slutt", "", "og en ny linje").size());
    }

    @Test
    void hyphenatedLineBreakIsMendedButSharedCompoundPartsAreKept() {
        Block joined = blocks("Dette gjelder barne-", "hagene i hele kommunen.").get(0);
        assertEquals("Dette gjelder barnehagene i hele kommunen.", joined.text());
        assertEquals("hyphenation", joined.repairs().get(0).kind());
        assertEquals("Dette gjelder barne- hagene i hele kommunen.", joined.original());
        Block kept = blocks("Tilbud til helse-", "og omsorgstjenestene.").get(0);
        assertEquals("Tilbud til helse- og omsorgstjenestene.", kept.text());
        assertTrue(kept.repairs().isEmpty());
    }

    @Test
    void mergedBulletsBecomeTwoBlocksOnOneLine() {
        List<Block> b = blocks(" • Første er ferdig. • Andre er i gang.");
        assertEquals(2, b.size());
        assertEquals(LineSpan.of(1), b.get(0).lines());
        assertEquals(LineSpan.of(1), b.get(1).lines());
    }
}
