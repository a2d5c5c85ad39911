package no.trendspor.match;

/**
 * One statement as it occurs in one report.
 *
 * @param statementId the statement id
 * @param year        the report year
 * @param text        the statement text
 */
public record Occurrence(String statementId, int year, String text) {
}
