/**
 * Small inline SVG charts for the HTML report, written as plain strings with no script and no
 * external style: a line chart of one indicator series with its trend line, and a timeline of a
 * sector's challenges across report years. Elements carry classes (styled by the report's style
 * sheet) and {@code data-} attributes with the plotted values, so tests and readers can check them.
 */
package no.trendspor.report.svg;
