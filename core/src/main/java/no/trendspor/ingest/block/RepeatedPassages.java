package no.trendspor.ingest.block;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import no.trendspor.model.LineSpan;
import no.trendspor.model.Unclassified;

/**
 * Sets aside passages that repeat earlier text of the same document verbatim, so a file of report
 * pages pasted or extracted many times over is read once, and memory grows with the distinct text,
 * not with the size of the file.
 *
 * <p>A passage is at least {@link #MIN_BLOCKS} consecutive blocks holding at least
 * {@link #MIN_CHARS} characters, each block equal (text and bullet) to the block at the same place
 * of an earlier, kept passage. Shorter repeats stay: a heading, a bullet or a short list that two
 * sectors share is text of both; a single repeated line is the structure stage's {@code duplicate}.
 * Nothing is lost: each set-aside passage becomes an {@link Unclassified} entry with reason
 * {@value #REASON} that covers its lines and names the lines it repeats; passages that follow each
 * other directly are one entry.
 *
 * <p>Streaming: blocks go in one at a time; only the blocks of a passage that may still turn out
 * to be a repeat are held back. Not thread-safe.
 */
public final class RepeatedPassages {

    /** Fewest consecutive blocks a repeat needs to be set aside. */
    public static final int MIN_BLOCKS = 8;
    /** Fewest characters (block texts) a repeat needs to be set aside. */
    public static final int MIN_CHARS = 400;
    /** The reason of the {@link Unclassified} entries. */
    public static final String REASON = "repeated-passage";
    /** Earlier places a passage is compared with at once (a common block occurs in many). */
    private static final int MAX_CANDIDATES = 16;

    private final Consumer<LineSpan> onSetAside;
    private final List<Block> kept = new ArrayList<>();
    private final Map<String, List<Integer>> positions = new HashMap<>();
    private final Deque<Block> queue = new ArrayDeque<>();
    /** The blocks of the repeat under way, and for each earlier place it may repeat, the next index. */
    private final List<Block> pending = new ArrayList<>();
    private int[] next = new int[0];
    private int pendingChars;
    private final List<Unclassified> setAside = new ArrayList<>();
    private int passagesInLast;
    private LineSpan firstRepeatedInLast;
    private boolean keptSinceLast = true;

    /**
     * @param onSetAside told the span of the lines set aside each time a passage is (the span of
     *                   the entry, grown when passages follow each other), so a caller can let go
     *                   of what it held for those lines
     */
    public RepeatedPassages(Consumer<LineSpan> onSetAside) {
        this.onSetAside = onSetAside;
    }

    /** Sets aside repeated passages of a whole list of blocks. */
    public static RepeatedPassages of(List<Block> blocks) {
        RepeatedPassages r = new RepeatedPassages(span -> { });
        blocks.forEach(r::accept);
        r.finish();
        return r;
    }

    /** Takes the next block in input order. */
    public void accept(Block b) {
        queue.addLast(b);
        drain();
    }

    /** Ends the input: a repeat under way is decided. */
    public void finish() {
        while (!pending.isEmpty()) {
            endRepeat();
            drain();
        }
    }

    /** The blocks kept, in input order (complete after {@link #finish()}). */
    public List<Block> kept() {
        return kept;
    }

    /** The passages set aside, in input order (complete after {@link #finish()}). */
    public List<Unclassified> setAside() {
        return setAside;
    }

    private void drain() {
        while (!queue.isEmpty()) {
            Block b = queue.peekFirst();
            if (pending.isEmpty()) {
                int[] starts = placesOf(b);
                if (starts.length == 0) {
                    keep(b);
                } else {
                    pending.add(b);
                    pendingChars = b.text().length();
                    next = starts;
                }
                queue.pollFirst();
                continue;
            }
            int[] advanced = advance(b);
            if (advanced.length > 0) {
                pending.add(b);
                pendingChars += b.text().length();
                next = advanced;
                queue.pollFirst();
            } else {
                endRepeat();
            }
        }
    }

    /** Earlier kept blocks equal to {@code b}: for each, the index after it. */
    private int[] placesOf(Block b) {
        List<Integer> at = positions.get(b.text());
        if (at == null) {
            return new int[0];
        }
        int[] out = new int[Math.min(at.size(), MAX_CANDIDATES)];
        int n = 0;
        for (int i = 0; i < at.size() && n < out.length; i++) {
            if (kept.get(at.get(i)).bullet() == b.bullet()) {
                out[n++] = at.get(i) + 1;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** The places the repeat under way still repeats when {@code b} is its next block. */
    private int[] advance(Block b) {
        int[] out = new int[next.length];
        int n = 0;
        for (int at : next) {
            if (at < kept.size() && same(kept.get(at), b)) {
                out[n++] = at + 1;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static boolean same(Block a, Block b) {
        return a.bullet() == b.bullet() && a.text().equals(b.text());
    }

    /**
     * The repeat under way has ended: set it aside when long enough; else its first block is kept
     * and the rest are looked at again (a repeat may start inside them).
     */
    private void endRepeat() {
        if (pending.size() >= MIN_BLOCKS && pendingChars >= MIN_CHARS) {
            int end = next[0];
            for (int at : next) {
                end = Math.min(end, at);
            }
            LineSpan original = new LineSpan(kept.get(end - pending.size()).lines().first(), kept.get(end - 1).lines().last());
            LineSpan here = new LineSpan(pending.get(0).lines().first(), pending.get(pending.size() - 1).lines().last());
            setAside(here, original);
        } else {
            keep(pending.get(0));
            for (int i = pending.size() - 1; i >= 1; i--) {
                queue.addFirst(pending.get(i));
            }
        }
        pending.clear();
        pendingChars = 0;
        next = new int[0];
    }

    private void keep(Block b) {
        positions.computeIfAbsent(b.text(), t -> new ArrayList<>(1)).add(kept.size());
        kept.add(b);
        keptSinceLast = true;
    }

    private void setAside(LineSpan here, LineSpan original) {
        LineSpan span = here;
        if (!keptSinceLast) {
            Unclassified last = setAside.remove(setAside.size() - 1);
            span = new LineSpan(last.lines().first(), here.last());
            passagesInLast++;
        } else {
            passagesInLast = 1;
            firstRepeatedInLast = original;
        }
        setAside.add(new Unclassified(describe(firstRepeatedInLast, passagesInLast), span, REASON));
        keptSinceLast = false;
        onSetAside.accept(span);
    }

    private static String describe(LineSpan original, int passages) {
        return passages == 1 ? "verbatim repeat of " + original
                : passages + " passages in a row, each a verbatim repeat of earlier text (the first of " + original + ")";
    }
}
