package no.trendspor.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import no.trendspor.indicators.Observation.Kind;
import no.trendspor.indicators.Observation.YearBasis;
import no.trendspor.indicators.QualitativeObservation.StatedDirection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Example sentences written for these tests (general report language, not quoted from any source). */
class IndicatorExtractorTest {

    private final IndicatorExtractor extractor = new IndicatorExtractor();

    private List<Observation> read(String text, int reportYear) {
        StatementIndicators r = extractor.extract("s1", text, "test.txt", reportYear);
        for (Observation o : r.observations()) {
            Provenance p = o.provenance();
            assertEquals(text.substring(p.start(), p.end()), p.quote(), "span and quote agree");
            assertEquals("s1", p.statementId());
        }
        return r.observations();
    }

    private static String summary(List<Observation> obs) {
        return obs.stream().map(o -> o.year() + ":" + o.value() + ":" + o.unit() + ":" + o.kind()
                + (o.derived() ? ":derived" : "")).collect(Collectors.joining(" "));
    }

    @Test
    void percentagesWithTheirOwnYears() {
        List<Observation> obs = read("Sykefraværet gikk ned fra 6,8 prosent i 2017 til 5,9 prosent i 2019.", 2019);
        assertEquals("2017:6.8:PERCENT:LEVEL 2019:5.9:PERCENT:LEVEL", summary(obs));
        assertEquals(YearBasis.STATED, obs.get(0).yearBasis());
        assertTrue(obs.get(0).key().contains("sykefravær"), obs.get(0).key());
        assertEquals(obs.get(0).key(), obs.get(1).key(), "both values name the same indicator");
    }

    @Test
    void fromToWithoutYearGivesTheYearBefore() {
        List<Observation> obs = read("Avdelingen er utvidet fra 12 til 15 plasser.", 2021);
        assertEquals("2020:12.0:COUNT:LEVEL 2021:15.0:COUNT:LEVEL", summary(obs));
        assertEquals(YearBasis.PREVIOUS, obs.get(0).yearBasis());
        assertEquals("plasser", obs.get(0).name());
        assertEquals("fra 12 til 15 plasser", obs.get(0).provenance().quote());
    }

    @Test
    void changeWithLevelImpliesThePreviousValue() {
        List<Observation> obs = read("Antall brukere ble redusert med 40 personer til 1 960.", 2021);
        assertEquals("2021:-40.0:COUNT:CHANGE 2021:1960.0:COUNT:LEVEL 2020:2000.0:COUNT:LEVEL:derived", summary(obs));
        assertEquals(YearBasis.IMPLIED, obs.get(2).yearBasis());
        assertTrue(obs.get(1).name().startsWith("antall brukere"), obs.get(1).name());
    }

    @Test
    void percentagePointChange() {
        List<Observation> obs = read("Ledigheten falt til 3,1 prosent, ned 1,2 prosentpoeng.", 2020);
        assertEquals("2020:3.1:PERCENT:LEVEL 2020:-1.2:PERCENTAGE_POINTS:CHANGE 2019:4.3:PERCENT:LEVEL:derived",
                summary(obs));
        assertEquals("ned 1,2 prosentpoeng", obs.get(1).provenance().quote());
        assertEquals(obs.get(0).name(), obs.get(1).name(), "the change inherits the subject");
    }

    @Test
    void thousandsSeparatorsOfAllKinds() {
        assertEquals("2018:16200.0:COUNT:LEVEL", summary(read("Biblioteket hadde 16 200 besøkende.", 2018)));
        assertEquals("2018:16200.0:COUNT:LEVEL", summary(read("Biblioteket hadde 16\u00a0200 besøkende.", 2018)));
        assertEquals("2018:16200.0:COUNT:LEVEL", summary(read("Biblioteket hadde 16\u2009200 besøkende.", 2018)));
        assertEquals("2018:2500.0:COUNT:LEVEL", summary(read("Om lag 2 500 deltakere kom.", 2018)));
    }

