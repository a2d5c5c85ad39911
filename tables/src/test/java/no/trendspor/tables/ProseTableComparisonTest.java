package no.trendspor.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import no.trendspor.indicators.IndicatorSeries;
import no.trendspor.indicators.IndicatorUnit;
import no.trendspor.indicators.Observation;
import no.trendspor.indicators.SeriesPoint;
import no.trendspor.keyfigures.SideBySide;
import no.trendspor.keyfigures.TableSeries;
import org.junit.jupiter.api.Test;

class ProseTableComparisonTest {

    // Made-up figures in SSB's long CSV layout.
    private static final String CSV = """
            "region";"statistikkvariabel";"år";"verdi"
            "0219 Bærum (-2019)";"Andel elever med spesialundervisning (prosent)";"2015";7,2
            "0219 Bærum (-2019)";"Andel elever med spesialundervisning (prosent)";"2018";5,1
            "0219 Bærum (-2019)";"Netto driftsutgifter per elev (kr)";"2018";101234
            """;

    private static IndicatorSeries prose(String name, IndicatorUnit unit, double v2015, double v2018) {
        return new IndicatorSeries("Bærum", "Oppvekst skole", name, name, unit, Observation.Kind.LEVEL,
                List.of(new SeriesPoint(2015, v2015, false, List.of()), new SeriesPoint(2018, v2018, false, List.of())),
                List.of(), List.of(), null);
    }

    private static List<TableSeries> tables() {
        KeyFigureTable table = KeyFigureTables.read("nokkeltall.csv", CSV.getBytes(StandardCharsets.UTF_8),
                TableDefaults.NONE);
        return TableSeriesGrouping.group(table.observations(), MunicipalityRegistry.bundled());
    }

    @Test
    void sameIndicatorIsPairedAndADisagreementFlagged() {
        List<SideBySide> pairs = new ProseTableComparison().compare(
                List.of(prose("andel elever med spesialundervisning", IndicatorUnit.PERCENT, 7.2, 4.7)), tables());
        assertEquals(1, pairs.size());
        SideBySide p = pairs.get(0);
        assertEquals(2, p.years().size());
        assertTrue(p.years().get(0).agree(), "7,2 in both");
        assertFalse(p.years().get(1).agree(), "4,7 in the prose, 5,1 in the table");
        assertTrue(p.disagreement());
    }

    @Test
    void roundingToTheStatedPrecisionIsAgreement() {
        assertTrue(ProseTableComparison.agree(7.2, 7.24));
        assertFalse(ProseTableComparison.agree(7.2, 7.3));
        assertTrue(ProseTableComparison.agree(16200, 16214), "16 200 is a round count");
        assertFalse(ProseTableComparison.agree(16210, 16230));
    }

    @Test
    void unrelatedIndicatorsAndIncompatibleUnitsAreNotPaired() {
        List<SideBySide> pairs = new ProseTableComparison().compare(List.of(
                prose("sykefravær", IndicatorUnit.PERCENT, 7.0, 6.0),
                prose("andel elever med spesialundervisning", IndicatorUnit.MONEY, 7.2, 4.7)), tables());
        assertTrue(pairs.isEmpty(), pairs.toString());
    }
}
