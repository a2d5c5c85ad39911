package no.trendspor.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class NorwegianNumberProperties {

    private final IndicatorExtractor extractor = new IndicatorExtractor();

    /** Writes n the Norwegian way: groups of three separated by the given space character. */
    static String norwegian(long n, char space) {
        String digits = Long.toString(n);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                b.append(space);
            }
            b.append(digits.charAt(i));
        }
        return b.toString();
    }

    @Property
    void groupedCountsAreReadBack(@ForAll @LongRange(min = 0, max = 999_999_999) long n,
            @ForAll @IntRange(min = 0, max = 2) int spaceKind) {
        char space = new char[] {' ', '\u00a0', '\u2009'}[spaceKind];
        String written = norwegian(n, space);
        if (written.length() == 4) {
            return; // four digits without a separator could be a year; covered by the example tests
        }
        List<Observation> obs = extractor.extract("p", "Tjenesten hadde " + written + " brukere.", "t", 2020)
                .observations();
        assertEquals(1, obs.size(), written);
        assertEquals((double) n, obs.get(0).value(), 0.0, written);
        assertEquals(written + " brukere", obs.get(0).provenance().quote());
    }

    @Property
    void decimalCommaPercentagesAreReadBack(@ForAll @IntRange(min = 0, max = 99) int whole,
            @ForAll @IntRange(min = 0, max = 9) int tenth, @ForAll @IntRange(min = 2000, max = 2030) int year) {
        String text = String.format(Locale.ROOT, "Andelen var %d,%d prosent i %d.", whole, tenth, year);
        List<Observation> obs = extractor.extract("p", text, "t", 2031).observations();
        assertEquals(1, obs.size(), text);
        assertEquals(whole + tenth / 10.0, obs.get(0).value(), 1e-9);
        assertEquals(year, obs.get(0).year());
        assertEquals(IndicatorUnit.PERCENT, obs.get(0).unit());
    }
}
