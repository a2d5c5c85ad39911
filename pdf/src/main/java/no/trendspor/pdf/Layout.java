package no.trendspor.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a document's layout is, measured over all its kept printed lines: the body text's font size,
 * weight and line pitch, and per column the left edge of its text frame and how far right its
 * lines run. The paragraph stage compares each line with these.
 *
 * <p>A column's frame left is the leftmost edge that body lines of many columns share near it, so a
 * column holding only indented list items still measures its indent from the frame, not from
 * itself.
 */
final class Layout {

    /** Share of the body size from which a line is larger (a heading). */
    static final float LARGER = 1.12f;
    /** Share of the body size up to which a line is smaller (notes, furniture). */
    static final float SMALLER = 0.86f;
    /** Share of a line's glyphs in bold from which the line is bold. */
    static final float BOLD = 0.75f;

    /** A line's type style, as far as paragraphs care. */
    enum Style {
        BODY, SMALL, HEADING
    }

    final float bodySize;
    final boolean bodyBold;
    /** Baseline distance of body lines over their font size. */
    final float pitch;
    private final Map<String, Float> frameLeft = new HashMap<>();
    private final Map<String, Float> frameRight = new HashMap<>();
    private final java.util.Set<String> justifiedRuns = new java.util.HashSet<>();

    /** Lines ending this close to the measure, in points, are flush right. */
    static final float FLUSH = 0.75f;
    /** Share of flush-right lines from which a column is justified. */
    static final float JUSTIFIED_SHARE = 0.5f;

    /** Whether the item's column is set justified: every line but a paragraph's last ends flush right. */
    boolean justified(Item it) {
        return justifiedRuns.contains(it.run());
    }

    /** A line in reading order with where it was printed. */
    record Item(PrintedLine where, LineBox box) {
        String run() {
            return where.page() + "/" + where.column();
        }
    }

    Layout(List<Item> items) {
        Map<Integer, Integer> sizes = new TreeMap<>();
        for (Item it : items) {
            sizes.merge(Math.round(it.box().size() * 2), it.box().glyphs(), Integer::sum);
        }
        bodySize = mode(sizes, 20) / 2f;
        int bold = 0;
        int all = 0;
        for (Item it : items) {
            if (bodySized(it.box())) {
                bold += Math.round(it.box().boldShare() * it.box().glyphs());
                all += it.box().glyphs();
            }
        }
        bodyBold = all > 0 && bold * 2 > all;
        Map<Integer, Integer> steps = new TreeMap<>();
        for (int i = 1; i < items.size(); i++) {
            Item a = items.get(i - 1);
            Item b = items.get(i);
            if (a.run().equals(b.run()) && style(a.box()) == Style.BODY && style(b.box()) == Style.BODY) {
                float ratio = (b.box().baseline() - a.box().baseline()) / b.box().size();
                if (ratio >= 0.9f && ratio <= 2.2f) {
                    steps.merge(Math.round(ratio * 50), 1, Integer::sum);
                }
            }
        }
        pitch = mode(steps, 60) / 50f;
        measureFrames(items);
    }

    private boolean bodySized(LineBox b) {
        return Math.abs(b.size() - bodySize) <= 0.3f;
    }

