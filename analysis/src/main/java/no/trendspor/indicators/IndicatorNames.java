package no.trendspor.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import no.trendspor.text.AnalyzedTerm;
import no.trendspor.text.NorwegianTextAnalyzer;
import no.trendspor.text.TermKind;

/**
 * Normalised keys for indicator names, so that "sykefraværet" (2019) and "Sykefraværet" (2020)
 * or "elever med spesialundervisning" / "elevene med spesialundervisning" link into one series.
 *
 * <p>The key comes from the same Norwegian analysis the challenge matching uses
 * ({@link NorwegianTextAnalyzer}: stop words, light stemmer, derivation folding, synonym groups
 * taken to their canonical term), so an indicator and a challenge about the same thing are read
 * the same way. The key is the sorted set of the name's stems, without words that say how much
 * rather than what, and without numbers; word order does not matter.
 */
public final class IndicatorNames {

    /** Runs of white space, no-break spaces included (compiled once: a name is displayed per value). */
    static final java.util.regex.Pattern SPACES =
            java.util.regex.Pattern.compile("[\\s\\u00A0\\u2007\\u2009\\u202F]+");

    /** Words that say how much, not what: dropped from keys so they do not split a series. */
    private static final Set<String> NOT_NAME_WORDS = Set.of(
            // size and novelty adjectives that describe the counted things, not the indicator
            "små", "store", "større", "mindre", "nye", "ny", "nytt", "flere", "færre", "ulike",
            // quantifier nouns ("antall X" and "andel X" measure X; the unit tells which)
            "antall", "antallet", "totalt", "samlet");

    // The analyzer is thread-safe (Lucene reuses components per thread) and costly to build.
    private static final NorwegianTextAnalyzer ANALYZER = new NorwegianTextAnalyzer();

    private IndicatorNames() {
    }

    /** The key for a name with the default analysis chain: sorted, de-duplicated stems of its content words. */
    public static String key(String name) {
        return key(name, ANALYZER);
    }

    /** The key for a name: sorted, de-duplicated stems of its content words, by this analysis chain. */
    public static String key(String name, NorwegianTextAnalyzer analyzer) {
        TreeSet<String> stems = new TreeSet<>();
        for (AnalyzedTerm t : analyzer.analyze(name).terms()) {
            if (t.kind() != TermKind.STEM || NOT_NAME_WORDS.contains(t.surface().toLowerCase(Locale.ROOT))
                    || t.term().chars().allMatch(Character::isDigit)) {
                continue;
            }
            stems.add(analyzer.canonical(t.term()));
        }
        return String.join(" ", stems);
    }

    /**
     * The name as a noun phrase a reader recognises, or "" when the words do not make one. Words
     * that open or close a phrase without naming anything are cut from its ends (determiners,
     * prepositions, conjunctions, adverbs, auxiliaries: "av dette", "brukt", "ved utgangen av");
     * what is left must hold a content word that is not a pronoun, a verb, or the noun of a fixed
     * adverbial phrase of time or scope ("utgangen", "årets slutt", "som helhet"). A verb after
     * the head noun opens a relative clause, written with "som" ("sykehjem har redusert matsvinn"
     * becomes "sykehjem som har redusert matsvinn"), so the name stays a noun phrase.
     */
    public static String nounPhrase(String name) {
        return NOUN_PHRASES.get(name);
    }

    /**
     * Noun phrases by name: reading a statement asks for the phrase of each candidate name several
     * times, and a national corpus repeats its names.
     */
    private static final no.trendspor.memo.BoundedMemo<String, String> NOUN_PHRASES =
            new no.trendspor.memo.BoundedMemo<>(50_000, IndicatorNames::freshNounPhrase);

