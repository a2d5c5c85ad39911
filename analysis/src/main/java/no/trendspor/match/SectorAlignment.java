package no.trendspor.match;

import java.util.List;

/**
 * One sector of one municipality followed across report years, with the names it had.
 *
 * @param municipality the municipality ({@code (unknown)} when no document names it)
 * @param sector       the aligned name: the override target, else the latest name
 * @param names        the name in each report year, ascending by year
 * @param steps        each renaming or continuation decided between two years, with its scores
 */
public record SectorAlignment(String municipality, String sector, List<YearName> names, List<Step> steps) {

    public SectorAlignment {
        names = List.copyOf(names);
        steps = List.copyOf(steps);
    }

    /** True when the sector had more than one name. */
    public boolean renamed() {
        return names.stream().map(n -> n.name().toLowerCase(java.util.Locale.ROOT)).distinct().count() > 1;
    }

    /**
     * The sector's name in one report.
     *
     * @param year   report year
     * @param name   the name as printed
     * @param source the document it came from
     */
    public record YearName(int year, String name, String source) {
    }

    /**
     * A decision that a sector of a later year continues one of an earlier year.
     *
     * @param fromYear     earlier year
     * @param fromName     name there
     * @param toYear       later year
     * @param toName       name there
     * @param nameScore    similarity of the names in [0, 1]
     * @param contentScore similarity of the sectors' statements in [0, 1]
     * @param score        the combined score that decided
     * @param overridden   true when the user's map decided, not the scores
     */
    public record Step(int fromYear, String fromName, int toYear, String toName, double nameScore,
                       double contentScore, double score, boolean overridden) {
    }

    @Override
    public String toString() {
        return municipality + "/" + sector + " " + names.stream().map(n -> n.year() + ":" + n.name()).toList();
    }
}
