package no.trendspor.benchmarks.corpus;

/**
 * One generated annual report: all sectors of one municipality for one year, as extracted text.
 *
 * @param source       file name, e.g. {@code k007-nordvik-2016.txt}
 * @param municipality municipality name
 * @param year         report year
 * @param text         the report text (UTF-8 when written; no trailing newline, like the seeds)
 */
public record GeneratedReport(String source, String municipality, int year, String text) {}
