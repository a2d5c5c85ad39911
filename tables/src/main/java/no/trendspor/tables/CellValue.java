package no.trendspor.tables;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A table cell read as a number: Norwegian or English notation, SSB symbols.
 *
 * @param value  the number, or {@code null} for a missing-value symbol
 * @param symbol the SSB symbol in or after the cell, or {@code null}
 */
record CellValue(Double value, String symbol) {

    /**
     * Largest key figure accepted (10^15, as for figures read from prose): a larger number, or one
     * too large for a double, is refused with its line rather than let into a series.
     */
    static final double MAX_VALUE = 1e15;

    // Norwegian digit grouping uses (no-break) spaces; some exporters use thin spaces.
    private static final Pattern GROUPING_SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u2009\\u202F]");
    private static final Pattern PLAIN = Pattern.compile("-?\\d+(?:\\.\\d+)?");

    /**
     * Reads a cell, or returns empty when it is neither a number nor an SSB symbol.
     * "12,5", "1 234,5", "1.234,5", "12.5", "−3", "12,5 %", "45*" and the symbols ".", "..", "...",
     * ":" and "-" are understood; an empty cell is missing without symbol.
     */
    static Optional<CellValue> parse(String cell) {
        String t = cell == null ? "" : cell.strip();
        if (t.isEmpty()) {
            return Optional.of(new CellValue(null, null));
        }
        Optional<SsbSymbol> symbol = SsbSymbol.of(t);
        if (symbol.isPresent()) {
            SsbSymbol s = symbol.get();
            if (s == SsbSymbol.PROVISIONAL) {
                return Optional.empty(); // a lone "*" is no number
            }
            return Optional.of(new CellValue(s == SsbSymbol.NIL ? 0.0 : null, s.text()));
        }
        String flag = null;
        if (t.endsWith("*")) {
            flag = SsbSymbol.PROVISIONAL.text();
            t = t.substring(0, t.length() - 1).strip();
        }
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        Double number = number(t);
        return number == null ? Optional.empty() : Optional.of(new CellValue(number, flag));
    }

    private static Double number(String text) {
        String t = GROUPING_SPACE.matcher(text).replaceAll("").replace('\u2212', '-');
        int commas = count(t, ',');
        int dots = count(t, '.');
        if (commas == 1 && dots == 0) {
            t = t.replace(',', '.'); // decimal comma
        } else if (commas == 1) {
            if (t.indexOf('.') > t.indexOf(',')) {
                return null; // "1,234.5": English grouping, not Norwegian; refuse rather than guess
            }
            t = t.replace(".", "").replace(',', '.'); // "1.234,5"
        } else if (commas > 1) {
            return null;
        } else if (dots > 1) {
            t = t.replace(".", ""); // "1.234.567" as grouping
        }
        if (!PLAIN.matcher(t).matches()) {
            return null;
        }
        return Double.valueOf(t);
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
