package no.trendspor.report;

import java.util.Objects;

/**
 * One chart of a report as a standalone SVG document: the same {@code <svg>} element the HTML
 * report shows inline, styled by its own presentation attributes, so it renders the same saved
 * alone ({@code analyze --charts DIR} writes {@link #fileName()} with {@link #document()}).
 *
 * @param fileName a file name unique within the report, ending in {@code .svg}
 * @param kind     {@code timeline}, {@code indicator} or {@code table}
 * @param title    the chart's title (as in its {@code <title>})
 * @param svg      the {@code <svg>} element
 */
public record ReportChart(String fileName, String kind, String title, String svg) {

    public ReportChart {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(svg, "svg");
    }

    /** The chart as an SVG file: an XML declaration, the {@code <svg>} element, a final newline. */
    public String document() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg + "\n";
    }

    @Override
    public String toString() {
        return kind + " chart " + fileName + ": " + title;
    }
}
