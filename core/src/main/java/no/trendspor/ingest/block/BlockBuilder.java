package no.trendspor.ingest.block;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import no.trendspor.ingest.text.NormalizedLine;
import no.trendspor.model.LineSpan;
import no.trendspor.model.Repair;

/**
 * Stage 3 of the ingest: logical lines to {@link Block}s.
 *
 * <p>A bullet takes the following non-blank, non-bullet lines as its continuation when they are
 * indented deeper than the bullet, or when the bullet so far does not end a sentence and the line
 * starts with a lowercase letter (the way PDF extraction wraps a long bullet). A prose line takes
 * the following line under the same lowercase rule. A blank line always ends a block. Headings and
 * other one-line units therefore stay single-line blocks. A line ending in a hyphen after a
 * lowercase letter, continued by a lowercase word, is joined without the hyphen (hyphenated line
 * break), unless the next word is a conjunction ("barne- og ungdoms...": a shared compound part).
 */
public final class BlockBuilder {

    /** Words after which a line-final hyphen marks a shared compound part, not a break. */
    private static final Set<String> CONJUNCTIONS = Set.of("og", "eller", "samt", "enn", "til", "som");

    /** Longest word head (letters before the hyphen) that a hyphenated line break can have. */
    static final int MAX_HYPHENATED_HEAD = 80;

    /** Groups lines (in input order, blank lines included) into blocks. */
    public List<Block> build(List<NormalizedLine> lines) {
        List<Block> blocks = new ArrayList<>();
        Assembly assembly = start(blocks::add);
        lines.forEach(assembly::accept);
        assembly.finish();
        return blocks;
    }

    /**
     * Groups lines given one at a time, for input read as a stream: each block goes to {@code sink}
     * as soon as a later line (or {@link Assembly#finish()}) shows that it is complete.
     */
    public Assembly start(Consumer<Block> sink) {
        return new Assembly(sink);
    }

    /** The block being assembled from a stream of lines. Not thread-safe. */
    public static final class Assembly {
        private final Consumer<Block> sink;
        private NormalizedLine first;
        private StringBuilder text;
        private StringBuilder original;
        private List<Repair> repairs;
        private List<Integer> starts;
        private int last;
        private int parts;

        private Assembly(Consumer<Block> sink) {
            this.sink = sink;
        }

        /** Takes the next line in input order (blank lines included). */
        public void accept(NormalizedLine next) {
            if (first != null) {
                if (!next.blank() && !next.bullet() && next.number() != last
                        && ((first.bullet() && next.indent() > first.indent())
                            || (!endsSentence(text) && startsLowercase(next.text())))) {
                    starts.add(join(text, next, repairs, last));
                    original.append(' ').append(next.raw());
                    last = next.number();
                    parts++;
                    return;
                }
                emit();
            }
            if (!next.blank()) {
                first = next;
                text = new StringBuilder(next.text());
                original = new StringBuilder(next.raw());
                repairs = new ArrayList<>();
                starts = new ArrayList<>(List.of(0));
                last = next.number();
                parts = 1;
            }
        }

        /** Ends the input: the block being assembled is complete. */
        public void finish() {
            if (first != null) {
                emit();
            }
        }

        private void emit() {
            sink.accept(new Block(new LineSpan(first.number(), last), first.bullet(), first.indent(),
                    text.toString(), original.toString(), parts, repairs, starts));
            first = null;
        }
    }

    /** Appends {@code next} to {@code text}; returns the offset where its text starts. */
    private static int join(StringBuilder text, NormalizedLine next, List<Repair> repairs, int prevLine) {
        int n = text.length();
        String nextText = next.text();
        if (n >= 2 && text.charAt(n - 1) == '-' && Character.isLowerCase(text.charAt(n - 2))
                && startsLowercase(nextText) && !CONJUNCTIONS.contains(firstWord(nextText))) {
            int wordStart = n - 1;
            while (wordStart > 0 && text.charAt(wordStart - 1) != ' ' && n - wordStart <= MAX_HYPHENATED_HEAD) {
                wordStart--;
            }
            if (n - wordStart > MAX_HYPHENATED_HEAD) {
                // No word is this long: not a hyphenated break. Also keeps a file of "ab-" lines
                // from growing one word (and a repair per line copying it) quadratically.
                text.append(' ');
                int at = text.length();
                text.append(nextText);
                return at;
            }
            String head = text.substring(wordStart, n);
            String tail = firstWord(nextText);
            text.setLength(n - 1);
            int at = text.length();
            text.append(nextText);
            repairs.add(new Repair("hyphenation", head + " " + tail,
                    head.substring(0, head.length() - 1) + tail, prevLine,
                    "the line ended in a hyphen after a lowercase letter and the next line goes on"
                            + " with a lowercase word that is not a conjunction: a hyphenated line break"));
            return at;
        }
        text.append(' ');
        int at = text.length();
        text.append(nextText);
        return at;
    }

    private static String firstWord(String s) {
        int end = 0;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return s.substring(0, end);
    }

    static boolean startsLowercase(CharSequence s) {
        return s.length() > 0 && Character.isLowerCase(s.charAt(0));
    }

    /** Whether text ends a sentence: ., !, ?, : or ; optionally followed by quotes or brackets. */
    public static boolean endsSentence(CharSequence text) {
        return endsWithMark(text, ".!?:;");
    }

    /** Whether text ends in one of {@code marks}, optionally followed by closing quotes or brackets. */
    public static boolean endsWithMark(CharSequence text, String marks) {
        int i = text.length() - 1;
        while (i >= 0 && "»\"”’')]".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && marks.indexOf(text.charAt(i)) >= 0;
    }
}
