package no.trendspor.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Stage 5 of PDF reading: printed lines in reading order to logical lines (paragraphs, list items,
 * headings), each one line however many printed lines it wraps over.
 *
 * <p>A printed line goes on the logical line before it unless something says a new one starts:
 * <ul>
 *   <li>its type style differs (a heading is larger or bolder than the body; a wrapped heading's
 *   lines share their style and are joined);</li>
 *   <li>it opens with a list marker, set as a glyph or drawn;</li>
 *   <li>a vertical gap larger than the line pitch lies before it (also read as a blank line);</li>
 *   <li>its indent breaks the paragraph's pattern: a first line indented deeper than the line
 *   before, a list item's continuation off the item's hanging indent;</li>
 *   <li>the line before ended short: the first word of this line would have fitted after it, so
 *   the typesetter broke the line on purpose; in a justified column, where every wrapped line of
 *   more than one word ends flush right, any such line that stops short of the measure ends its
 *   paragraph. A line ending in a word hyphenated before a lowercase continuation goes on.</li>
 * </ul>
 * The tests are made relative to the column's frame, so a paragraph runs on across columns and
 * pages. Indented items whose lines all keep the same indent are list items even where their
 * marker was drawn and not seen. Words hyphenated at a line end are joined as the text ingest joins
 * them ("barne-" + "hage" is one word, "barne-" + "og" keeps the hyphen), and a hyphen after a
 * capital or digit ("PP-" + "tjenesten") is kept without a space; a hyphenated form the document
 * prints elsewhere on one line is kept as printed.
 */
final class Paragraphs {

    /** Extra vertical space, in font sizes, above the line pitch that reads as a paragraph gap. */
    static final float GAP = 0.4f;
    /** Indents differing by less than this many font sizes are the same. */
    static final float INDENT_TOLERANCE = 0.4f;
    /** A line ended short when the next line's first word would have fitted with this many ems to spare. */
    static final float FILL_TOLERANCE = 0.3f;
    /** Indents of list items read from the indent pattern, in font sizes. */
    static final float MIN_ITEM_INDENT = 0.6f;
    static final float MAX_ITEM_INDENT = 5f;
    /** Words after which a line-final hyphen marks a shared compound part, not a break (as the text ingest). */
    private static final Set<String> CONJUNCTIONS = Set.of("og", "eller", "samt", "enn", "til", "som");

    /** A logical line and whether a blank line (a gap, a heading's edge) comes before it. */
    record Built(LogicalLine line, boolean blankBefore) {
    }

    private final Layout layout;
    private final Set<String> hyphenated;

    private Paragraphs(Layout layout, Set<String> hyphenated) {
        this.layout = layout;
        this.hyphenated = hyphenated;
    }

    /** Builds the logical lines of the kept printed lines of a document, in reading order. */
    static List<Built> build(List<Layout.Item> items) {
        Layout layout = new Layout(items);
        Paragraphs p = new Paragraphs(layout, hyphenatedWords(items));
        return p.run(items);
    }

    private enum Decision {
        CONTINUE, BREAK, BREAK_BLANK
    }

    /** The logical line being built. */
    private final class Current {
        final LogicalLine.Kind kind;
        final boolean blankBefore;
        final List<Layout.Item> items = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        /** Indent (relative to the frame) of the first line's text, and of the continuation lines. */
        final float firstIndent;
        float continuationIndent = Float.NaN;

        Current(Layout.Item first, boolean blankBefore) {
            LineBox b = first.box();
            this.kind = layout.style(b) == Layout.Style.HEADING ? LogicalLine.Kind.HEADING
                    : b.marker() != LineBox.Marker.NONE ? LogicalLine.Kind.BULLET : LogicalLine.Kind.PARAGRAPH;
            this.blankBefore = blankBefore;
            this.firstIndent = (kind == LogicalLine.Kind.BULLET ? b.textX() : b.x0()) - layout.left(first);
            if (kind == LogicalLine.Kind.BULLET) {
                continuationIndent = firstIndent;
            }
            items.add(first);
            text.append(b.text());
        }

        void add(Layout.Item next) {
            if (items.size() == 1 && Float.isNaN(continuationIndent)) {
                continuationIndent = next.box().x0() - layout.left(next);
            }
            items.add(next);
            join(text, next.box().text(), hyphenated);
        }

        Layout.Item last() {
            return items.get(items.size() - 1);
        }

