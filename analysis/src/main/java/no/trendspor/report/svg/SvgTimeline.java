package no.trendspor.report.svg;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.trendspor.report.ChallengeMark;
import no.trendspor.report.Markup;

/**
 * An SVG challenge timeline that stands alone: one row per challenge, one column per report year,
 * a mark where the challenge is named that year. A mark's class tells how it relates to the
 * previous occurrence (first, identical, reworded, reversed, narrowed-or-broadened); its fill and
 * the white symbol on it are those of the report's {@link ChallengeMark}, and a key below the rows
 * shows each mark used with its meaning. A year whose challenge list is cut short in the source
 * shows a dashed "?" cell where a challenge is not seen: it may have been named there. Styling is
 * in presentation attributes; no script, nothing loaded from elsewhere.
 */
public final class SvgTimeline {

    /**
     * One challenge row.
     *
     * @param label     the challenge's label (escaped on output)
     * @param marks     year → relation of that occurrence to the previous one ("first" for the first)
     */
    public record Row(String label, Map<Integer, String> marks) {
    }

    private static final int LABEL_WIDTH = 320;
    private static final int COLUMN = 56;
    private static final int ROW = 24;
    private static final int HEADER = 24;
    private static final double CHAR = 6.2;
    /** The marks' meanings in Norwegian, the chart's language. */
    private static final Map<String, String> MEANINGS_NB = Map.of(
            "first", "først nevnt",
            "identical", "samme ordlyd",
            "reworded", "omformulert",
            "direction-reversed", "retning snudd",
            "narrowed-or-broadened", "innsnevret eller utvidet");
    private static final String UNKNOWN_MEANING = "listen er avkortet i kilden: kan ha vært nevnt";

    private SvgTimeline() {
    }

    /** Renders the timeline with no cut-short years. */
    public static String render(String title, List<Integer> years, List<Row> rows) {
        return render(title, years, rows, Set.of());
    }

