package no.trendspor.ingest.block;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import no.trendspor.model.LineSpan;
import no.trendspor.model.Unclassified;
import org.junit.jupiter.api.Test;

class RepeatedPassagesTest {

    /** A block of one line whose text is {@code word} padded to 60 characters. */
    private static Block block(int line, String word) {
        String text = (word + " ").repeat(60 / (word.length() + 1) + 1).substring(0, 60);
        return new Block(LineSpan.of(line), true, 1, text, text, 1, List.of(), List.of(0));
    }

    /** Blocks on consecutive lines from words. */
    private static List<Block> blocks(List<String> words) {
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            out.add(block(i + 1, words.get(i)));
        }
        return out;
    }

    private static List<String> page(int n) {
        return IntStream.range(0, n).mapToObj(i -> "w" + i).toList();
    }

    /**
     * Blocks from a generated sequence: 0–11 a block from a small alphabet, 12 a whole page of nine
     * blocks, so repeats of every length occur.
     */
    private static List<Block> generated(List<Integer> seq) {
        List<String> words = new ArrayList<>();
        for (int s : seq) {
            if (s == 12) {
                words.addAll(page(9));
            } else {
                words.add("w" + s);
            }
        }
        return blocks(words);
    }

    @Test
    void aPageRepeatedManyTimesIsKeptOnceAndTheRepeatsAreOneEntry() {
        List<String> words = new ArrayList<>();
        for (int copy = 0; copy < 5; copy++) {
            words.addAll(page(10));
        }
        RepeatedPassages r = RepeatedPassages.of(blocks(words));
        assertEquals(blocks(page(10)), r.kept());
        assertEquals(1, r.setAside().size());
        Unclassified u = r.setAside().get(0);
        assertEquals(new LineSpan(11, 50), u.lines());
        assertEquals(RepeatedPassages.REASON, u.reason());
        assertTrue(u.text().contains("4 passages") && u.text().contains("lines 1-10"), u.text());
    }

    @Test
    void aRepeatShorterThanTheMinimumIsKept() {
        List<String> words = new ArrayList<>(page(10));
        words.addAll(page(RepeatedPassages.MIN_BLOCKS - 1));
        RepeatedPassages r = RepeatedPassages.of(blocks(words));
        assertEquals(words.size(), r.kept().size());
        assertTrue(r.setAside().isEmpty());
    }

    @Test
    void aRepeatThatDivergesEarlyIsKeptAndARepeatStartingInsideItIsFound() {
        // w0 w1 x then the whole page again: the first attempt (w0 w1) fails, the page repeat is found
        List<String> words = new ArrayList<>(page(10));
        words.addAll(List.of("w0", "w1", "x"));
        words.addAll(page(10));
        RepeatedPassages r = RepeatedPassages.of(blocks(words));
        assertEquals(13, r.kept().size());
        assertEquals(List.of(new LineSpan(14, 23)), r.setAside().stream().map(Unclassified::lines).toList());
        assertTrue(r.setAside().get(0).text().startsWith("verbatim repeat of lines 1-10"), r.setAside().get(0).text());
    }

    @Test
    void repeatsSeparatedByKeptTextAreSeparateEntries() {
        List<String> words = new ArrayList<>(page(10));
        words.addAll(page(10));
        words.add("between");
        words.addAll(page(10));
        RepeatedPassages r = RepeatedPassages.of(blocks(words));
        assertEquals(List.of(new LineSpan(11, 20), new LineSpan(22, 31)),
                r.setAside().stream().map(Unclassified::lines).toList());
    }

    @Test
    void aBulletAndAProseLineWithTheSameTextAreNotTheSame() {
        List<Block> in = new ArrayList<>(blocks(page(10)));
        for (int i = 0; i < 10; i++) {
            Block b = block(11 + i, "w" + i);
            in.add(new Block(b.lines(), false, 0, b.text(), b.original(), 1, List.of(), List.of(0)));
        }
        assertTrue(RepeatedPassages.of(in).setAside().isEmpty());
    }

    @Test
    void theCallerIsToldWhichLinesWereSetAsideAsTheyAre() {
        List<LineSpan> told = new ArrayList<>();
        RepeatedPassages r = new RepeatedPassages(told::add);
        List<String> words = new ArrayList<>();
        for (int copy = 0; copy < 3; copy++) {
            words.addAll(page(10));
        }
        blocks(words).forEach(r::accept);
        r.finish();
        assertEquals(List.of(new LineSpan(11, 20), new LineSpan(11, 30)), told);
    }

    /**
     * Lossless and ordered: every block is either kept or inside exactly one set-aside span, kept
     * blocks are in input order, and set-aside spans never hold a kept block.
     */
    @Property(tries = 300)
    void everyBlockIsKeptOrSetAsideInOrder(@ForAll @Size(max = 120) List<@IntRange(min = 0, max = 12) Integer> seq) {
        List<Block> in = generated(seq);
        RepeatedPassages r = RepeatedPassages.of(in);
        List<Integer> keptLines = r.kept().stream().map(b -> b.lines().first()).toList();
        for (int i = 1; i < keptLines.size(); i++) {
            assertTrue(keptLines.get(i - 1) < keptLines.get(i));
        }
        for (Block b : in) {
            int line = b.lines().first();
            long spans = r.setAside().stream().filter(u -> u.lines().contains(line)).count();
            assertEquals(keptLines.contains(line) ? 0 : 1, spans, "line " + line);
        }
    }

    /** A set-aside span repeats, block for block, text that was kept earlier. */
    @Property(tries = 300)
    void setAsideTextIsARepeatOfKeptText(@ForAll @Size(max = 120) List<@IntRange(min = 0, max = 12) Integer> seq) {
        List<Block> in = generated(seq);
        RepeatedPassages r = RepeatedPassages.of(in);
        List<String> keptText = r.kept().stream().map(Block::text).toList();
        for (Unclassified u : r.setAside()) {
            for (int line = u.lines().first(); line <= u.lines().last(); line++) {
                assertTrue(keptText.contains(in.get(line - 1).text()));
            }
        }
    }
}
