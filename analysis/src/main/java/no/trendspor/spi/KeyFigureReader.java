package no.trendspor.spi;

import java.nio.file.Path;
import java.util.List;
import no.trendspor.indicators.IndicatorSeries;
import no.trendspor.report.KeyFigures;
import no.trendspor.text.NorwegianTextAnalyzer;

/**
 * Reads key-figure tables (CSV or JSON-stat, for instance) and sets their series beside the
 * indicators the reports state. Found with {@link java.util.ServiceLoader}: the artifact
 * {@code trendspor-tables} provides one.
 */
public interface KeyFigureReader {

    /**
     * Reads the tables and compares them with the prose indicators.
     *
     * @param tables     the table files, read in this order
     * @param indicators the indicator series the reports state
     * @param analyzer   the analysis chain indicator names are compared with
     * @return the tables' series and their side-by-side comparison with the prose
     * @throws no.trendspor.ingest.InputException naming the file and line of unreadable input
     */
    KeyFigures read(List<Path> tables, List<IndicatorSeries> indicators, NorwegianTextAnalyzer analyzer);
}
