package no.trendspor.keyfigures;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;
import no.trendspor.indicators.IndicatorUnit;

/**
 * What a key-figure table series measures when no unit column says it: read from the unit or the
 * indicator's name ("Andel barn ... (prosent)", "Netto driftsutgifter ... kr", "Antall ...") and,
 * for a share, checked against the values (a share lies between 0 and 100). SSB's own exports
 * often carry neither a unit column nor the unit in the label, so the name's head noun is the
 * evidence most tables give.
 */
public final class TableUnits {

    private static final Pattern MONEY = Pattern.compile(
            "\\b(kr|kroner|nok|1000 kr|1 000 kr|utgifter|driftsutgifter|inntekter|kostnad(er)?|lønn|gjeld)\\b");
    private static final Pattern PERCENT_WORD = Pattern.compile("\\b(prosent|andel|prosentandel|dekningsgrad)\\b|%");
    private static final Pattern POINTS = Pattern.compile("\\bprosentpoeng\\b");
    private static final Pattern COUNT = Pattern.compile("^(antall|tall på)\\b|\\b(antall|personer|årsverk)\\b");

    private TableUnits() {
    }

    /**
     * The unit of a table series, or {@code null} when neither unit nor name says.
     *
     * @param unit      the table's unit, or {@code null}
     * @param indicator the indicator's label
     * @param values    the series' values, to check a share is one
     */
    public static IndicatorUnit infer(String unit, String indicator, Collection<Double> values) {
        String text = ((unit == null ? "" : unit + " ") + indicator).toLowerCase(Locale.ROOT);
        if (POINTS.matcher(text).find()) {
            return IndicatorUnit.PERCENTAGE_POINTS;
        }
        if (unit != null) {
            String u = unit.toLowerCase(Locale.ROOT);
            if (PERCENT_WORD.matcher(u).find()) {
                return IndicatorUnit.PERCENT;
            }
            if (MONEY.matcher(u).find()) {
                return IndicatorUnit.MONEY;
            }
            if (COUNT.matcher(u).find()) {
                return IndicatorUnit.COUNT;
            }
        }
        boolean share = values.stream().allMatch(v -> v == null || (v >= 0 && v <= 100));
        if (PERCENT_WORD.matcher(text).find() && share) {
            return IndicatorUnit.PERCENT;
        }
        if (MONEY.matcher(text).find()) {
            return IndicatorUnit.MONEY;
        }
        if (COUNT.matcher(text).find()) {
            return IndicatorUnit.COUNT;
        }
        return null;
    }

    /** The unit of {@code t}, from its unit, name and values. */
    public static IndicatorUnit of(TableSeries t) {
        return infer(t.unit(), t.indicator(), t.values().values());
    }
}
