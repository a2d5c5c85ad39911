package no.trendspor.pdf;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Stage 2 of PDF reading: a page's glyphs to printed lines ({@link LineBox}es).
 *
 * <p>Glyphs on one baseline form a row. A row is cut at a wide gap that is a column gutter: the gap
 * crosses x positions that most rows reaching across leave white, row after row (a river of white
 * between columns), and the text after it resumes where many rows of the page start text (the
 * next column's left edge, or its list items' indent). A justified line's stretched spaces line up
 * with few neighbours' and are followed by words that start anywhere. A list marker followed by its hanging-indent gap is never cut off its text. Within a
 * printed line words are separated where a space glyph was set or the gap is wider than part of a
 * space.
 *
 * <p>Glyphs drawn twice at the same place (a fake bold, a shadow) are counted once. Stateless.
 */
final class LineAssembler {

    /** Baselines closer than this share of the font size are one row. */
    static final float ROW_TOLERANCE = 0.35f;
    /** Gaps from this many ems on may be a column gutter. */
    static final float GUTTER_MIN = 0.9f;
    /** Glyphs a list marker or item number can have. */
    static final int MAX_MARKER_GLYPHS = 3;
    /** Marker glyphs that open a list item wherever they start a line. */
    static final String STRONG_MARKERS = "•·▪●◦■‣○►▸➢∙\u2219\uF0B7\uF0A7\uF0D8\uF0FC\uF076";
    /** Dashes that open a list item when a hanging-indent gap follows them. */
    static final String DASH_MARKERS = "-–—*";

    private LineAssembler() {
    }

    /** The printed lines of a page, in no particular order. */
    static List<LineBox> assemble(PageContent page) {
        List<Glyph> upright = new ArrayList<>();
        List<Glyph> rotated = new ArrayList<>();
        for (Glyph g : page.glyphs()) {
            (g.rotated() ? rotated : upright).add(g);
        }
        List<LineBox> out = new ArrayList<>();
        lines(upright, page.marks(), out);
        lines(rotated, List.of(), out);
        return out;
    }

    private static void lines(List<Glyph> glyphs, List<Mark> marks, List<LineBox> out) {
        List<List<Glyph>> rows = rows(glyphs);
        List<Integer> starts = lineStarts(rows);
        boolean[] gutters = whiteMap(rows);
        for (int r = 0; r < rows.size(); r++) {
            List<Glyph> row = rows.get(r);
            List<Integer> cuts = cuts(row, starts, gutters);
            int from = 0;
            for (int cut : cuts) {
                segment(row.subList(from, cut), marks, out);
                from = cut;
            }
            segment(row.subList(from, row.size()), marks, out);
        }
    }

