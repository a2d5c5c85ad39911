package no.trendspor.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import no.trendspor.model.LineSpan;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.SectionKind;
import no.trendspor.model.Sector;
import no.trendspor.model.Statement;
import no.trendspor.stats.ChangeSign;
import no.trendspor.stats.TrendDirection;
import org.junit.jupiter.api.Test;

/** Hand-built reports (sentences written for the test) for the series logic. */
class IndicatorAnalysisTest {

    static ReportDocument report(int year, String sector, String... texts) {
        List<Statement> statements = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            statements.add(new Statement("r" + year + "-" + (i + 1), SectionKind.RESULT, null, texts[i], texts[i],
                    new LineSpan(i + 1, i + 1), List.of()));
        }
        return new ReportDocument("rapport-" + year + ".txt", year, ReportDocument.YearSource.HINT, "Testby",
                List.of(new Sector(sector, Sector.NameSource.HINT, statements)), List.of(), List.of(), List.of(),
                texts.length);
    }

    private static List<ReportDocument> reports() {
        return List.of(
                report(2016, "Omsorg", "Sykefraværet er redusert fra 9,1 prosent i 2015 til 8,7 prosent i 2016."),
                report(2017, "Helse og omsorg",
                        "Sykefraværet er redusert fra 9,1 prosent i 2015, 8,7 prosent i 2016 og 8,2 prosent i 2017."),
                report(2018, "Helse og omsorg",
                        "Sykefraværet er redusert fra 9,0 prosent i 2015 til 7,9 prosent i 2018.",
                        "Antall brukere av trygghetsalarm øker."));
    }

    @Test
    void sectorNamesComeFromTheOneAlignmentHoweverOftenADocumentRepeatsThem() {
        ReportDocument one = report(2016, "Omsorg", "x");
        ReportDocument repeated = new ReportDocument("r.txt", 2018, ReportDocument.YearSource.HINT, "Testby",
                List.of(new Sector("Helse og omsorg", Sector.NameSource.HINT, List.of()),
                        new Sector("Helse og omsorg", Sector.NameSource.HINT, List.of()),
                        new Sector("Skole", Sector.NameSource.HINT, List.of()),
                        new Sector("Helse og omsorg", Sector.NameSource.HINT, List.of())),
                List.of(), List.of(), List.of(), 1);
        no.trendspor.match.AlignedCorpus corpus = no.trendspor.match.AlignedCorpus.of(List.of(one, repeated));
        // the newest report's name represents the sector; an unrelated one stays itself
        assertEquals("Helse og omsorg", corpus.sectorOf(one.sectors().get(0)));
        assertEquals(List.of("Helse og omsorg", "Helse og omsorg", "Skole", "Helse og omsorg"),
                repeated.sectors().stream().map(corpus::sectorOf).toList());
    }

    private static IndicatorSeries sickLeave(List<IndicatorSeries> all) {
        return all.stream().filter(s -> s.key().contains("sykefravær") && s.unit() == IndicatorUnit.PERCENT)
                .findFirst().orElseThrow();
    }

    @Test
    void seriesAcrossReportsIsDeduplicated() {
        IndicatorSeries s = sickLeave(IndicatorAnalysis.analyze(reports()));
        assertEquals("Helse og omsorg", s.sector(), "sector names linked, newest spelling");
        assertEquals("Testby", s.municipality());
        assertEquals(List.of(2015, 2016, 2017, 2018), s.points().stream().map(SeriesPoint::year).toList());
        SeriesPoint y2016 = s.points().get(1);
        assertEquals(8.7, y2016.value());
        assertEquals(2, y2016.sources().size(), "same value in two reports: one point, two provenances");
        assertEquals("rapport-2016.txt", y2016.sources().get(0).source());
    }

    @Test
    void differentValuesForOneYearAreAConflict() {
        IndicatorSeries s = sickLeave(IndicatorAnalysis.analyze(reports()));
        assertEquals(1, s.conflicts().size());
        Conflict c = s.conflicts().get(0);
        assertEquals(2015, c.year());
        assertEquals(List.of(9.0, 9.1), c.values().stream().map(SeriesPoint::value).toList());
        assertEquals(9.0, s.points().get(0).value(), "the newest report's value is used");
    }

    @Test
    void trendIsAttached() {
        IndicatorSeries s = sickLeave(IndicatorAnalysis.analyze(reports()));
        assertNotNull(s.trend());
        assertEquals(4, s.trend().points());
        assertEquals(ChangeSign.DECREASE, s.trend().statedChange());
        assertEquals(TrendDirection.INSUFFICIENT, s.trend().direction(), "four points cannot reach p < 0.05");
        assertEquals(-1.1, s.trend().percentagePointChange(), 1e-9);
    }

    @Test
    void directionsWithoutNumbersFormTheirOwnSeries() {
        IndicatorSeries alarms = IndicatorAnalysis.analyze(reports()).stream()
                .filter(s -> s.key().contains("trygghetsalarm")).findFirst().orElseThrow();
        assertTrue(alarms.points().isEmpty());
        assertNull(alarms.unit());
        assertNull(alarms.trend());
        assertEquals(QualitativeObservation.StatedDirection.UP, alarms.qualitative().get(0).direction());
    }

    @Test
    void directionsAttachToTheNumericSeriesOfTheSameSubject() {
        List<ReportDocument> docs = new ArrayList<>(reports());
        docs.add(report(2019, "Helse og omsorg", "Sykefraværet er stabilt."));
        IndicatorSeries s = sickLeave(IndicatorAnalysis.analyze(docs));
        assertEquals(1, s.qualitative().size());
        assertEquals(2019, s.qualitative().get(0).year());
    }

    @Test
    void outputIsDeterministicWhateverTheInputOrder() {
        List<ReportDocument> forward = reports();
        List<ReportDocument> backward = new ArrayList<>(forward);
        java.util.Collections.reverse(backward);
        List<IndicatorSeries> a = IndicatorAnalysis.analyze(forward);
        List<IndicatorSeries> b = IndicatorAnalysis.analyze(backward);
        assertEquals(a.stream().map(IndicatorSeries::key).toList(), b.stream().map(IndicatorSeries::key).toList());
        assertEquals(sickLeave(a).points(), sickLeave(b).points());
    }
}
