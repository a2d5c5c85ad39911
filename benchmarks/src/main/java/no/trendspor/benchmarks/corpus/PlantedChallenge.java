package no.trendspor.benchmarks.corpus;

/**
 * Ground truth for one generated challenge bullet.
 *
 * @param id           {@code source#firstLine}, unique in a corpus
 * @param conceptId    the underlying challenge; equal ids mean "the same challenge"
 * @param recurring    true when planted as a recurring challenge of this municipality and sector
 *                     (it appears in at least two years); false for a one-off distractor
 * @param municipality municipality name
 * @param sector       sector heading, e.g. {@code Pleie og omsorg}
 * @param year         report year
 * @param text         the clean statement text (one line, no bullet, no damage)
 * @param source       report file name
 * @param firstLine    1-based first line of the bullet in the report text
 * @param lastLine     1-based last line (greater than firstLine when the bullet is wrapped)
 */
public record PlantedChallenge(
    String id,
    String conceptId,
    boolean recurring,
    String municipality,
    String sector,
    int year,
    String text,
    String source,
    int firstLine,
    int lastLine) {}
