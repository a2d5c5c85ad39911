package no.trendspor.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage 4 of PDF reading: running headers, footers and page numbers found among the printed lines.
 *
 * <p>The lines of each page are grouped into rows by baseline, top to bottom, so that a header set
 * as several pieces on one baseline (title left, date right) is one row; the rows go to
 * {@link RunningHeaderFilter}, which finds text recurring at the same page edge (digits aside) and
 * page counters. In documents too short for recurrence, a bare number equal to the page's number
 * alone in the top or bottom margin is a page number. Every line of a removed row is reported with
 * its reason.
 */
final class PageFurniture {

    /** Margin furniture stands at least this many font sizes (baseline to baseline) from the text. */
    static final float MARGIN_GAP = 1.8f;

    private PageFurniture() {
    }

    /**
     * @param pages the placed lines of each page in reading order (index = page - 1)
     * @return for each page, the reason each line is removed, or {@code null} where it is kept
     */
    static List<String[]> find(List<List<ReadingOrder.Placed>> pages) {
        List<List<List<Integer>>> rowsPerPage = new ArrayList<>();
        List<List<String>> texts = new ArrayList<>();
        for (List<ReadingOrder.Placed> page : pages) {
            List<List<Integer>> rows = rows(page);
            rowsPerPage.add(rows);
            List<String> rowTexts = new ArrayList<>(rows.size());
            for (List<Integer> row : rows) {
                StringBuilder sb = new StringBuilder();
                for (int i : row) {
                    if (sb.length() > 0) {
                        sb.append(' ');
                    }
                    sb.append(page.get(i).box().printed());
                }
                rowTexts.add(sb.toString());
            }
            texts.add(rowTexts);
        }
        List<String[]> reasons = new ArrayList<>();
        for (List<ReadingOrder.Placed> page : pages) {
            reasons.add(new String[page.size()]);
        }
        float body = bodySize(pages);
        for (PdfLine removed : RunningHeaderFilter.filter(texts).removed()) {
            int p = removed.page() - 1;
            List<Integer> row = rowsPerPage.get(p).get(removed.lineOnPage() - 1);
            if (!furnitureLike(pages.get(p), row, removed.text(), body)) {
                continue;
            }
            String reason = RunningHeaderFilter.pageNumber(removed.text()) != null ? Removal.PAGE_NUMBER : Removal.RUNNING;
            for (int i : rowsPerPage.get(p).get(removed.lineOnPage() - 1)) {
                reasons.get(p)[i] = reason;
            }
        }
        if (pages.size() < RunningHeaderFilter.MIN_PAGES) {
            for (int p = 0; p < pages.size(); p++) {
                marginRows(p + 1, pages.get(p), rowsPerPage.get(p), texts.get(p), reasons.get(p), body);
            }
        }
        return reasons;
    }

    /**
     * Whether a recurring edge row can be furniture: not set larger than the body text, and not a
     * section heading (a chapter's "Utfordringer" that opens many pages recurs at their top edge too).
     */
    private static boolean furnitureLike(List<ReadingOrder.Placed> page, List<Integer> row, String text, float body) {
        for (int i : row) {
            if (page.get(i).box().size() > MAX_FURNITURE_SIZE * body) {
                return false;
            }
        }
        return no.trendspor.ingest.structure.LinePatterns.sectionHeading(text.strip()) == null;
    }

    /** Share of the body size above which a row is no running header. */
    static final float MAX_FURNITURE_SIZE = 1.05f;

    /**
     * Furniture of a page too short a document to show recurrence: the top or bottom row, standing
     * clear of the text by a margin gap, when it is a bare page number equal to the page's, or short
     * text set smaller than the body (a header's title or date).
     */
    private static void marginRows(int page, List<ReadingOrder.Placed> lines, List<List<Integer>> rows,
            List<String> texts, String[] reasons, float bodySize) {
        if (rows.size() < 2) {
            return;
        }
        for (int r : new int[] {0, rows.size() - 1}) {
            int neighbour = r == 0 ? 1 : rows.size() - 2;
            LineBox box = lines.get(rows.get(r).get(0)).box();
            LineBox other = lines.get(rows.get(neighbour).get(0)).box();
            boolean clear = Math.abs(box.baseline() - other.baseline()) >= MARGIN_GAP * Math.max(box.size(), other.size());
            if (!clear) {
                continue;
            }
            Integer number = RunningHeaderFilter.pageNumber(texts.get(r));
            boolean small = texts.get(r).length() <= MAX_MARGIN_TEXT;
            for (int i : rows.get(r)) {
                small &= lines.get(i).box().size() <= MARGIN_SMALLER * bodySize;
            }
            if ((number != null && number == page) || small) {
                for (int i : rows.get(r)) {
                    reasons[i] = number != null ? Removal.PAGE_NUMBER : Removal.RUNNING;
                }
            }
        }
    }

    /** Share of the body size up to which margin text is furniture (a 9 pt body, an 8 pt header). */
    static final float MARGIN_SMALLER = 0.92f;
    /** Longest margin row taken as furniture without recurring. */
    static final int MAX_MARGIN_TEXT = 100;

    /**
     * The font size most glyphs of the document have, away from the page edges (where the
     * furniture is) when a page has rows between them.
     */
    private static float bodySize(List<List<ReadingOrder.Placed>> pages) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (List<ReadingOrder.Placed> page : pages) {
            List<List<Integer>> rows = rows(page);
            int from = rows.size() >= 3 ? 1 : 0;
            int to = rows.size() >= 3 ? rows.size() - 1 : rows.size();
            for (List<Integer> row : rows.subList(from, to)) {
                for (int i : row) {
                    counts.merge(Math.round(page.get(i).box().size() * 2), page.get(i).box().glyphs(), Integer::sum);
                }
            }
        }
        int best = 20;
        int bestCount = -1;
        for (Map.Entry<Integer, Integer> e : new java.util.TreeMap<>(counts).entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best / 2f;
    }

    /** Indexes of the page's upright lines grouped by baseline, rows top to bottom, left to right inside. */
    static List<List<Integer>> rows(List<ReadingOrder.Placed> page) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            if (!page.get(i).box().rotated()) {
                order.add(i);
            }
        }
        order.sort(Comparator.<Integer>comparingDouble(i -> page.get(i).box().baseline())
                .thenComparingDouble(i -> page.get(i).box().x0()));
        List<List<Integer>> rows = new ArrayList<>();
        float first = 0;
        float tolerance = 0;
        for (int i : order) {
            LineBox b = page.get(i).box();
            if (rows.isEmpty() || b.baseline() - first > tolerance) {
                rows.add(new ArrayList<>());
                first = b.baseline();
                tolerance = LineAssembler.ROW_TOLERANCE * b.size();
            }
            rows.get(rows.size() - 1).add(i);
        }
        for (List<Integer> row : rows) {
            row.sort(Comparator.comparingDouble(i -> page.get(i).box().x0()));
        }
        return rows;
    }

}
