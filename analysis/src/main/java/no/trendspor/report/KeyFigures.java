package no.trendspor.report;

import java.util.List;
import no.trendspor.keyfigures.SideBySide;
import no.trendspor.keyfigures.TableSeries;
import no.trendspor.keyfigures.TableWarning;

/**
 * Key-figure tables given next to the reports (CSV or JSON-stat), and their series set side by side
 * with the same indicators stated in the prose.
 *
 * @param tables      the table series, per municipality identity and indicator
 * @param comparisons prose series paired with table series, disagreements flagged
 * @param warnings    what an analyst should know about the tables (e.g. an unknown municipality number)
 */
public record KeyFigures(List<TableSeries> tables, List<SideBySide> comparisons, List<TableWarning> warnings) {

    /** No tables were given. */
    public static final KeyFigures NONE = new KeyFigures(List.of(), List.of());

    public KeyFigures {
        tables = List.copyOf(tables);
        comparisons = List.copyOf(comparisons);
        warnings = List.copyOf(warnings);
    }

    /** Tables and comparisons without warnings. */
    public KeyFigures(List<TableSeries> tables, List<SideBySide> comparisons) {
        this(tables, comparisons, List.of());
    }

    /** The comparisons in which prose and table disagree beyond rounding. */
    public List<SideBySide> disagreements() {
        return comparisons.stream().filter(SideBySide::disagreement).toList();
    }
}
