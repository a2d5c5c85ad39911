package no.trendspor.tablesaw;

import java.util.List;
import java.util.stream.Collectors;
import no.trendspor.indicators.IndicatorSeries;
import no.trendspor.indicators.Provenance;
import no.trendspor.indicators.SeriesPoint;
import no.trendspor.report.TrendReport;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Indicator series as a Tablesaw table, one row per series and year, for JShell and notebooks. */
public final class IndicatorTables {

    private IndicatorTables() {
    }

    /**
     * The report's indicator observations as a table; see {@link #toTable(List)} for the columns.
     *
     * @param report an analysed report
     * @return a new table, one row per series and year
     */
    public static Table toTable(TrendReport report) {
        return toTable(report.indicators());
    }

    /**
     * Columns: sector, indicator, unit, year, value, source (the sources of the value, "; "
     * separated), then municipality, statement (statement ids), derived, conflict (true when
     * reports disagree on that year). Series without points contribute no rows.
     */
    public static Table toTable(List<IndicatorSeries> series) {
        StringColumn sector = StringColumn.create("sector");
        StringColumn indicator = StringColumn.create("indicator");
        StringColumn unit = StringColumn.create("unit");
        IntColumn year = IntColumn.create("year");
        DoubleColumn value = DoubleColumn.create("value");
        StringColumn source = StringColumn.create("source");
        StringColumn municipality = StringColumn.create("municipality");
        StringColumn statement = StringColumn.create("statement");
        BooleanColumn derived = BooleanColumn.create("derived");
        BooleanColumn conflict = BooleanColumn.create("conflict");
        for (IndicatorSeries s : series) {
            for (SeriesPoint p : s.points()) {
                sector.append(s.sector());
                indicator.append(s.name());
                unit.append(s.unit() == null ? "" : s.unit().label());
                year.append(p.year());
                value.append(p.value());
                source.append(p.sources().stream().map(Provenance::source).distinct().collect(Collectors.joining("; ")));
                municipality.append(s.municipality());
                statement.append(p.sources().stream().map(Provenance::statementId).distinct()
                        .collect(Collectors.joining("; ")));
                derived.append(p.derived());
                conflict.append(s.conflicts().stream().anyMatch(c -> c.year() == p.year()));
            }
        }
        return Table.create("indicators", sector, indicator, unit, year, value, source, municipality, statement,
                derived, conflict);
    }
}
