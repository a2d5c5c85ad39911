package no.trendspor.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds running headers, footers and page numbers: lines at the top or bottom of a page that
 * recur, identical or identical up to their digits, on a large share of the pages.
 *
 * <p>Why "up to digits": a footer such as "Årsrapport 2019 – side 7" differs on every page only
 * in its number. Why a share and not every page: title pages and chapter openers usually have no
 * header, and books alternate left/right headers, so each variant sits on about half the pages.
 * A bare number is removed only where it tracks the page index with the document's common offset
 * (printed page = physical page + offset), so a lone year or count at a page edge stays.
 *
 * <p>Stateless; documents shorter than {@link #MIN_PAGES} pages are left alone because "recurs on
 * most pages" means nothing there, and a header must recur on at least {@link #MIN_PAGES} pages (a
 * chapter heading that happens to open two pages of a short document is no running header).
 */
final class RunningHeaderFilter {

    /** Fewer pages than this give no evidence of a running header. */
    static final int MIN_PAGES = 3;
    /** How many non-blank lines at each page edge are header/footer candidates. */
    static final int EDGE_LINES = 2;
    /** Share of pages a header must appear on (at the same edge). */
    static final double MIN_SHARE = 0.4;
    /** Longer lines are body text, not running headers. */
    static final int MAX_HEADER_LENGTH = 120;

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    // A line that is only a page number, possibly decorated: "7", "- 7 -", "side 7", "7 av 40",
    // "Side 7 av 40", "s. 7", "page 7 of 40".
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[\\p{Punct}\\s]*(?:(?:side|s\\.|page|p\\.)\\s*)?(\\d{1,4})(?:\\s*(?:av|/|of)\\s*\\d{1,4})?[\\p{Punct}\\s]*$",
            Pattern.CASE_INSENSITIVE);

    /** The outcome: lines kept and lines removed, both in document order. */
    record Result(List<PdfLine> kept, List<PdfLine> removed) {
    }

    private RunningHeaderFilter() {
    }

    /**
     * @param pages the extracted lines, one list per page in page order; line numbers on a page are
     *              the list positions (1-based)
     */
    static Result filter(List<List<String>> pages) {
        Set<PdfLine> toRemove = pages.size() >= MIN_PAGES ? findHeaders(pages) : Set.of();
        List<PdfLine> kept = new ArrayList<>();
        List<PdfLine> removed = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<String> lines = pages.get(p);
            for (int i = 0; i < lines.size(); i++) {
                PdfLine line = new PdfLine(p + 1, i + 1, lines.get(i));
                (toRemove.contains(line) ? removed : kept).add(line);
            }
        }
        return new Result(kept, removed);
    }

    private static Set<PdfLine> findHeaders(List<List<String>> pages) {
        // Count, per edge, on how many pages each key occurs; a key counts once per page.
        Map<String, Integer> topCount = new HashMap<>();
        Map<String, Integer> bottomCount = new HashMap<>();
        List<List<PdfLine>> tops = new ArrayList<>();
        List<List<PdfLine>> bottoms = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<PdfLine> top = edge(pages.get(p), p + 1, true);
            List<PdfLine> bottom = edge(pages.get(p), p + 1, false);
            tops.add(top);
            bottoms.add(bottom);
            countKeys(top, topCount);
            countKeys(bottom, bottomCount);
        }
        int threshold = Math.max(MIN_PAGES, (int) Math.ceil(MIN_SHARE * pages.size()));
        Set<PdfLine> result = new LinkedHashSet<>();
        collect(tops, topCount, threshold, result);
        collect(bottoms, bottomCount, threshold, result);
        return result;
    }

    private static List<PdfLine> edge(List<String> lines, int page, boolean top) {
        List<PdfLine> edge = new ArrayList<>();
        int step = top ? 1 : -1;
        for (int i = top ? 0 : lines.size() - 1; i >= 0 && i < lines.size() && edge.size() < EDGE_LINES; i += step) {
            if (!lines.get(i).isBlank()) {
                edge.add(new PdfLine(page, i + 1, lines.get(i)));
            }
        }
        return edge;
    }

    private static void countKeys(List<PdfLine> edge, Map<String, Integer> counts) {
        edge.stream().map(l -> key(l.text())).filter(k -> k != null).distinct()
                .forEach(k -> counts.merge(k, 1, Integer::sum));
    }

    private static void collect(List<List<PdfLine>> edges, Map<String, Integer> counts, int threshold,
            Set<PdfLine> result) {
        // Page-number-only lines: keep only those whose number tracks the page with the common offset.
        Map<Integer, Integer> offsets = new TreeMap<>();
        List<PdfLine> pageNumberLines = new ArrayList<>();
        for (List<PdfLine> edge : edges) {
            for (PdfLine line : edge) {
                String key = key(line.text());
                if (key == null || counts.getOrDefault(key, 0) < threshold) {
                    continue;
                }
                Integer number = pageNumber(line.text());
                if (number == null) {
                    result.add(line);
                } else {
                    pageNumberLines.add(line);
                    offsets.merge(number - line.page(), 1, Integer::sum);
                }
            }
        }
        if (pageNumberLines.isEmpty()) {
            return;
        }
        // TreeMap + strict '>' makes the tie-break the smallest offset: deterministic.
        int bestOffset = 0;
        int bestCount = -1;
        for (Map.Entry<Integer, Integer> e : offsets.entrySet()) {
            if (e.getValue() > bestCount) {
                bestOffset = e.getKey();
                bestCount = e.getValue();
            }
        }
        if (bestCount < threshold) {
            return;
        }
        for (PdfLine line : pageNumberLines) {
            if (pageNumber(line.text()) - line.page() == bestOffset) {
                result.add(line);
            }
        }
    }

    /** The key all bare page numbers share, however decorated: "7", "Side 8" and "- 9 -" alternate in one document. */
    static final String PAGE_NUMBER_KEY = "\u0000page-number";

    /**
     * The comparison key: case-folded, whitespace collapsed, digit runs replaced by '#'; one key
     * for all bare page numbers.
     */
    static String key(String line) {
        String trimmed = SPACE.matcher(line.strip()).replaceAll(" ");
        if (trimmed.isEmpty() || trimmed.length() > MAX_HEADER_LENGTH) {
            return null;
        }
        if (pageNumber(trimmed) != null) {
            return PAGE_NUMBER_KEY;
        }
        return DIGITS.matcher(trimmed.toLowerCase(Locale.ROOT)).replaceAll("#");
    }

    /** The printed page number when the line is nothing but a (decorated) page number. */
    static Integer pageNumber(String line) {
        Matcher m = PAGE_NUMBER.matcher(line.strip());
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }
}
