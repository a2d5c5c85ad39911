package no.trendspor.match;

import java.util.List;

/**
 * A challenge that comes back in two or more report years of one sector of one municipality.
 *
 * @param id           stable id: {@code rc-} and the id of its first occurrence
 * @param label        a short readable label (the core sentence of its shortest occurrence)
 * @param municipality the municipality ({@code (unknown)} when no document names it)
 * @param sector       the sector, by its aligned (latest) name
 * @param firstYear    first report year it occurs in
 * @param lastYear     last report year it occurs in
 * @param years        the report years it occurs in, ascending (gaps allowed)
 * @param occurrences  one statement per year, ascending by year
 * @param links        for each occurrence after the first, the link from the occurrence before it
 */
public record RecurringChallenge(
        String id,
        String label,
        String municipality,
        String sector,
        int firstYear,
        int lastYear,
        List<Integer> years,
        List<Occurrence> occurrences,
        List<Link> links) {

    public RecurringChallenge {
        years = List.copyOf(years);
        occurrences = List.copyOf(occurrences);
        links = List.copyOf(links);
    }

    /** True when any link flags a reversed trend. */
    public boolean directionReversed() {
        return links.stream().anyMatch(l -> l.explanation().relation() == Relation.DIRECTION_REVERSED);
    }

    @Override
    public String toString() {
        return id + " \"" + label + "\" " + municipality + "/" + sector + " " + years
                + (directionReversed() ? " (direction reversed)" : "");
    }
}
