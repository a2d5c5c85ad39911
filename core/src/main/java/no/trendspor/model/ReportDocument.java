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
 * @param kind         an annual report or a plan
 * @param period       the years the document covers: the report year, or a plan's period
 *                     ("Handlingsprogram 2018–2021"); {@code year} is its first year for a plan
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
        DocumentKind kind,
        Period period,
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
        Objects.requireNonNull(kind, "kind");
        period = period == null ? new Period(year, year) : period;
        sectors = List.copyOf(sectors);
        headings = List.copyOf(headings);
        unclassified = List.copyOf(unclassified);
        warnings = List.copyOf(warnings);
    }

    /** An annual report of one year, with the fields of its first form. */
    public ReportDocument(String source, int year, YearSource yearSource, String municipality, List<Sector> sectors,
            List<Heading> headings, List<Unclassified> unclassified, List<Warning> warnings, int lineCount) {
        this(source, year, yearSource, municipality, DocumentKind.ANNUAL_REPORT, null, sectors, headings, unclassified,
                warnings, lineCount);
    }

    /** The same document with other sectors (e.g. one sector picked out). */
    public ReportDocument withSectors(List<Sector> newSectors) {
        return new ReportDocument(source, year, yearSource, municipality, kind, period, newSectors, headings,
                unclassified, warnings, lineCount);
    }

    /** The same document with another municipality (e.g. one inferred from the other documents of a run). */
    public ReportDocument withMunicipality(String newMunicipality) {
        return new ReportDocument(source, year, yearSource, newMunicipality, kind, period, sectors, headings,
                unclassified, warnings, lineCount);
    }

    /** The same document with other warnings. */
    public ReportDocument withWarnings(List<Warning> newWarnings) {
        return new ReportDocument(source, year, yearSource, municipality, kind, period, sectors, headings,
                unclassified, newWarnings, lineCount);
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
        return "ReportDocument " + source + " (" + (kind == DocumentKind.PLAN ? "plan " + period : year) + (municipality == null ? "" : ", " + municipality)
                + "): " + sectors.size() + " sectors, " + statements().size() + " statements, "
                + unclassified.size() + " unclassified";
    }
}