    @Test
    void money() {
        List<Observation> obs = read("Tilskuddet var 2,5 mill. kr i 2020 og 3 millioner kroner i 2021.", 2021);
        assertEquals("2020:2500000.0:MONEY:LEVEL 2021:3000000.0:MONEY:LEVEL", summary(obs));
        assertEquals("2,5 mill. kr", obs.get(0).provenance().quote());
        assertEquals("2019:1.2E9:MONEY:LEVEL", summary(read("Fondet var 1,2 mrd. kroner.", 2019)));
        assertEquals("2019:450.0:MONEY:LEVEL", summary(read("Egenandelen er kr 450 per time.", 2019)));
    }

    @Test
    void numberWordsCountNouns() {
        assertEquals("2021:11.0:COUNT:LEVEL", summary(read("Elleve nye omsorgsboliger ble tatt i bruk.", 2021)));
        assertEquals("2021:1.0:COUNT:LEVEL", summary(read("Det er åpnet én ny legevakt.", 2021)));
        List<Observation> obs = read("Fem mindre kontorer er slått sammen til to større.", 2021);
        assertEquals("2020:5.0:COUNT:LEVEL 2021:2.0:COUNT:LEVEL", summary(obs));
        assertEquals(obs.get(0).key(), obs.get(1).key(), "the bare count takes the first count's name");
        assertEquals("2021:3.0:COUNT:LEVEL", summary(read("Ordningen gjelder i tre av fem bydeler.", 2021)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Det ble ansatt en ny leder og ett nytt team.",
        "Ett av tiltakene er videreført.",
        "Tilbudet gjelder barn 1–5 år og ungdom mellom 16 og 19 år.",
        "Gruppen er for barn 6-12 år.",
        "Ordningen startet 1. september og ble evaluert 14.03.2021.",
        "Møtet starter klokken 18.30 hver tirsdag.",
        "Se tabell 12 og figur 3 for detaljer.",
        "Elevene på 1.–7. trinn lærer om det 20. århundre.",
        "Utslipp av CO2 per km2 er kartlagt.",
        "Planen Helse 2030 ble vedtatt i 2019.",
        "Familiene følges opp etter 3, 6 og 9 måneder.",
        "Versjon 2.0 av systemet er tatt i bruk.",
        "Vi møtes to ganger i året.",
        "Det gjelder 16-åringer og 20-tallet.",
        "Kommunen er sertifisert etter ISO 14001.",
        "Målet er minst 70 prosent innen utgangen av perioden.",
        "Normen er maks 15 barn per voksen.",
    })
    void notMeasuredValues(String sentence) {
        assertEquals("", summary(read(sentence, 2021)), sentence);
    }

    @Test
    void yearBeforeTheValueInTheSentence() {
        List<Observation> obs = read("I 2019 deltok 312 elever i sommerskolen.", 2020);
        assertEquals("2019:312.0:COUNT:LEVEL", summary(obs));
        assertEquals(YearBasis.STATED, obs.get(0).yearBasis());
    }

    @Test
    void relativeChanges() {
        List<Observation> obs = read("Antall søknader økte med 12 prosent.", 2020);
        assertEquals("2020:12.0:PERCENT:CHANGE", summary(obs));
        assertEquals("2020:-30.0:COUNT:CHANGE", summary(read("Det var 30 færre klager enn året før.", 2020)));
        List<Observation> diff = read("Resultatet ble 40 mill. kr, som er 5 mill. kr lavere enn i 2018.", 2020);
        assertEquals("2020:4.0E7:MONEY:LEVEL 2020:-5000000.0:MONEY:CHANGE", summary(diff));
        assertEquals(diff.get(0).name(), diff.get(1).name(), "the difference is about the sentence's subject");
    }

    @Test
    void statedDirectionsWithoutNumbers() {
        List<QualitativeObservation> q = extractor
                .extract("s2", "Antall søknader om økonomisk sosialhjelp øker. Ventetiden er stabil.", "t", 2020)
                .qualitative();
        assertEquals(2, q.size());
        assertEquals(StatedDirection.UP, q.get(0).direction());
        assertTrue(q.get(0).subject().startsWith("antall søknader"), q.get(0).subject());
        assertEquals(StatedDirection.STABLE, q.get(1).direction());
        assertEquals("ventetiden", q.get(1).subject());
        assertEquals(StatedDirection.DOWN, extractor.extract("s3", "Sykefraværet er redusert.", "t", 2020)
                .qualitative().get(0).direction());
        assertEquals(StatedDirection.DOWN, extractor.extract("s4", "Antall klager går ned.", "t", 2020)
                .qualitative().get(0).direction());
    }

    @Test
    void intentionsAreNotStatedDirections() {
        assertEquals(List.of(), extractor.extract("s", "Bruken av digitale verktøy må økes.", "t", 2020).qualitative());
        assertEquals(List.of(), extractor.extract("s", "Tiltaket skal redusere ventetiden.", "t", 2020).qualitative());
        assertEquals(List.of(), extractor.extract("s", "Det stiller økte krav til ledelse.", "t", 2020).qualitative());
    }

    @Test
    void splitWordDamageIsNotANumberWord() {
        // "til" broken into "ti l" by text extraction must not read as ten
        assertEquals("", summary(read("Tiltaket er knyttet ti l nye krav.", 2020)));
    }

    // ---- names and years of restated values (issue 13); sentences written for the test ----------

    private static String named(List<Observation> obs) {
        return obs.stream().map(o -> o.year() + ":" + o.value() + ":" + o.name()).collect(Collectors.joining(" | "));
    }

    @Test
    void anEarlierValueOfTheSameQuantityTakesItsName() {
        assertEquals("2017:5.3:andelen elever med spesialundervisning | 2016:6.4:andelen elever med spesialundervisning",
                named(read("Andelen elever med spesialundervisning var 5,3 prosent i 2017, ned fra 6,4 prosent i 2016.",
                        2017)));
        assertEquals("2020:7.9:sykefraværet | 2019:8.2:sykefraværet",
                named(read("Sykefraværet var 7,9 prosent, mot 8,2 prosent i fjor.", 2020)));
        List<Observation> refusals = read("I 2017 fikk 12 prosent av søkerne avslag, mot 14 prosent året før.", 2018);
        assertEquals(List.of(2017, 2016), refusals.stream().map(Observation::year).toList());
        assertTrue(refusals.get(0).name().startsWith("andel søkerne"), named(refusals));
        assertEquals(refusals.get(0).name(), refusals.get(1).name());
    }

    @Test
    void aValueComparedWithAnotherPopulationHasNoNameOfItsOwn() {
        List<Observation> obs = read("Rundt 30 prosent av innbyggerne er under 20 år mot 24 prosent i landet.", 2019);
        assertEquals("", obs.get(obs.size() - 1).name(), named(obs));
    }

    @Test
    void aPartOfAnAmountIsNotTheAmount() {
        List<Observation> obs = read("Det var disponibelt 900 mill. til vedlikehold i 2018, herav 120 mill. overført.",
                2018);
        assertEquals("", obs.get(1).name(), named(obs));
    }

    @Test
    void theSubjectStandsBeforeARelativeClauseAndAnAdverbialPhrase() {
        assertEquals("2016:4.0E8:reservefondet", named(read(
                "Reservefondet, som skal dekke uforutsette utgifter, utgjorde etter avsetninger 400 mill. i 2016.",
                2016)));
        assertEquals("2019:1.2E9:netto driftsresultat | 2019:1.5E8:netto driftsresultat", named(read(
                "I 2019 ble netto driftsresultat 1 200 mill., en forbedring på 150 mill. fra året før.", 2019)));
    }

    @Test
    void aYearLaterInTheClauseDatesTheCount() {
        List<Observation> obs = read("Kommunen hadde 9 800 elever i grunnskolen høsten 2018.", 2019);
        assertEquals("2018:9800.0:elever i grunnskolen", named(obs));
    }

    @Test
    void budgetDeviationsAndTargetsAreNoMeasurements() {
        assertEquals("2018:6.0E8:netto driftsresultat", named(read(
                "Netto driftsresultat ble 600 mill., 90 mill. bedre enn budsjettert.", 2018)));
        assertEquals("", named(read("Utslippene skal ned 40 prosent i 2030.", 2018)));
    }

    @Test
    void aCapitalisedNumberWordInsideASentenceIsPartOfAName() {
        assertEquals("", named(read("Kommunen deltar i programmet Tre steg mot jobb sammen med NAV.", 2019)));
        assertEquals("2019:4.0:sykehjem som har redusert matsvinn",
                named(read("Fire sykehjem har redusert matsvinn.", 2019)));
    }

    @Test
    void scoresAreNamedByTheirSubjectAndScaleBoundsAreNoValues() {
        assertEquals("2019:4.8:tilfredsheten", named(read("Tilfredsheten er 4,8 på en skala fra 1 til 6.", 2019)));
        assertEquals("2019:54.0:resultatet på nasjonale prøver",
                named(read("Resultatet på nasjonale prøver var 54 poeng.", 2019)));
    }

    @Test
    void spansOfTimeAndNumberedDocumentsAreNoValues() {
        assertEquals("", named(read("Behovet vil øke de neste 10 til 20 årene.", 2019)));
        assertEquals("", named(read("Tiltakene følger opp stortingsmelding 15 om eldre.", 2019)));
    }

    /**
     * Issue 19: a statement longer than one pass is read in pieces of whole sentences, giving what
     * each sentence gives on its own (reading a sentence never looks into another), in linear time.
     */
    @Test
    void aVeryLongStatementIsReadSentenceBySentence() {
        String[] sentences = {
            "Sykefraværet gikk ned fra 6,8 prosent i 2017 til 5,9 prosent i 2019.",
            "Avdelingen er utvidet fra 12 til 15 plasser.",
            "Ventetiden er redusert med 3 uker.",
            "Antall brukere økte."};
        StringBuilder text = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        List<String> expectedQuotes = new java.util.ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String one = sentences[i % sentences.length];
            text.append(one).append(' ');
            List<Observation> alone = read(one, 2019);
            expected.append(summary(alone)).append(alone.isEmpty() ? "" : " ");
            alone.forEach(o -> expectedQuotes.add(o.provenance().quote()));
        }
        assertTrue(Token.tokenize(text.toString()).size() > 3 * IndicatorExtractor.MAX_TOKENS_PER_PASS);
        List<Observation> all = read(text.toString().strip(), 2019);
        assertEquals(expected.toString().strip(), summary(all));
        assertEquals(expectedQuotes, all.stream().map(o -> o.provenance().quote()).toList());
    }