        Built built() {
            List<PrintedLine> parts = new ArrayList<>(items.size());
            for (Layout.Item it : items) {
                parts.add(it.where());
            }
            return new Built(new LogicalLine(kind, text.toString(), parts), blankBefore || kind == LogicalLine.Kind.HEADING);
        }
    }

    private List<Built> run(List<Layout.Item> items) {
        List<Built> out = new ArrayList<>();
        List<Current> all = new ArrayList<>();
        Current current = null;
        for (Layout.Item it : items) {
            if (current == null) {
                current = new Current(it, false);
                continue;
            }
            Decision d = decide(current, it);
            if (d == Decision.CONTINUE) {
                current.add(it);
            } else {
                all.add(current);
                current = new Current(it, d == Decision.BREAK_BLANK);
            }
        }
        if (current != null) {
            all.add(current);
        }
        List<Boolean> indentItems = indentPatternItems(all);
        for (int i = 0; i < all.size(); i++) {
            Built b = all.get(i).built();
            if (indentItems.get(i)) {
                b = new Built(new LogicalLine(LogicalLine.Kind.BULLET, b.line().text(), b.line().parts()), b.blankBefore());
            }
            boolean afterHeading = i > 0 && all.get(i - 1).kind == LogicalLine.Kind.HEADING;
            out.add(afterHeading && !b.blankBefore() ? new Built(b.line(), true) : b);
        }
        return out;
    }

    private Decision decide(Current cur, Layout.Item next) {
        Layout.Item prev = cur.last();
        LineBox p = prev.box();
        LineBox n = next.box();
        boolean sameRun = prev.run().equals(next.run());
        float step = n.baseline() - p.baseline();
        boolean gap = sameRun && step > (layout.pitch + GAP) * n.size();
        Layout.Style style = layout.style(n);
        Layout.Style curStyle = layout.style(cur.items.get(0).box());
        if (style != curStyle || (style == Layout.Style.HEADING && !layout.sameLook(p, n))) {
            return gap || style == Layout.Style.HEADING || curStyle == Layout.Style.HEADING
                    ? Decision.BREAK_BLANK : Decision.BREAK;
        }
        if (sameRun && step < 0.5f * n.size()) {
            return Decision.BREAK; // side by side or back up: not the next line of this paragraph
        }
        if (n.marker() != LineBox.Marker.NONE) {
            return gap ? Decision.BREAK_BLANK : Decision.BREAK;
        }
        if (gap) {
            return Decision.BREAK_BLANK;
        }
        if (style == Layout.Style.HEADING) {
            return Decision.CONTINUE;
        }
        if (hyphenatedBreak(p.text(), n.text())) {
            return Decision.CONTINUE; // a word hyphenated over the line end goes on, whatever the indent
        }
        float tolerance = INDENT_TOLERANCE * n.size();
        float indent = n.x0() - layout.left(next);
        if (cur.kind == LogicalLine.Kind.BULLET) {
            // under the item's text (a hanging indent), or flush under its marker
            float markerIndent = cur.items.get(0).box().x0() - layout.left(cur.items.get(0));
            if (Math.abs(indent - cur.continuationIndent) > tolerance && Math.abs(indent - markerIndent) > tolerance) {
                return Decision.BREAK;
            }
        } else if (cur.items.size() > 1) {
            if (Math.abs(indent - cur.continuationIndent) > tolerance) {
                return Decision.BREAK;
            }
        } else if (indent > cur.firstIndent + tolerance) {
            return Decision.BREAK;
        }
        float right = layout.right(prev);
        if (Float.isNaN(right)) {
            return Decision.BREAK; // no measure known: a line's length tells nothing, the ingest joins what reads on
        }
        float slack = right - p.x1();
        if (layout.justified(prev) && p.text().indexOf(' ') > 0) {
            // justified text: only a paragraph's last line stops short of the measure
            return slack > Layout.FLUSH ? Decision.BREAK : Decision.CONTINUE;
        }
        float need = n.firstWordWidth() + 0.25f * n.size();
        return slack > need + FILL_TOLERANCE * n.size() ? Decision.BREAK : Decision.CONTINUE;
    }

