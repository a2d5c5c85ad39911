package no.trendspor.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.trendspor.model.ReportDocument;
import org.junit.jupiter.api.Test;

/**
 * Series that stay whole across years and report editions, and different quantities that stay
 * apart. Sentences and figures written for the test.
 */
class SeriesJoinTest {

    private static List<IndicatorSeries> percentSeries(List<ReportDocument> docs, String term) {
        return IndicatorAnalysis.analyze(docs).stream()
                .filter(s -> s.unit() == IndicatorUnit.PERCENT && s.key().contains(term)).toList();
    }

    @Test
    void aQuantityRestatedByLaterReportsIsOneSeriesWhateverTheSectorIsCalled() {
        // three reports, each stating "from X in year A to Y in year B"; the middle one's sector
        // heading was read wrongly (a sentence) and its wording differs
        List<ReportDocument> docs = List.of(
                IndicatorAnalysisTest.report(2016, "Grunnskoleopplæring",
                        "Andelen elever med spesialundervisning er redusert fra 7,2 prosent i 2015 til 6,4 prosent i 2016.",
                        "Alle skoler har fått nye læremidler i matematikk."),
                IndicatorAnalysisTest.report(2017, "Elevene lærer mer enn før",
                        "Andel elever som får spesialundervisning gikk ned fra 6,4 prosent i 2016 til 5,3 prosent i 2017.",
                        "Skolebiblioteket er utvidet."),
                IndicatorAnalysisTest.report(2018, "Oppvekst skole",
                        "Andelen elever med spesialundervisning er redusert fra 7,2 prosent i 2015 til 4,7 prosent i 2018.",
                        "Nye uteområder er tatt i bruk."));
        List<IndicatorSeries> series = percentSeries(docs, "elev");
        assertEquals(1, series.size(), series.toString());
        IndicatorSeries s = series.get(0);
        assertEquals(List.of(2015, 2016, 2017, 2018), s.points().stream().map(SeriesPoint::year).toList());
        assertEquals(List.of(7.2, 6.4, 5.3, 4.7), s.points().stream().map(SeriesPoint::value).toList());
        assertTrue(s.conflicts().isEmpty());
        assertEquals("andelen elever med spesialundervisning", s.name());
        assertFalse(s.joins().isEmpty(), "observations under another name or sector say why they joined");
        SeriesJoin join = s.joins().stream().filter(j -> j.name().contains("får")).findFirst().orElseThrow();
        assertEquals("values-agree", join.reason());
        assertEquals(List.of(2016), join.agreeingYears());
        assertTrue(join.sharedTerms().contains("elev"), join.toString());
    }

    @Test
    void differentQuantitiesSharingAHeadNounStayApart() {
        List<ReportDocument> docs = List.of(
                IndicatorAnalysisTest.report(2017, "Skole", "I sommer fikk 120 elever tilbud om sommerskole."),
                IndicatorAnalysisTest.report(2019, "Skole", "Skolene i kommunen har 16 200 elever."));
        List<IndicatorSeries> counts = IndicatorAnalysis.analyze(docs).stream()
                .filter(s -> s.unit() == IndicatorUnit.COUNT).toList();
        assertEquals(2, counts.size(), counts.toString());
        assertTrue(counts.stream().allMatch(s -> s.points().size() == 1), counts.toString());
    }

    @Test
    void valuesThatDisagreeForAYearAreNeverJoinedAcrossSectors() {
        List<ReportDocument> docs = List.of(
                IndicatorAnalysisTest.report(2017, "Barnehage", "Sykefraværet var 8,1 prosent i 2017."),
                IndicatorAnalysisTest.report(2017, "Skole", "Sykefraværet var 6,0 prosent i 2017."));
        // two sectors of one year: two documents of the same municipality and year, told apart by sector
        assertEquals(2, percentSeries(docs, "sykefravær").size());
    }