    /**
     * Renders the timeline.
     *
     * @param title         the chart's accessible title (escaped)
     * @param years         the report years, one column each, in the given order
     * @param rows          the challenges, one row each, in the given order
     * @param cutShortYears years whose challenge list is cut short in the source
     */
    public static String render(String title, List<Integer> years, List<Row> rows, Collection<Integer> cutShortYears) {
        int width = Math.max(LABEL_WIDTH + COLUMN * Math.max(1, years.size()) + 8, 480);
        int rowsBottom = HEADER + ROW * Math.max(1, rows.size());
        Set<String> used = new LinkedHashSet<>();
        for (ChallengeMark m : ChallengeMark.values()) {
            if (rows.stream().anyMatch(r -> r.marks().containsValue(m.cssClass()))) {
                used.add(m.cssClass());
            }
        }
        rows.forEach(r -> used.addAll(r.marks().values()));
        boolean unknown = false;
        for (Row r : rows) {
            for (int year : years) {
                unknown |= cutShortYears.contains(year) && !r.marks().containsKey(year);
            }
        }
        List<String[]> key = new ArrayList<>();
        for (String cls : used) {
            ChallengeMark m = markOf(cls);
            key.add(new String[] {cls, m == null ? "" : m.symbol(), MEANINGS_NB.getOrDefault(cls, cls)});
        }
        if (unknown) {
            key.add(new String[] {null, "?", UNKNOWN_MEANING});
        }
        // Key items flow left to right, wrapping at the chart's width.
        List<double[]> positions = new ArrayList<>();
        double kx = 4;
        double ky = rowsBottom + 22;
        for (String[] item : key) {
            double w = 30 + item[2].length() * CHAR + 16;
            if (kx > 4 && kx + w > width - 4) {
                kx = 4;
                ky += 22;
            }
            positions.add(new double[] {kx, ky});
            kx += w;
        }
        int height = (int) (key.isEmpty() ? rowsBottom + 8 : ky + 14);

        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" lang=\"nb\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" role=\"img\" aria-label=\"").append(Markup.escape(title))
                .append("\" font-family=\"").append(SvgPalette.FONT).append("\" font-size=\"11\" fill=\"")
                .append(SvgPalette.INK).append("\">");
        svg.append("<title>").append(Markup.escape(title)).append("</title>");
        svg.append("<desc>").append(Markup.escape(describe(years, rows, cutShortYears))).append("</desc>");
        svg.append(SvgLineChart.background(width, height));
        for (int i = 0; i < years.size(); i++) {
            boolean cut = cutShortYears.contains(years.get(i));
            svg.append("<text class=\"tick\" x=\"").append(LABEL_WIDTH + COLUMN * i + 28).append("\" y=\"16\" ")
                    .append("text-anchor=\"middle\" fill=\"").append(SvgPalette.MUTED).append("\">").append(years.get(i))
                    .append(cut ? "?" : "").append("</text>");
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            int y = HEADER + ROW * r + 16;
            String label = row.label().length() > 48 ? row.label().substring(0, 47) + "…" : row.label();
            svg.append("<text class=\"label\" x=\"4\" y=\"").append(y).append("\">").append(Markup.escape(label))
                    .append("<title>").append(Markup.escape(row.label())).append("</title></text>");
            for (int i = 0; i < years.size(); i++) {
                int year = years.get(i);
                String relation = row.marks().get(year);
                int x = LABEL_WIDTH + COLUMN * i + 8;
                if (relation == null) {
                    if (cutShortYears.contains(year)) {
                        svg.append("<g class=\"unknown\" data-year=\"").append(year).append("\">")
                                .append(unknownCell(x, y - 12, 40)).append("<title>").append(year).append(": ")
                                .append(UNKNOWN_MEANING).append("</title></g>");
                    }
                    continue;
                }
                ChallengeMark m = markOf(relation);
                svg.append("<rect class=\"mark ").append(Markup.escape(relation)).append("\" x=\"").append(x)
                        .append("\" y=\"").append(y - 12).append("\" width=\"40\" height=\"16\" rx=\"3\" fill=\"")
                        .append(SvgPalette.mark(relation)).append("\" data-year=\"").append(year).append("\"><title>")
                        .append(year).append(": ").append(Markup.escape(MEANINGS_NB.getOrDefault(relation, relation)))
                        .append("</title></rect>");
                if (m != null) {
                    svg.append(symbol(x + 20, y, m.symbol()));
                }
            }
        }
        for (int i = 0; i < key.size(); i++) {
            String[] item = key.get(i);
            double[] at = positions.get(i);
            svg.append("<g class=\"key\" transform=\"translate(").append(SvgLineChart.fmt(at[0])).append(' ')
                    .append(SvgLineChart.fmt(at[1])).append(")\">");
            if (item[0] == null) {
                svg.append(unknownCell(0, -12, 24));
            } else {
                svg.append("<path d=\"M3 -12H21A3 3 0 0 1 24 -9V1A3 3 0 0 1 21 4H3A3 3 0 0 1 0 1V-9A3 3 0 0 1 3 -12Z\" fill=\"")
                        .append(SvgPalette.mark(item[0])).append("\"/>").append(symbol(12, 0, item[1]));
            }
            svg.append("<text x=\"30\" y=\"0\">").append(Markup.escape(item[2])).append("</text></g>");
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private static ChallengeMark markOf(String cssClass) {
        for (ChallengeMark m : ChallengeMark.values()) {
            if (m.cssClass().equals(cssClass)) {
                return m;
            }
        }
        return null;
    }

    private static String symbol(int cx, int baseline, String symbol) {
        return "<text class=\"symbol\" x=\"" + cx + "\" y=\"" + baseline + "\" text-anchor=\"middle\" fill=\"#ffffff\" "
                + "font-weight=\"700\" aria-hidden=\"true\">" + Markup.escape(symbol) + "</text>";
    }

    // A dashed outline with a "?": drawn as a path, so the rects of a timeline are its marks alone.
    private static String unknownCell(int x, int y, int width) {
        return "<path d=\"M" + x + " " + y + "h" + width + "v16h-" + width + "Z\" fill=\"#ffffff\" stroke=\"" + SvgPalette.MUTED
                + "\" stroke-width=\"1\" stroke-dasharray=\"3 2\"/><text x=\"" + (x + width / 2) + "\" y=\"" + (y + 12)
                + "\" text-anchor=\"middle\" fill=\"" + SvgPalette.MUTED + "\">?</text>";
    }

    private static String describe(List<Integer> years, List<Row> rows, Collection<Integer> cutShortYears) {
        StringBuilder d = new StringBuilder("Tidslinje: ").append(rows.size())
                .append(rows.size() == 1 ? " utfordring" : " utfordringer").append(" fordelt på rapportårene ");
        for (int i = 0; i < years.size(); i++) {
            d.append(i == 0 ? "" : i == years.size() - 1 ? " og " : ", ").append(years.get(i));
        }
        d.append(". Hver markering viser at utfordringen er nevnt det året, og hvordan den henger sammen med året før.");
        List<Integer> cut = years.stream().filter(cutShortYears::contains).toList();
        if (!cut.isEmpty()) {
            d.append(" Utfordringslisten for ").append(cut).append(" er avkortet i kilden.");
        }
        return d.toString();
    }
}