    private static String freshNounPhrase(String name) {
        String shown = display(name);
        if (shown.isEmpty()) {
            return "";
        }
        List<String> words = new ArrayList<>(List.of(shown.split(" ")));
        while (!words.isEmpty() && opensNothing(words.get(0))) {
            words.remove(0);
        }
        // "journal og i KS": a conjunction before a preposition joins another phrase, not this name
        for (int i = 1; i + 1 < words.size(); i++) {
            String w = bare(words.get(i));
            if ((w.equals("og") || w.equals("eller")) && Lexicon.PREPOSITIONS.contains(bare(words.get(i + 1)))) {
                words.subList(i, words.size()).clear();
                break;
            }
        }
        while (!words.isEmpty() && (closesNothing(words.get(words.size() - 1))
                || words.size() > 1 && Lexicon.TIME_HEADS.contains(bare(words.get(words.size() - 1))))) {
            words.remove(words.size() - 1);
        }
        if (words.isEmpty()) {
            return "";
        }
        int content = -1;
        for (int i = 0; i < words.size(); i++) {
            String w = bare(words.get(i));
            if (!w.isEmpty() && !functionWord(w) && !Lexicon.VERBS.contains(w) && !Lexicon.ADVERBIAL_HEADS.contains(w)
                    && !Lexicon.QUALIFIERS.contains(w) && !Lexicon.QUANTITY_WORDS.contains(w)
                    && Character.isLetter(w.charAt(0))) {
                content = i;
                break;
            }
        }
        if (content < 0 || words.size() == 1 && participle(bare(words.get(0)))) {
            return "";
        }
        // "N har gjennomført X": the verb after the first noun starts a relative clause
        for (int i = content + 1; i < words.size(); i++) {
            String w = bare(words.get(i));
            if (w.equals("som")) {
                break;
            }
            if ((Lexicon.VERBS.contains(w) || passive(w)) && !Lexicon.PREPOSITIONS.contains(bare(words.get(i - 1)))) {
                words.add(i, "som");
                break;
            }
        }
        return String.join(" ", words);
    }

    /** True when the name is a noun phrase by {@link #nounPhrase}. */
    public static boolean recognisable(String name) {
        return !nounPhrase(name).isEmpty();
    }

    /** "gjennomføres", "etableres": the passive of a verb. */
    private static boolean passive(String w) {
        return w.length() >= 8 && (w.endsWith("eres") || w.endsWith("føres"));
    }

    /** "preparert", "etablert", "registrert": the past participle of an -ere verb, not a noun. */
    private static boolean participle(String w) {
        return w.length() >= 8 && w.endsWith("ert");
    }

    private static boolean opensNothing(String word) {
        String w = bare(word);
        return w.isEmpty() || !Character.isLetter(w.charAt(0)) || Lexicon.DETERMINERS.contains(w)
                || Lexicon.PREPOSITIONS.contains(w) || Lexicon.ADVERBS.contains(w) || Lexicon.PRONOUNS.contains(w)
                || Lexicon.VERBS.contains(w);
    }

    private static boolean closesNothing(String word) {
        String w = bare(word);
        return w.isEmpty() || !Character.isLetterOrDigit(w.charAt(w.length() - 1)) && w.length() == 1
                || Lexicon.DETERMINERS.contains(w) || Lexicon.PREPOSITIONS.contains(w) || Lexicon.ADVERBS.contains(w)
                || Lexicon.PRONOUNS.contains(w) || Lexicon.VERBS.contains(w) || Lexicon.MODALS.contains(w);
    }

    private static boolean functionWord(String w) {
        return Lexicon.DETERMINERS.contains(w) || Lexicon.PREPOSITIONS.contains(w) || Lexicon.ADVERBS.contains(w)
                || Lexicon.PRONOUNS.contains(w);
    }

    /** The word without punctuation at its ends ("private)," to "private"). */
    private static String bare(String word) {
        int a = 0;
        int b = word.length();
        while (a < b && !Character.isLetterOrDigit(word.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(word.charAt(b - 1))) {
            b--;
        }
        return word.substring(a, b);
    }

    /** Lower-cased display form with collapsed whitespace (no-break spaces included). */
    public static String display(String name) {
        return SPACES.matcher(name).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
}
