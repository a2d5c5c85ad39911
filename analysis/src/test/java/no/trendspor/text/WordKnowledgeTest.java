package no.trendspor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.List;
import no.trendspor.match.StatementSimilarity;
import org.junit.jupiter.api.Test;

/**
 * Word knowledge: equivalence groups (no files needed), and the GPL dictionaries where Debian
 * installs them (hunspell-no, mythes-no); those tests are skipped when the files are absent.
 */
class WordKnowledgeTest {

    private static final String[] TEXTS = {
        "Reformen Leve hele livet skal gi bedre tjenester til innbyggerne.",
        "Eldrereformen skal gi bedre tjenester til innbyggerne.",
        "Vi forbedret tilbudet i hjemmetjenesten.",
        "Barnehagelærere og helsesykepleiere er vanskelige å rekruttere.",
    };

    private static NorwegianTextAnalyzer analyzer(WordKnowledge k) {
        return new NorwegianTextAnalyzer(NorwegianTextAnalyzer.DEFAULT_STEMMER, true, k);
    }

    private static double score(NorwegianTextAnalyzer a, String x, String y) {
        List<AnalyzedText> texts = java.util.Arrays.stream(TEXTS).map(a::analyze).toList();
        StatementSimilarity s = StatementSimilarity.fit(texts, a::canonical, a.hasRelatedTerms() ? a::relatedTerms : null);
        return s.score(a.analyze(x), a.analyze(y));
    }

    @Test
    void withoutKnowledgeTheChainIsTheDefaultOne() {
        NorwegianTextAnalyzer plain = new NorwegianTextAnalyzer();
        NorwegianTextAnalyzer none = analyzer(WordKnowledge.load(WordKnowledgeSources.none(), List.of()));
        for (String t : TEXTS) {
            assertEquals(plain.analyze(t), none.analyze(t));
        }
    }

    @Test
    void anAnalystsEquivalenceMakesAProgrammeNameStandForItsTopic() {
        NorwegianTextAnalyzer plain = new NorwegianTextAnalyzer();
        NorwegianTextAnalyzer decided = analyzer(WordKnowledge.load(WordKnowledgeSources.none(),
                List.of(List.of("Leve hele livet", "eldrereformen"))));
        double before = score(plain, TEXTS[0], TEXTS[1]);
        double after = score(decided, TEXTS[0], TEXTS[1]);
        assertTrue(after > before + 0.05, before + " -> " + after);
        assertTrue(decided.analyze(TEXTS[0]).terms().stream().anyMatch(t -> t.kind() == TermKind.EQUIVALENT),
                decided.analyze(TEXTS[0])::toString);
        assertEquals(1, WordKnowledge.load(WordKnowledgeSources.none(), List.of(List.of("a", "b"))).use()
                .analystEquivalences());
    }

    @Test
    void theBundledPublicSectorListIsReadAndGroupsWholeWords() {
        WordKnowledge k = WordKnowledge.load(WordKnowledgeSources.bundled(), List.of());
        assertFalse(k.publicSectorGroups().isEmpty());
        k.publicSectorGroups().forEach(g -> assertTrue(g.size() >= 2, g::toString));
        NorwegianTextAnalyzer a = analyzer(k);
        assertEquals(a.canonical(a.analyze("sykefravær").terms().get(0).term()),
                a.canonical(a.analyze("sykefraværet").terms().get(0).term()));
    }

    @Test
    void hunspellGivesLemmasAndCompoundPartsWhenInstalled() {
        assumeTrue(Files.isRegularFile(WordKnowledgeSources.SYSTEM_HUNSPELL), "hunspell-no not installed");
        WordKnowledgeSources sources = WordKnowledgeSources.system().withoutThesaurus().withPublicSectorList(false);
        HunspellLexicon lexicon = HunspellLexicon.load(sources.hunspellAffix(), sources.hunspellDictionary());
        assertEquals("forbedre", lexicon.lemma("forbedret"));
        assertTrue(lexicon.compoundParts("spesialisthelsetjenesten").contains("spesialist"),
                lexicon.compoundParts("spesialisthelsetjenesten")::toString);
        NorwegianTextAnalyzer a = analyzer(WordKnowledge.load(sources, List.of()));
        assertEquals(WordKnowledgeSources.SYSTEM_HUNSPELL.toString(), a.knowledge().use().hunspell());
        // a compound the bundled parts list does not split now shares its parts
        assertTrue(a.analyze("klimaendringene").terms().stream().anyMatch(t -> t.kind() == TermKind.COMPOUND_PART),
                a.analyze("klimaendringene")::toString);
    }

    @Test
    void theThesaurusRelatesWordsWeaklyWhenInstalled() {
        assumeTrue(Files.isRegularFile(WordKnowledgeSources.SYSTEM_THESAURUS), "mythes-no not installed");
        WordKnowledgeSources sources = WordKnowledgeSources.system().withoutHunspell().withPublicSectorList(false);
        NorwegianTextAnalyzer a = analyzer(WordKnowledge.load(sources, List.of()));
        assertTrue(a.hasRelatedTerms());
        String styrke = a.stemOfWord("styrke");
        String forsterke = a.stemOfWord("forsterke");
        assertTrue(a.relatedTerms(styrke).contains(forsterke), () -> styrke + " ~ " + a.relatedTerms(styrke));
        assertTrue(a.relatedTerms(forsterke).contains(styrke), () -> forsterke + " ~ " + a.relatedTerms(forsterke));
        NorwegianTextAnalyzer plain = new NorwegianTextAnalyzer();
        String x = "Vi skal styrke samarbeidet med frivillige.";
        String y = "Vi skal forsterke samarbeidet med frivillige.";
        double weak = score(a, x, y);
        assertTrue(weak > score(plain, x, y) && weak < 1.0, () -> "thesaurus score " + weak);
    }
}
