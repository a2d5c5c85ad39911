package no.trendspor.ingest.block;

import java.util.List;
import no.trendspor.model.LineSpan;
import no.trendspor.model.Repair;

/**
 * A unit of text made of one or more consecutive logical lines: a bullet with its wrapped
 * continuation lines, or a line of prose with the lines that continue its sentence.
 *
 * @param lines    the input lines it covers
 * @param bullet   whether it is a bullet
 * @param indent   the indentation of its first line
 * @param text     the normalised text, lines joined (hyphenated breaks mended)
 * @param original the input text, bullet sign removed, lines joined with one space
 * @param parts    how many logical lines it joins
 * @param repairs  repairs made while joining lines (hyphenation)
 * @param starts   offset in {@code text} where each joined input line starts (first is 0); the
 *                 lines of a block are consecutive input lines
 */
public record Block(LineSpan lines, boolean bullet, int indent, String text, String original, int parts,
        List<Repair> repairs, List<Integer> starts) {

    public Block {
        repairs = List.copyOf(repairs);
        starts = List.copyOf(starts);
    }

    /** The input line that holds the char at {@code offset} of {@link #text}. */
    public int lineAt(int offset) {
        int index = 0;
        for (int i = 1; i < starts.size(); i++) {
            if (starts.get(i) <= offset) {
                index = i;
            }
        }
        return Math.min(lines.first() + index, lines.last());
    }

    /** Whether the text ends like a sentence (., !, ?, : or ; possibly followed by a closing quote or bracket). */
    public boolean endsSentence() {
        return BlockBuilder.endsSentence(text);
    }
}
