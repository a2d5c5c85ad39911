package no.trendspor.report.svg;

import java.util.Map;

/**
 * The charts' colours, written into each SVG as presentation attributes so a chart saved alone
 * looks as it does in the report. Every colour that carries meaning (text, lines, marks, points)
 * has a contrast of at least 4.5:1 against white (WCAG 2 relative luminance), and white symbols
 * on the marks have the same contrast against the mark.
 */
public final class SvgPalette {

    public static final String INK = "#1d2327";
    public static final String MUTED = "#5b6770";
    public static final String GRID = "#d6dbdf";
    public static final String SERIES = "#1f5f99";
    public static final String BAND = "#1f5f99";
    public static final String TREND = "#b03a2e";
    public static final String TABLE = "#6a3d9a";
    public static final String BACKGROUND = "#ffffff";
    public static final String FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

    /** Fill of a challenge mark per relation class (the classes of the report's challenge marks). */
    public static final Map<String, String> MARKS = Map.of(
            "first", "#1f5f99",
            "identical", "#5b6770",
            "reworded", "#1e7145",
            "direction-reversed", "#b03a2e",
            "narrowed-or-broadened", "#8a5a00");

    private SvgPalette() {
    }

    /** The fill of a mark class; unknown classes are drawn in the muted ink. */
    public static String mark(String cssClass) {
        return MARKS.getOrDefault(cssClass, MUTED);
    }

    /** WCAG 2 contrast ratio of two {@code #rrggbb} colours, from 1 to 21. */
    public static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