    private static int mode(Map<Integer, Integer> counts, int fallback) {
        int best = fallback;
        int bestCount = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    Style style(LineBox b) {
        if (b.size() >= bodySize * LARGER || (!bodyBold && b.boldShare() >= BOLD && b.size() >= bodySize * SMALLER)) {
            return b.size() <= bodySize * SMALLER ? Style.SMALL : Style.HEADING;
        }
        return b.size() <= bodySize * SMALLER ? Style.SMALL : Style.BODY;
    }

    /** Two heading lines look the same: size and weight. */
    boolean sameLook(LineBox a, LineBox b) {
        return Math.abs(a.size() - b.size()) <= 0.3f && (a.boldShare() >= BOLD) == (b.boldShare() >= BOLD);
    }

    float left(Item it) {
        return frameLeft.getOrDefault(it.run(), it.box().x0());
    }

    /** The measure (right edge) of the item's column, or NaN when the document shows none. */
    float right(Item it) {
        return frameRight.getOrDefault(it.run(), Float.NaN);
    }

    /** Fewest body lines in a frame group that can show its measure. */
    static final int MIN_FRAME_LINES = 20;
    /** Fewest lines ending within an em of the measure. */
    static final int MIN_EDGE_LINES = 3;

    /** The right edge most lines reach: NaN without enough evidence. */
    static float measure(List<Float> lineEnds, float em) {
        float[] x1 = new float[lineEnds.size()];
        for (int i = 0; i < x1.length; i++) {
            x1[i] = lineEnds.get(i);
        }
        java.util.Arrays.sort(x1);
        if (lineEnds.size() < MIN_FRAME_LINES) {
            // few lines: only justified text shows its measure, lines ending at one x to a hair
            int flush = 0;
            for (int i = x1.length - 1; i >= 0 && x1[x1.length - 1] - x1[i] <= FLUSH; i--) {
                flush++;
            }
            return flush >= MIN_EDGE_LINES ? x1[x1.length - 1] : Float.NaN;
        }
        int beyondAllowed = Math.max(1, x1.length / 20);
        for (int top = x1.length - 1; top >= x1.length - 1 - beyondAllowed && top >= 0; top--) {
            int near = 0;
            for (int i = top; i >= 0 && x1[top] - x1[i] <= em; i--) {
                near++;
            }
            if (near >= MIN_EDGE_LINES) {
                return x1[top];
            }
        }
        return Float.NaN;
    }

    private void measureFrames(List<Item> items) {
        Map<String, float[]> runs = new LinkedHashMap<>(); // run -> {minX0, maxX1, lines}
        for (Item it : items) {
            if (style(it.box()) == Style.HEADING) {
                continue;
            }
            float[] r = runs.computeIfAbsent(it.run(), k -> new float[] {Float.MAX_VALUE, -Float.MAX_VALUE, 0});
            r[0] = Math.min(r[0], it.box().x0());
            r[1] = Math.max(r[1], it.box().x1());
            r[2]++;
        }
        Map<Integer, Integer> lefts = new TreeMap<>();
        for (float[] r : runs.values()) {
            lefts.merge(Math.round(r[0]), (int) r[2], Integer::sum);
        }
        int allLines = 0;
        for (int n : lefts.values()) {
            allLines += n;
        }
        int wellUsed = Math.max(3, (int) Math.ceil(0.03 * allLines));
        Map<String, Integer> frameOfRun = new HashMap<>();
        for (Map.Entry<String, float[]> e : runs.entrySet()) {
            float minX0 = e.getValue()[0];
            // the leftmost well-used edge at or a few ems left of the run (a column's edge beside its
            // list items' indent); well used: by 3 lines and 3 % of all (a stray line in the margin
            // is no frame)
            int frame = Math.round(minX0);
            for (Map.Entry<Integer, Integer> l : lefts.entrySet()) {
                if (l.getValue() >= wellUsed && l.getKey() <= minX0 + 1 && minX0 - l.getKey() <= 4 * bodySize) {
                    frame = l.getKey();
                    break;
                }
            }
            frameOfRun.put(e.getKey(), frame);
            frameLeft.put(e.getKey(), Math.min(minX0, frame));
        }
        // The measure (right edge) of a column is read from many lines, measured from the frame's
        // left edge so that the columns of a page, as wide as each other, pool their lines: runs
        // that reach about as far form a group (a one-column page and the left column of a
        // two-column page share a left edge, never a width); the group's measure is where at
        // least MIN_EDGE_LINES of its lines end within an em, with hardly any line beyond. A
        // group with too few lines has no measure: its lines are not taken as wrapped by their
        // length.
        List<float[]> groups = new ArrayList<>(); // {reach}
        Map<String, float[]> groupOfRun = new HashMap<>();
        List<Map.Entry<String, float[]>> longFirst = new ArrayList<>(runs.entrySet());
        longFirst.sort((a, b) -> Float.compare(b.getValue()[2], a.getValue()[2]));
        for (Map.Entry<String, float[]> e : longFirst) {
            float reach = e.getValue()[1] - frameLeft.get(e.getKey());
            float[] group = null;
            for (float[] g : groups) {
                if (Math.abs(g[0] - reach) <= 2 * bodySize || (e.getValue()[2] < 3 && g[0] >= reach - bodySize
                        && (group == null || g[0] < group[0]))) {
                    group = g;
                    if (Math.abs(g[0] - reach) <= 2 * bodySize) {
                        break;
                    }
                }
            }
            if (group == null) {
                group = new float[] {reach};
                groups.add(group);
            }
            groupOfRun.put(e.getKey(), group);
        }
        Map<float[], List<Float>> ends = new HashMap<>();
        for (Item it : items) {
            float[] g = groupOfRun.get(it.run());
            if (g != null && style(it.box()) == Style.BODY) {
                ends.computeIfAbsent(g, k -> new ArrayList<>()).add(it.box().x1() - frameLeft.get(it.run()));
            }
        }
        Map<float[], Float> measures = new HashMap<>();
        Map<float[], Boolean> justified = new HashMap<>();
        for (Map.Entry<float[], List<Float>> e : ends.entrySet()) {
            float m = measure(e.getValue(), bodySize);
            measures.put(e.getKey(), m);
            int flush = 0;
            for (float x1 : e.getValue()) {
                flush += Math.abs(x1 - m) <= FLUSH ? 1 : 0;
            }
            justified.put(e.getKey(), !Float.isNaN(m) && flush >= JUSTIFIED_SHARE * e.getValue().size());
        }
        for (String run : runs.keySet()) {
            Float m = measures.get(groupOfRun.get(run));
            frameRight.put(run, m == null ? Float.NaN : frameLeft.get(run) + m);
            if (Boolean.TRUE.equals(justified.get(groupOfRun.get(run)))) {
                justifiedRuns.add(run);
            }
        }
    }
}
