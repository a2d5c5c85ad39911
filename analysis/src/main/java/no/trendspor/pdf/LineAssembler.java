package no.trendspor.pdf;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Stage 2 of PDF reading: a page's glyphs to printed lines ({@link LineBox}es).
 *
 * <p>Glyphs on one baseline form a row. A row is cut where a wide gap crosses a column gutter of
 * the page: x positions that most rows reaching across them leave white (a river of white between
 * columns, not one line's stretched word space, which few rows share). A list marker followed by its hanging-indent gap is never cut off its text. Within a
 * printed line words are separated where a space glyph was set or the gap is wider than part of a
 * space.
 *
 * <p>Glyphs drawn twice at the same place (a fake bold, a shadow) are counted once. Stateless.
 */
final class LineAssembler {

    /** Baselines closer than this share of the font size are one row. */
    static final float ROW_TOLERANCE = 0.35f;
    /** Gaps from this many ems on may be a column gutter. */
    static final float GUTTER_MIN = 0.5f;
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
        List<float[]> spans = new ArrayList<>(rows.size());
        for (List<Glyph> row : rows) {
            spans.add(inkSpans(row));
        }
        boolean[] gutters = gutterMap(rows, spans);
        for (int r = 0; r < rows.size(); r++) {
            List<Glyph> row = rows.get(r);
            List<Integer> cuts = cuts(row, gutters);
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

    /** The row's visible glyphs as x intervals [x0, x1, x0, x1, ...], sorted. */
    private static float[] inkSpans(List<Glyph> row) {
        float[] spans = new float[row.size() * 2];
        int n = 0;
        for (Glyph g : row) {
            if (!g.blank()) {
                spans[n++] = g.x();
                spans[n++] = g.end();
            }
        }
        return java.util.Arrays.copyOf(spans, n);
    }

    /** Indexes into row {@code r} where a new printed line starts (a column gutter). */
    private static List<Integer> cuts(List<Glyph> row, boolean[] gutters) {
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
                float em = Math.max(prev.size(), g.size());
                float gap = g.x() - prev.end();
                if (gap >= GUTTER_MIN * em && !markerGap(visibleInSegment, prev.end() - segmentX0, gap, em)
                        && gutter(gutters, prev.end(), g.x())) {
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
     * Where on the page column gutters run: for each point of x, among the rows that have ink on
     * both sides of it, the share that leave it white inside a wide gap. Inside a column a few rows'
     * word spaces fall on any x; a gutter is white in most rows that reach across it.
     */
    static boolean[] gutterMap(List<List<Glyph>> rows, List<float[]> spans) {
        float maxX = 0;
        for (float[] s : spans) {
            for (int i = 1; i < s.length; i += 2) {
                maxX = Math.max(maxX, s[i]);
            }
        }
        int width = (int) Math.min(20_000, Math.ceil(maxX) + 2);
        int[] across = new int[width];
        int[] white = new int[width];
        for (int r = 0; r < rows.size(); r++) {
            float[] s = spans.get(r);
            if (s.length == 0) {
                continue;
            }
            float em = rows.get(r).get(0).size();
            int from = clamp(s[0], width);
            int to = clamp(maxEnd(s), width);
            for (int x = from; x < to; x++) {
                across[x]++;
            }
            float end = s[1];
            for (int i = 2; i < s.length; i += 2) {
                if (s[i] - end >= GUTTER_MIN * em) {
                    for (int x = clamp(end, width) + 1; x < clamp(s[i], width); x++) {
                        white[x]++;
                    }
                }
                end = Math.max(end, s[i + 1]);
            }
        }
        boolean[] gutter = new boolean[width];
        for (int x = 0; x < width; x++) {
            gutter[x] = white[x] >= MIN_GUTTER_ROWS && white[x] >= GUTTER_SHARE * across[x];
        }
        return gutter;
    }

    /** Rows a gutter is white in at least. */
    static final int MIN_GUTTER_ROWS = 3;
    /** Share of the rows reaching across a point that must leave it white for a gutter. */
    static final float GUTTER_SHARE = 0.5f;

    private static float maxEnd(float[] s) {
        float m = 0;
        for (int i = 1; i < s.length; i += 2) {
            m = Math.max(m, s[i]);
        }
        return m;
    }

    private static int clamp(float x, int width) {
        return Math.max(0, Math.min(width - 1, (int) Math.floor(x)));
    }

    /** Whether the gap [left, right] crosses a gutter of the page. */
    private static boolean gutter(boolean[] map, float left, float right) {
        for (int x = clamp(left, map.length) + 1; x < clamp(right, map.length); x++) {
            if (map[x]) {
                return true;
            }
        }
        return false;
    }

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
