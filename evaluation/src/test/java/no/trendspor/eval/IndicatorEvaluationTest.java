package no.trendspor.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.trendspor.Trendspor;
import no.trendspor.indicators.IndicatorUnit;
import no.trendspor.match.AnalysisOptions;
import no.trendspor.model.ReportDocument;
import org.junit.jupiter.api.Test;

/**
 * Indicator precision, recall and series kept whole on the dev gold, held as floors (issue 13's
 * targets: precision and recall at least 0.95, every gold series of two or more years whole), and
 * the corpus audit: no indicator name that is not a noun phrase.
 */
class IndicatorEvaluationTest {

    @Test
    void indicatorsOnIngestedGoldDocumentsReachTheTargets() {
        List<GoldFile> gold = GoldFixture.all();
        List<ReportDocument> docs = GoldFixture.ingested(gold);
        IndicatorEvaluation.Result r = IndicatorEvaluation.evaluate(gold,
                IndicatorEvaluation.observations(Trendspor.analyzeDocuments(docs, AnalysisOptions.defaults())));
        IndicatorEvaluation.Scores s = r.total();
        assertTrue(s.precision() >= 0.95, () -> s + "\n" + r.extras());
        assertTrue(s.recall() >= 0.95, () -> s + "\n" + r.misses());
        assertEquals(s.goldSeries(), s.seriesWhole(), () -> s + "\n" + r.splitSeries());
        assertTrue(s.goldSeries() >= 2, s::toString);
    }

    @Test
    void scoresCountOneToOneAndSeriesSplitOverTwoOutputSeries() {
        GoldFile.Indicator ind = new GoldFile.Indicator("rom", "count", List.of(
                new GoldFile.IndicatorObservation(2015, 11, "a.json", "fra 11 til 22 rom"),
                new GoldFile.IndicatorObservation(2016, 22, "a.json", "fra 11 til 22 rom")));
        GoldFile g = new GoldFile("c", "Testby", List.of(new GoldFile.Document("a.json", 2016, "S", true)),
                List.of(), List.of(), List.of(), List.of(ind));
        List<IndicatorEvaluation.OutputObservation> output = List.of(
                new IndicatorEvaluation.OutputObservation("s1", "a.json", 2015, 11, IndicatorUnit.COUNT, false, "11"),
                new IndicatorEvaluation.OutputObservation("s2", "a.json", 2016, 22, IndicatorUnit.COUNT, false, "22"),
                new IndicatorEvaluation.OutputObservation("s2", "a.json", 2016, 22, IndicatorUnit.COUNT, false, "22"),
                new IndicatorEvaluation.OutputObservation(null, "a.json", 2016, 5, IndicatorUnit.PERCENT, false, "5 %"),
                new IndicatorEvaluation.OutputObservation("s3", "a.json", 2015, 9, IndicatorUnit.COUNT, true, "9"),
                new IndicatorEvaluation.OutputObservation("s9", "other.json", 2016, 1, IndicatorUnit.COUNT, false, "1"));
        IndicatorEvaluation.Scores s = IndicatorEvaluation.evaluate(List.of(g), output).total();
        assertEquals(new IndicatorEvaluation.Scores(2, 2, 4, 2, 1, 1, 0), s);
        assertEquals(0.5, s.precision(), 1e-12);
        assertEquals(1.0, s.recall(), 1e-12);
    }

    @Test
    void theCorpusAuditFindsNoNameThatIsNotANounPhrase() {
        List<java.nio.file.Path> inputs = CorpusAudit.inputs(GoldFixture.sharedDir("corpus"),
                GoldFixture.sharedDir("seeds"));
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        CorpusAudit.Counts counts;
        try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            counts = CorpusAudit.print(out, inputs, AnalysisOptions.defaults());
        }
        String text = buffer.toString(StandardCharsets.UTF_8);
        assertEquals(List.of(), counts.badNames(), text);
        for (String junk : List.of(" / dette (", " / brukt (", " / utgangen (", "(uten navn)")) {
            assertTrue(!text.contains(junk), junk);
        }
        assertTrue(counts.series() > 0 && counts.chartedSeries() > 0, text);
    }
}
