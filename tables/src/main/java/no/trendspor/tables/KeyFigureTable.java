package no.trendspor.tables;

import java.util.List;
import java.util.Objects;
import no.trendspor.keyfigures.TableObservation;

/**
 * A key-figure table as read from one file.
 *
 * @param source       the file name or caller's label
 * @param format       how it was read, for provenance: e.g. {@code "csv; UTF-8; ';'; long"} or
 *                     {@code "json-stat 2.0"}
 * @param title        the table's title (SSB's title line or the dataset label), or {@code null}
 * @param observations the numbers in source order
 * @param notes        lines that are not table rows (title, footnotes), kept so nothing is lost
 */
public record KeyFigureTable(String source, String format, String title, List<TableObservation> observations,
        List<String> notes) {

    public KeyFigureTable {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        observations = List.copyOf(observations);
        notes = List.copyOf(notes);
    }
}
