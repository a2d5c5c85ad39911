package no.trendspor.keyfigures;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A key figure as a year series for one municipality identity, joined across renumbering (the
 * tables module groups a table's observations into these).
 *
 * @param municipalityCode the identity (the current number of the municipality), or the table's
 *                         code for non-municipal regions, or {@code null} when the rows had none
 * @param municipalityName the current name when known, else the newest name the tables gave
 * @param indicator        the indicator as the tables name it
 * @param unit             the unit, or {@code null}
 * @param points           one point per year, ascending
 * @param territoryChanges years in which other municipalities merged into this one: totals are not
 *                         comparable across them
 * @param excluded         observations of municipalities merged into this one, kept out of the
 *                         points because they describe another territory
 */
public record TableSeries(String municipalityCode, String municipalityName, String indicator, String unit,
        List<TablePoint> points, List<Integer> territoryChanges, List<TableObservation> excluded) {

    public TableSeries {
        Objects.requireNonNull(indicator, "indicator");
        points = List.copyOf(points);
        territoryChanges = List.copyOf(territoryChanges);
        excluded = List.copyOf(excluded);
    }

    /** The year → value map of the years that have a value. */
    public SortedMap<Integer, Double> values() {
        SortedMap<Integer, Double> map = new TreeMap<>();
        points.stream().filter(p -> p.value() != null).forEach(p -> map.put(p.year(), p.value()));
        return map;
    }

    /** The point for {@code year}, if any observation covers it. */
    public Optional<TablePoint> at(int year) {
        return points.stream().filter(p -> p.year() == year).findFirst();
    }

    /** True when some year's observations disagree. */
    public boolean hasConflicts() {
        return points.stream().anyMatch(TablePoint::conflict);
    }
}
