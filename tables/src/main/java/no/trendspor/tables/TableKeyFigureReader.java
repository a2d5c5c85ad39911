package no.trendspor.tables;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.trendspor.indicators.IndicatorSeries;
import no.trendspor.keyfigures.TableObservation;
import no.trendspor.keyfigures.TableSeries;
import no.trendspor.report.KeyFigures;
import no.trendspor.spi.KeyFigureReader;
import no.trendspor.text.NorwegianTextAnalyzer;

/**
 * Reads CSV and JSON-stat key-figure tables for the library ({@link java.util.ServiceLoader} finds
 * it): the tables' series are joined across municipality renumbering with the bundled registry and
 * set side by side with the indicators the prose states.
 */
public final class TableKeyFigureReader implements KeyFigureReader {

    /** The reader {@link java.util.ServiceLoader} creates. */
    public TableKeyFigureReader() {
    }

    @Override
    public KeyFigures read(List<Path> tables, List<IndicatorSeries> indicators, NorwegianTextAnalyzer analyzer) {
        List<TableObservation> observations = new ArrayList<>();
        for (Path table : tables) {
            observations.addAll(KeyFigureTables.read(table, TableDefaults.NONE).observations());
        }
        MunicipalityRegistry registry = MunicipalityRegistry.bundled();
        List<TableSeries> series = TableSeriesGrouping.group(observations, registry);
        return new KeyFigures(series, new ProseTableComparison(analyzer).compare(indicators, series),
                UnknownMunicipalities.check(observations, registry));
    }
}
