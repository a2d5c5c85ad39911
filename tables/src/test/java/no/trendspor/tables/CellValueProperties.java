package no.trendspor.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class CellValueProperties {

    /** Any number written the Norwegian way (space grouping, decimal comma) reads back exactly. */
    @Property
    void norwegianNotationRoundTrips(@ForAll @LongRange(min = -999_999_999L, max = 999_999_999L) long units,
            @ForAll @IntRange(min = 0, max = 3) int decimals) {
        BigDecimal number = BigDecimal.valueOf(units, decimals);
        String plain = number.abs().setScale(decimals, RoundingMode.UNNECESSARY).toPlainString();
        String[] parts = plain.split("\\.");
        StringBuilder grouped = new StringBuilder();
        String intPart = parts[0];
        for (int i = 0; i < intPart.length(); i++) {
            if (i > 0 && (intPart.length() - i) % 3 == 0) {
                grouped.append('\u00A0');
            }
            grouped.append(intPart.charAt(i));
        }
        String cell = (number.signum() < 0 ? "-" : "") + grouped + (parts.length > 1 ? "," + parts[1] : "");
        assertEquals(number.doubleValue(), CellValue.parse(cell).orElseThrow().value(), cell);
    }
}