    /**
     * Which paragraphs are list items by their indent alone: indented by a list's indent, with
     * every line at the same indent (a hanging indent, not a first-line indent); a one-line item
     * only beside another such item.
     */
    private List<Boolean> indentPatternItems(List<Current> all) {
        List<Boolean> candidate = new ArrayList<>(all.size());
        List<Boolean> multi = new ArrayList<>(all.size());
        for (Current c : all) {
            boolean ok = c.kind == LogicalLine.Kind.PARAGRAPH;
            float em = c.items.get(0).box().size();
            ok &= c.firstIndent >= MIN_ITEM_INDENT * em && c.firstIndent <= MAX_ITEM_INDENT * em;
            for (Layout.Item it : c.items) {
                ok &= Math.abs(it.box().x0() - layout.left(it) - c.firstIndent) <= INDENT_TOLERANCE * em;
            }
            candidate.add(ok);
            multi.add(ok && c.items.size() > 1);
        }
        List<Boolean> out = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            boolean item = multi.get(i);
            if (!item && candidate.get(i)) {
                item = neighbourItem(all, candidate, i - 1, all.get(i)) || neighbourItem(all, candidate, i + 1, all.get(i));
            }
            out.add(item);
        }
        return out;
    }

    private boolean neighbourItem(List<Current> all, List<Boolean> candidate, int j, Current c) {
        if (j < 0 || j >= all.size()) {
            return false;
        }
        Current o = all.get(j);
        float em = c.items.get(0).box().size();
        boolean listed = candidate.get(j) || o.kind == LogicalLine.Kind.BULLET;
        return listed && Math.abs(o.firstIndent - c.firstIndent) <= INDENT_TOLERANCE * em;
    }

    /** A line ending in a hyphen after a letter, the next going on in lowercase: one word broken over the line end. */
    static boolean hyphenatedBreak(String line, String next) {
        int n = line.length();
        return n >= 2 && (line.charAt(n - 1) == '-' || line.charAt(n - 1) == '\u2010' || line.charAt(n - 1) == '\u00AD')
                && Character.isLetter(line.charAt(n - 2)) && !next.isEmpty() && Character.isLowerCase(next.charAt(0));
    }

    /** Appends a wrapped line's text to a logical line's. */
    static void join(StringBuilder text, String next, Set<String> hyphenated) {
        int n = text.length();
        if (next.isEmpty()) {
            return;
        }
        if (n == 0) {
            text.append(next);
            return;
        }
        char last = text.charAt(n - 1);
        if (last == '\u00AD') {
            text.setLength(n - 1);
            text.append(next);
            return;
        }
        char first = next.charAt(0);
        if ((last == '-' || last == '\u2010') && n >= 2 && Character.isLetterOrDigit(text.charAt(n - 2))
                && Character.isLetterOrDigit(first)) {
            char before = text.charAt(n - 2);
            String tail = leadingWord(next);
            if (Character.isLowerCase(before) && Character.isLowerCase(first)) {
                if (CONJUNCTIONS.contains(tail)) {
                    text.append(' ').append(next);
                    return;
                }
                String head = stripPunctuation(trailingWord(text)) + "-";
                if (hyphenated.contains((head + tail).toLowerCase(Locale.ROOT))) {
                    text.append(next);
                } else {
                    text.setLength(n - 1);
                    text.append(next);
                }
                return;
            }
            if (!CONJUNCTIONS.contains(tail)) {
                text.append(next); // "PP-" + "tjenesten": a compound's own hyphen
                return;
            }
        }
        text.append(' ').append(next);
    }

    private static String leadingWord(String s) {
        int end = 0;
        while (end < s.length() && Character.isLetterOrDigit(s.charAt(end))) {
            end++;
        }
        return s.substring(0, end);
    }

    /** The word ending {@code text}, hyphen included. */
    private static String trailingWord(StringBuilder text) {
        int start = text.length();
        while (start > 0 && text.charAt(start - 1) != ' ') {
            start--;
        }
        return text.substring(start);
    }

    /** Words printed with an inner hyphen somewhere in the document, lowercased. */
    private static Set<String> hyphenatedWords(List<Layout.Item> items) {
        Set<String> words = new HashSet<>();
        for (Layout.Item it : items) {
            String t = it.box().text();
            if (t.indexOf('-') < 0 && t.indexOf('\u2010') < 0) {
                continue;
            }
            for (String w : t.split(" ")) {
                for (int i = 1; i < w.length() - 1; i++) {
                    char c = w.charAt(i);
                    if ((c == '-' || c == '\u2010') && Character.isLetter(w.charAt(i - 1)) && Character.isLetter(w.charAt(i + 1))) {
                        words.add(stripPunctuation(w).toLowerCase(Locale.ROOT));
                        break;
                    }
                }
            }
        }
        return words;
    }

    private static String stripPunctuation(String w) {
        int a = 0;
        int b = w.length();
        while (a < b && !Character.isLetterOrDigit(w.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(w.charAt(b - 1))) {
            b--;
        }
        return w.substring(a, b);
    }
}
