package no.trendspor.report;

import java.util.List;
import no.trendspor.keyfigures.SideBySide;
import no.trendspor.keyfigures.TableSeries;

/**
 * Key-figure tables given next to the reports (CSV or JSON-stat), and their series set side by side
 * with the same indicators stated in the prose.
 *
 * @param tables      the table series, per municipality identity and indicator
 * @param comparisons prose series paired with table series, disagreements flagged
 */
public record KeyFigures(List<TableSeries> tables, List<SideBySide> comparisons) {

    /** No tables were given. */
    public static final KeyFigures NONE = new KeyFigures(List.of(), List.of());

    public KeyFigures {
        tables = List.copyOf(tables);
        comparisons = List.copyOf(comparisons);
    }

    /** The comparisons in which prose and table disagree beyond rounding. */
    public List<SideBySide> disagreements() {
        return comparisons.stream().filter(SideBySide::disagreement).toList();
    }
}
