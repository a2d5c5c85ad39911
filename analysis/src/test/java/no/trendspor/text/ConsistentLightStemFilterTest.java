package no.trendspor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.no.NorwegianLightStemmer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConsistentLightStemFilterTest {

    private static String stem(String word) {
        return ConsistentLightStemFilter.stem(word);
    }

    private static String lucene(String word) {
        char[] chars = word.toCharArray();
        NorwegianLightStemmer s = new NorwegianLightStemmer(NorwegianLightStemmer.BOKMAAL | NorwegianLightStemmer.NYNORSK);
        return new String(chars, 0, s.stem(chars, chars.length));
    }

    private static Set<String> stems(String forms) {
        return Arrays.stream(forms.split(" ")).map(ConsistentLightStemFilterTest::stem).collect(Collectors.toSet());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "gevinst gevinster gevinsten gevinstene gevinstens",
        "plass plasser plassen plassene plassens",
        "ressurs ressurser ressursen ressursene ressursane",
        "prosess prosesser prosessen prosessene",
        "kurs kursene kurset kurser",
        "frist fristen frister fristene",
        "vekst veksten",
        "befolkningsvekst befolkningsveksten",
        "tjeneste tjenester tjenesten tjenestene tjenestes",
        "helsetjeneste helsetjenester helsetjenesten",
        "konsekvens konsekvenser konsekvensen konsekvensene",
        "innsats innsatser innsatsen",
        "test tester testen",
        "kunst kunsten",
        "kulturhus kulturhuset",
        "viktig viktigst viktigste",
    })
    void allFormsOfAWordShareOneStem(String forms) {
        assertEquals(1, stems(forms).size(), () -> forms + " -> " + stems(forms));
    }

    @Test
    void theLuceneStemmerAloneSplitsTheseForms() {
        // what the filter corrects: the base form loses letters that its inflected forms keep
        assertNotEquals(lucene("gevinst"), lucene("gevinster"));
        assertNotEquals(lucene("plass"), lucene("plasser"));
        assertNotEquals(lucene("tjeneste"), lucene("tjenester"));
    }

    @Test
    void distinctWordsStayDistinct() {
        assertNotEquals(stem("frist"), stem("frihet"));
        assertNotEquals(stem("fristen"), stem("fri"));
        assertNotEquals(stem("kunst"), stem("kun"));
        assertNotEquals(stem("gevinst"), stem("tjeneste"));
        assertNotEquals(stem("plass"), stem("prosess"));
        assertNotEquals(stem("ressurs"), stem("kurs"));
        assertNotEquals(stem("vekst"), stem("veke"));
        assertNotEquals(stem("tekst"), stem("test"));
        assertNotEquals(stem("post"), stem("plass"));
        assertNotEquals(stem("mest"), stem("flest"));
    }

    @Test
    void commonWordsKeepAUsefulStem() {
        assertEquals("tjen", stem("tjeneste")); // not over-stemmed to "tje" as by stemming twice
        assertEquals("tjen", stem("tjenester"));
        assertEquals("kunst", stem("kunst"));
        assertEquals("lyst", stem("lyst"));
        assertEquals("vekst", stem("vekst"));
        assertEquals("test", stem("tester"));
        assertEquals("post", stem("post"));
        assertEquals("mest", stem("mest"));
        assertEquals("høy", stem("høyest")); // superlatives in -est are still stripped
        assertEquals(lucene("flest"), stem("flest"));
        // nouns in -se are not stripped past their "s" (syntese is not "syn")
        assertEquals(stem("syntese"), stem("syntesen"));
        assertNotEquals(stem("syntese"), stem("syn"));
        assertNotEquals(stem("grense"), stem("gren"));
    }

    @Test
    void theAnalyzerUsesTheFilterForTheLightStemmer() {
        NorwegianTextAnalyzer a = new NorwegianTextAnalyzer(StemmerChoice.LIGHT);
        assertEquals(a.analyze("gevinst").terms(TermKind.STEM), a.analyze("gevinstene").terms(TermKind.STEM));
        assertEquals(a.analyze("tjeneste").terms(TermKind.STEM), a.analyze("tjenester").terms(TermKind.STEM));
        assertNotEquals(a.analyze("frist").terms(TermKind.STEM), a.analyze("frihet").terms(TermKind.STEM));
    }
}
