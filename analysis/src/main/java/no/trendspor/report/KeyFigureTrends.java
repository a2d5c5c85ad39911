package no.trendspor.report;

import no.trendspor.indicators.IndicatorUnit;
import no.trendspor.stats.TrendAnalyzer;
import no.trendspor.stats.TrendStatistics;
import no.trendspor.stats.UnitKind;
import no.trendspor.keyfigures.TableSeries;
import no.trendspor.keyfigures.TableUnits;

/**
 * The trend of a key-figure table series, computed as for the prose's series (Mann–Kendall,
 * Theil–Sen, least squares), over the years that have a value.
 */
public final class KeyFigureTrends {

    private KeyFigureTrends() {
    }

    /** The trend statistics of {@code t}, or {@code null} with fewer than two values. */
    public static TrendStatistics trend(TableSeries t) {
        if (t.values().size() < 2) {
            return null;
        }
        IndicatorUnit unit = unit(t);
        return TrendAnalyzer.analyze(t.values().keySet().stream().mapToInt(Integer::intValue).toArray(), values(t),
                unit == null ? UnitKind.OTHER : unit.kind());
    }

    /** The unit the table's unit, label and values say. */
    public static IndicatorUnit unit(TableSeries t) {
        return TableUnits.of(t);
    }

    static double[] years(TableSeries t) {
        return t.values().keySet().stream().mapToDouble(Integer::doubleValue).toArray();
    }

    static double[] values(TableSeries t) {
        return t.values().values().stream().mapToDouble(Double::doubleValue).toArray();
    }
}