    /** Glyphs grouped by baseline, each row sorted left to right, duplicates dropped. */
    static List<List<Glyph>> rows(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline));
        List<List<Glyph>> rows = new ArrayList<>();
        List<Glyph> row = null;
        float first = 0;
        float tolerance = 0;
        for (Glyph g : sorted) {
            if (row == null || g.baseline() - first > tolerance) {
                row = new ArrayList<>();
                rows.add(row);
                first = g.baseline();
                tolerance = ROW_TOLERANCE * Math.max(g.size(), 1f);
            }
            row.add(g);
        }
        List<List<Glyph>> out = new ArrayList<>(rows.size());
        for (List<Glyph> r : rows) {
            r.sort(Comparator.comparingDouble(Glyph::x));
            List<Glyph> kept = dropDuplicates(r);
            if (kept.stream().anyMatch(g -> !g.blank())) {
                out.add(kept);
            }
        }
        return out;
    }

    private static List<Glyph> dropDuplicates(List<Glyph> row) {
        List<Glyph> kept = new ArrayList<>(row.size());
        for (Glyph g : row) {
            boolean duplicate = false;
            if (!g.blank()) {
                for (int i = kept.size() - 1, seen = 0; i >= 0 && seen < 3; i--) {
                    Glyph k = kept.get(i);
                    if (k.blank()) {
                        continue;
                    }
                    seen++;
                    if (k.text().equals(g.text()) && Math.abs(k.x() - g.x()) < 0.3f * Math.max(1f, k.width())
                            && Math.abs(k.baseline() - g.baseline()) < 0.3f * k.size()) {
                        duplicate = true;
                        break;
                    }
                }
            }
            if (!duplicate) {
                kept.add(g);
            }
        }
        return kept;
    }

    /** Indexes into row {@code r} where a new printed line starts (a column gutter). */
    private static List<Integer> cuts(List<Glyph> row, List<Integer> starts, boolean[] gutters) {
        List<Integer> cuts = new ArrayList<>();
        Glyph prev = null;
        int segmentStart = 0;
        int visibleInSegment = 0;
        float segmentX0 = 0;
        for (int i = 0; i < row.size(); i++) {
            Glyph g = row.get(i);
            if (g.blank()) {
                continue;
            }
            if (prev != null) {
                float em = Math.min(prev.size(), g.size());
                float gap = g.x() - prev.end();
                if (gap >= GUTTER_MIN * em && !markerGap(visibleInSegment, prev.end() - segmentX0, gap, em)
                        && g.x() - segmentX0 > MIN_COLUMN_EMS * em && atStart(starts, g.x(), em)
                        && white(gutters, prev.end(), g.x())) {
                    cuts.add(firstAfter(row, segmentStart, prev));
                    segmentStart = cuts.get(cuts.size() - 1);
                    visibleInSegment = 0;
                }
            }
            if (visibleInSegment == 0) {
                segmentX0 = g.x();
            }
            visibleInSegment++;
            prev = g;
        }
        return cuts;
    }

    /** The index after {@code prev} in the row (blank glyphs after it go with the next line). */
    private static int firstAfter(List<Glyph> row, int from, Glyph prev) {
        for (int i = from; i < row.size(); i++) {
            if (row.get(i) == prev) {
                return i + 1;
            }
        }
        return row.size();
    }

    /** A list marker or item number and its hanging-indent gap: never a gutter. */
    private static boolean markerGap(int glyphsBefore, float widthBefore, float gap, float em) {
        return glyphsBefore <= MAX_MARKER_GLYPHS && widthBefore <= 1.5f * em && gap <= 3f * em;
    }

    /**
     * Where lines start on the page: the x positions where many rows start text, at the row's
     * start or after a wide gap. A column's left edge (and its list items' indents) is such a
     * position; the words after the stretched spaces of justified lines start anywhere.
     *
     * @return the frequent start positions, each counted over bins of one point
     */
    static List<Integer> lineStarts(List<List<Glyph>> rows) {
        java.util.Map<Integer, Integer> counts = new java.util.TreeMap<>();
        for (List<Glyph> row : rows) {
            Glyph prev = null;
            int inSegment = 0;
            float segmentX0 = 0;
            for (Glyph g : row) {
                if (g.blank()) {
                    continue;
                }
                float em = prev == null ? g.size() : Math.min(prev.size(), g.size());
                if (prev == null || (g.x() - prev.end() >= GUTTER_MIN * em
                        && !markerGap(inSegment, prev.end() - segmentX0, g.x() - prev.end(), em))) {
                    counts.merge(Math.round(g.x()), 1, Integer::sum);
                    inSegment = 0;
                    segmentX0 = g.x();
                }
                inSegment++;
                prev = g;
            }
        }
        int needed = Math.max(MIN_START_ROWS, (int) Math.ceil(START_SHARE * rows.size()));
        List<Integer> starts = new ArrayList<>();
        for (var e : counts.entrySet()) {
            int n = e.getValue() + counts.getOrDefault(e.getKey() - 1, 0) + counts.getOrDefault(e.getKey() + 1, 0);
            if (n >= needed) {
                starts.add(e.getKey());
            }
        }
        return starts;
    }

    /**
     * Where on the page column gutters run: for each point of x, among the rows that reach across
     * it, the share that leave it white inside a wide gap; and the point must stay white through a
     * run of consecutive rows. Inside a column a few rows' word spaces fall on any x; a gutter is
     * white in most rows that reach across it, one after the other.
     */
    static boolean[] whiteMap(List<List<Glyph>> rows) {
        List<float[]> spans = new ArrayList<>(rows.size());
        float maxX = 0;
        for (List<Glyph> row : rows) {
            float[] s = new float[row.size() * 2];
            int n = 0;
            for (Glyph g : row) {
                if (!g.blank()) {
                    s[n++] = g.x();
                    s[n++] = g.end();
                    maxX = Math.max(maxX, g.end());
                }
            }
            spans.add(java.util.Arrays.copyOf(s, n));
        }
        int width = (int) Math.min(20_000, Math.ceil(Math.max(0, maxX)) + 2);
        int[] across = new int[width];
        int[] white = new int[width];
        int[] run = new int[width];
        int[] best = new int[width];
        for (int r = 0; r < rows.size(); r++) {
            float[] s = spans.get(r);
            if (s.length == 0) {
                continue;
            }
            float em = rows.get(r).get(0).size();
            float last = s[1];
            for (int i = 1; i < s.length; i += 2) {
                last = Math.max(last, s[i]);
            }
            boolean[] whiteHere = new boolean[width];
            float end = s[1];
            for (int i = 2; i < s.length; i += 2) {
                if (s[i] - end >= GUTTER_MIN * em) {
                    for (int x = clamp(end, width) + 1; x < clamp(s[i], width); x++) {
                        whiteHere[x] = true;
                    }
                }
                end = Math.max(end, s[i + 1]);
            }
            int from = clamp(s[0], width);
            int to = clamp(last, width);
            for (int x = 0; x < width; x++) {
                boolean reaches = x >= from && x < to;
                if (reaches) {
                    across[x]++;
                }
                if (whiteHere[x]) {
                    white[x]++;
                }
                run[x] = reaches && !whiteHere[x] ? 0 : run[x] + 1;
                best[x] = Math.max(best[x], run[x]);
            }
        }
        boolean[] gutter = new boolean[width];
        for (int x = 0; x < width; x++) {
            gutter[x] = white[x] >= MIN_GUTTER_ROWS && white[x] >= GUTTER_SHARE * across[x] && best[x] >= MIN_GUTTER_RUN;
        }
        return gutter;
    }

    /** Rows a gutter is white in at least. */
    static final int MIN_GUTTER_ROWS = 3;
    /** Share of the rows reaching across a point that must leave it white for a gutter. */
    static final float GUTTER_SHARE = 0.5f;
    /** Consecutive rows a gutter runs through white (or does not reach) at least. */
    static final int MIN_GUTTER_RUN = 6;

    private static int clamp(float x, int width) {
        return Math.max(0, Math.min(width - 1, (int) Math.floor(x)));
    }

    /** Whether the gap [left, right] crosses a gutter point. */
    private static boolean white(boolean[] map, float left, float right) {
        for (int x = clamp(left, map.length) + 1; x < clamp(right, map.length); x++) {
            if (map[x]) {
                return true;
            }
        }
        return false;
    }

    /** Rows that must start text at a position for it to be a column's edge. */
    static final int MIN_START_ROWS = 2;
    /** ... and their share of the page's rows. */
    static final float START_SHARE = 0.03f;
    /** A cut leaves at least this many ems between the start of the text before it and the next start. */
    static final float MIN_COLUMN_EMS = 3f;

    /**
     * Whether text resuming at x after a wide gap starts at one of the page's frequent line starts,
     * or a little left of one: a column of list items starts most rows at the items' indent and a
     * few (a heading, a paragraph) at the column's edge left of it.
     */
    private static boolean atStart(List<Integer> starts, float x, float em) {
        for (int s : starts) {
            if (x <= s + 1.5f && x >= s - START_WINDOW * em) {
                return true;
            }
        }
        return false;
    }

    /** How far left of a frequent start, in ems, a column's edge may lie. */
    static final float START_WINDOW = 2.5f;

    /** Builds one printed line from a run of a row's glyphs. */
    private static void segment(List<Glyph> glyphs, List<Mark> marks, List<LineBox> out) {
        List<Glyph> visible = new ArrayList<>(glyphs.size());
        for (Glyph g : glyphs) {
            if (!g.blank()) {
                visible.add(g);
            }
        }
        if (visible.isEmpty()) {
            return;
        }
        Glyph first = visible.get(0);
        float x0 = first.x();
        float x1 = x0;
        int bold = 0;
        for (Glyph g : visible) {
            x1 = Math.max(x1, g.end());
            bold += g.bold() ? 1 : 0;
        }
        float size = dominantSize(visible);
        float baseline = medianBaseline(visible);
        LineBox.Marker marker = LineBox.Marker.NONE;
        int textFrom = 0;
        if (visible.size() > 1) {
            Glyph next = visible.get(1);
            float gap = next.x() - first.end();
            if (STRONG_MARKERS.contains(first.text())
                    || (DASH_MARKERS.contains(first.text()) && gap >= 0.6f * size)) {
                marker = LineBox.Marker.GLYPH;
                textFrom = 1;
            }
        } else if (STRONG_MARKERS.contains(first.text())) {
            marker = LineBox.Marker.GLYPH;
            textFrom = 1;
        }
        if (marker == LineBox.Marker.NONE && drawnMarker(marks, x0, baseline, size)) {
            marker = LineBox.Marker.DRAWN;
        }
        StringBuilder text = new StringBuilder();
        float firstWordEnd = -1;
        float textX = textFrom < visible.size() ? visible.get(textFrom).x() : x1;
        Glyph prev = null;
        int blankIndex = 0;
        for (int i = textFrom; i < visible.size(); i++) {
            Glyph g = visible.get(i);
            if (prev != null) {
                boolean spaceGlyph = false;
                while (blankIndex < glyphs.size() && glyphs.get(blankIndex).x() < g.x()) {
                    Glyph b = glyphs.get(blankIndex++);
                    spaceGlyph |= b.blank() && b.x() >= prev.x();
                }
                if (spaceGlyph || g.x() - prev.end() > wordGap(prev)) {
                    if (firstWordEnd < 0) {
                        firstWordEnd = prev.end();
                    }
                    text.append(' ');
                }
            } else {
                while (blankIndex < glyphs.size() && glyphs.get(blankIndex).x() < g.x()) {
                    blankIndex++;
                }
            }
            text.append(g.text());
            prev = g;
        }
        if (firstWordEnd < 0) {
            firstWordEnd = x1;
        }
        out.add(new LineBox(clean(text), x0, x1, baseline, size, bold / (float) visible.size(), textX, firstWordEnd,
                marker, textFrom == 1 ? first.text() : "", visible.size(), first.rotated()));
    }

    /** Gap between glyphs above which a word space is read. */
    private static float wordGap(Glyph g) {
        float em = g.size();
        return g.spaceWidth() > 0 ? Math.min(0.4f * g.spaceWidth(), 0.2f * em) : 0.15f * em;
    }

    private static String clean(StringBuilder text) {
        String s = text.toString().replaceAll("\\s+", " ").strip();
        for (int i = 0; i < s.length(); i++) {
            if (Character.getType(s.charAt(i)) == Character.NON_SPACING_MARK) {
                return Normalizer.normalize(s, Normalizer.Form.NFC);
            }
        }
        return s;
    }

    private static boolean drawnMarker(List<Mark> marks, float x0, float baseline, float size) {
        for (Mark m : marks) {
            if (m.x1() <= x0 + 0.5f && x0 - m.x1() <= 3f * size && m.x1() - m.x0() <= 0.8f * size
                    && m.centerY() >= baseline - 0.9f * size && m.centerY() <= baseline + 0.1f * size) {
                return true;
            }
        }
        return false;
    }

    private static float dominantSize(List<Glyph> glyphs) {
        java.util.Map<Integer, Integer> counts = new java.util.TreeMap<>();
        for (Glyph g : glyphs) {
            counts.merge(Math.round(g.size() * 10), 1, Integer::sum);
        }
        int best = 0;
        int bestCount = -1;
        for (var e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best / 10f;
    }

    private static float medianBaseline(List<Glyph> glyphs) {
        float[] b = new float[glyphs.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = glyphs.get(i).baseline();
        }
        java.util.Arrays.sort(b);
        return b[b.length / 2];
    }
}
