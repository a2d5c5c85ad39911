package no.trendspor.tables;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The one-pass readers of a year header and of SSB's validity suffix give what the regular
 * expressions they replace gave (those were quadratic in a long run of spaces, issue 19).
 */
class TableTextProperties {

    private static final Pattern YEAR_HEADER = Pattern.compile("^(.*?)[\\s,:(-]*\\b((?:18|19|20)\\d{2})\\)?\\s*\\*?$");
    private static final Pattern VALIDITY = Pattern.compile("\\s*\\(\\s*(?:\\d{4})?\\s*[-–]\\s*(?:\\d{4})?\\s*\\)\\s*$");

    @Property(tries = 3000)
    void yearHeaderAsTheRegex(@ForAll("headers") String header) {
        Matcher m = YEAR_HEADER.matcher(header);
        String[] expected = m.matches() ? new String[] {m.group(1), m.group(2)} : null;
        assertArrayEquals(expected, CsvTableReader.yearHeader(header), header);
    }

    /** Found by the property above: '$' ends before a final line terminator, but matches() must read it. */
    @Example
    void aFinalLineTerminatorAfterTheMarkIsNoYearHeader() {
        assertArrayEquals(null, CsvTableReader.yearHeader("2019*\n"));
        assertArrayEquals(new String[] {"", "2019"}, CsvTableReader.yearHeader("2019 *"));
    }

    @Property(tries = 3000)
    void validitySuffixAsTheRegex(@ForAll("labels") String label) {
        String stripped = label.strip();
        assertEquals(VALIDITY.matcher(stripped).replaceAll("").strip(), RegionLabel.withoutValidity(stripped).strip(),
                label);
    }

    @Provide
    Arbitrary<String> headers() {
        return Arbitraries.oneOf(
                Arbitraries.of("2019", "1899", "2100", "19", "Netto ", "år", "x", "_", "(", ")", "*", " ", "\t", "-",
                        ",", ":", "\n", "é", "2020*", "(2018)"),
                Arbitraries.strings().withChars('1', '8', '9', '2', '0', ' ', ')', '*', 'a', '(', '-', ',').ofMaxLength(3))
                .list().ofMaxSize(6).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> labels() {
        return Arbitraries.oneOf(
                Arbitraries.of("Bærum", " ", "(", ")", "-", "–", "2019", "2020", "123", "12345", "\t", "x", "(-2019)",
                        "(2020-2023)", "(2020- )"),
                Arbitraries.strings().withChars('(', ')', '-', '2', '0', '1', '9', ' ', 'a').ofMaxLength(4))
                .list().ofMaxSize(6).map(l -> String.join("", l));
    }
}
