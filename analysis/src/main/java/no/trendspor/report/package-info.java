/**
 * What an analyst reads: {@link no.trendspor.report.TrendReport}, the immutable result of an
 * analysis, with its views ({@link no.trendspor.report.TrendReport#sectorReports() per sector},
 * recurring challenges, theme diffs, follow-ups, indicators as a Tablesaw table) and its
 * renderings: deterministic JSON, GitHub-flavoured Markdown and one self-contained HTML file with
 * inline SVG charts. Every text that comes from the input is escaped for the format it goes into
 * ({@link no.trendspor.report.Markup} for HTML/SVG, a Markdown escaper for Markdown).
 */
package no.trendspor.report;