    @Test
    void aNumberWithoutARecognisableNameStaysOnItsStatement() {
        ReportDocument doc = IndicatorAnalysisTest.report(2019, "Økonomi",
                "Det var disponibelt 2,7 mrd. kroner til investeringer. Av dette er 2,2 mrd. kroner brukt.");
        IndicatorResult r = IndicatorAnalysis.result(no.trendspor.match.AlignedCorpus.of(List.of(doc)));
        assertTrue(r.series().stream().noneMatch(s -> s.name().isBlank() || s.name().contains("dette")
                || s.name().contains("brukt")), r.series().toString());
        assertEquals(1, r.unnamed().size(), r.unnamed().toString());
        UnnamedObservation u = r.unnamed().get(0);
        assertEquals(2.2e9, u.value());
        assertEquals("2,2 mrd. kroner", u.source().quote());
        assertEquals("Økonomi", u.sector());
    }

    @Test
    void aStatementWithoutANameJoinsTheOneSeriesWhoseYearsItRestates() {
        List<ReportDocument> docs = List.of(
                IndicatorAnalysisTest.report(2016, "Skole",
                        "Andelen elever med spesialundervisning er redusert fra 7,2 prosent i 2015 til 6,4 prosent i 2016."),
                IndicatorAnalysisTest.report(2017, "Skolen i tall",
                        "Tidlig innsats virker. Det er en nedgang fra 6,4 prosent i 2016 til 5,3 prosent i 2017."));
        IndicatorResult r = IndicatorAnalysis.result(no.trendspor.match.AlignedCorpus.of(docs));
        List<IndicatorSeries> series = r.series().stream().filter(s -> s.unit() == IndicatorUnit.PERCENT).toList();
        assertEquals(1, series.size(), series.toString());
        assertEquals(List.of(2015, 2016, 2017), series.get(0).points().stream().map(SeriesPoint::year).toList());
        SeriesJoin join = series.get(0).joins().get(0);
        assertEquals("values-agree-unnamed", join.reason());
        assertEquals(List.of(2016), join.agreeingYears());
        assertTrue(r.unnamed().isEmpty(), r.unnamed().toString());
    }

    @Test
    void oneNameForValuesOrdersOfMagnitudeApartIsTwoQuantities() {
        List<ReportDocument> docs = List.of(
                IndicatorAnalysisTest.report(2017, "Skole", "Skolene hadde 120 elever."),
                IndicatorAnalysisTest.report(2019, "Skole", "Skolene hadde 16 200 elever."),
                IndicatorAnalysisTest.report(2020, "Skole", "Skolene hadde 16 400 elever."));
        List<IndicatorSeries> counts = IndicatorAnalysis.analyze(docs).stream()
                .filter(s -> s.unit() == IndicatorUnit.COUNT).toList();
        assertEquals(2, counts.size(), counts.toString());
        assertEquals(List.of(1, 2), counts.stream().map(s -> s.points().size()).sorted().toList());
    }

    @Test
    void wordsSayingWhereItWasMeasuredDoNotSplitASeries() {
        List<ReportDocument> docs = List.of(
                IndicatorAnalysisTest.report(2018, "Helse og omsorg", "Sykefraværet i sektoren var 8,1 prosent."),
                IndicatorAnalysisTest.report(2019, "Helse og omsorg", "Sykefraværet var 7,6 prosent."),
                IndicatorAnalysisTest.report(2020, "Helse og omsorg",
                        "Sykefraværet i helse og omsorg var 7,2 prosent."));
        List<IndicatorSeries> series = percentSeries(docs, "sykefravær");
        assertEquals(1, series.size(), series.toString());
        assertEquals(3, series.get(0).points().size());
        assertTrue(series.get(0).joins().stream().allMatch(j -> j.reason().equals("similar-name")),
                series.get(0).joins().toString());
    }

    @Test
    void aShareNamedWithOrWithoutAndelIsOneSeriesButAHeadNounAloneIsNot() {
        List<ReportDocument> docs = List.of(
                IndicatorAnalysisTest.report(2018, "Skole", "Andelen elever med leksehjelp var 31 prosent."),
                IndicatorAnalysisTest.report(2019, "Skole", "Elever med leksehjelp utgjorde 34 prosent."),
                IndicatorAnalysisTest.report(2020, "Skole", "Andelen elever var 36 prosent."));
        List<IndicatorSeries> series = percentSeries(docs, "elev");
        assertEquals(2, series.size(), series.toString());
        assertTrue(series.stream().anyMatch(s -> s.points().size() == 2), series.toString());
    }
}