    /** Issue 19: one sentence of thousands of numbers gives an answer, in pieces, without error. */
    @Test
    void aSentenceOfThousandsOfNumbersIsRead() {
        StringBuilder text = new StringBuilder("Tallene er");
        for (int i = 1; i <= 5_000; i++) {
            text.append(' ').append(i % 1000).append(" 000");
        }
        StatementIndicators r = extractor.extract("s1", text.append(" prosent.").toString(), "test.txt", 2019);
        assertTrue(r.observations().stream().allMatch(o -> Double.isFinite(o.value())));
    }

    /** Issue 19: a number too large for any municipal figure (or for a double) is no measured value. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Andelen er 999999999999999999999999999999,5 prosent.",
        "Budsjettet er 5 000 000 mrd. kroner.",
        "Vi har 1234567890123456789012345678901234567890,1 elever."})
    void numbersTooLargeForAMeasurementAreNotRead(String text) {
        assertEquals(List.of(), read(text, 2019));
    }

    /** Found by fuzzing: digits other than ASCII ("١٢", "１２") made Double.parseDouble throw. */
    @Test
    void digitsOfOtherScriptsAreReadAsTheirValue() {
        assertEquals("2019:12.0:PERCENT:LEVEL", summary(read("Andelen er \u0661\u0662 prosent.", 2019)));
        assertEquals("2019:12.0:PERCENT:LEVEL", summary(read("Andelen er \uFF11\uFF12 prosent.", 2019)));
        read("Tallet \u0660 og \u0660,\u0665 og 1 \u0660\u0660\u0660 elever.", 2019);
    }
}
