package no.trendspor.model;

import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * One ingested report document: its year, municipality where stated, sectors with their
 * statements, and everything else the input held, so that nothing is lost.
 *
 * @param source       the name of the input (file path as given, or a caller's label)
 * @param year         the report year
 * @param yearSource   where the year was found
 * @param municipality the municipality, or {@code null} when the text does not say
 * @param sectors      the sectors, in source order
 * @param headings     the heading lines
 * @param unclassified kept text that is not a statement
 * @param warnings     things the user should know
 * @param lineCount    number of lines in the decoded input
 */
public record ReportDocument(
        String source,
        int year,
        YearSource yearSource,
        String municipality,
        List<Sector> sectors,
        List<Heading> headings,
        List<Unclassified> unclassified,
        List<Warning> warnings,
        int lineCount) {

    /** Where the report year was found. */
    public enum YearSource {
        RESULTS_HEADING, TITLE, FILE_NAME, HINT
    }

    public ReportDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(yearSource, "yearSource");
        sectors = List.copyOf(sectors);
        headings = List.copyOf(headings);
        unclassified = List.copyOf(unclassified);
        warnings = List.copyOf(warnings);
    }

    /** All statements of all sectors, in source order. */
    public List<Statement> statements() {
        return sectors.stream().flatMap(s -> s.statements().stream()).toList();
    }

    /** The sector with this name, if any. */
    public java.util.Optional<Sector> sector(String name) {
        return sectors.stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
    }

    /**
     * The set of 1-based line numbers that some statement, heading or unclassified entry accounts
     * for. The lossless rule says every non-blank input line is in this set.
     */
    public BitSet accountedLines() {
        BitSet seen = new BitSet(lineCount + 1);
        for (Sector sector : sectors) {
            for (Statement st : sector.statements()) {
                seen.set(st.lines().first(), st.lines().last() + 1);
            }
        }
        for (Heading h : headings) {
            seen.set(h.line());
        }
        for (Unclassified u : unclassified) {
            seen.set(u.lines().first(), u.lines().last() + 1);
        }
        return seen;
    }

    @Override
    public String toString() {
        return "ReportDocument " + source + " (" + year + (municipality == null ? "" : ", " + municipality)
                + "): " + sectors.size() + " sectors, " + statements().size() + " statements, "
                + unclassified.size() + " unclassified";
    }
}
