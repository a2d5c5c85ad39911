package no.trendspor.keyfigures;

import java.util.Objects;

/**
 * One number from a key-figure table.
 *
 * @param municipalityCode the region code as the table gives it ("0219", "3024", "1103"; county,
 *                         country and KOSTRA-group codes such as "EAK" pass through), or {@code null}
 *                         when the table has no region column and the caller gave none
 * @param municipalityName the region name without code and validity suffix ("Bærum"), or {@code null}
 * @param indicator        what is measured: the statistics variable's label, followed by
 *                         {@code " | category"} for each further dimension of the table
 * @param unit             the unit when the table states it ("kr", "prosent"), or {@code null}
 * @param year             the statistics year
 * @param value            the number, or {@code null} when the table gives a missing-value symbol
 * @param symbol           the SSB symbol that stood in or next to the cell (".." etc., "-" for nil,
 *                         "*" for provisional), or {@code null}; the tables module reads them (SsbSymbol)
 * @param source           the table's file name or label
 * @param row              where in the source: the 1-based line for CSV, the 1-based position in
 *                         the {@code value} array for JSON-stat
 */
public record TableObservation(String municipalityCode, String municipalityName, String indicator, String unit,
        int year, Double value, String symbol, String source, int row) {

    public TableObservation {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(source, "source");
    }

    /** True when the table gives no number for this cell. */
    public boolean missing() {
        return value == null;
    }
}
