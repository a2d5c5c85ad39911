package no.trendspor.ingest.structure;

import java.util.List;
import java.util.Set;

/**
 * Whether a sentence of running prose states a challenge, the way Norwegian reports write one
 * outside a list of challenges: "X er en utfordring", "X er utfordrende", "X gir utfordringer for
 * Y", "Utfordringen er X", "Kommunen står overfor store utfordringer", "X vil utfordre Y" (bokmål
 * and nynorsk). Read from the sentence's grammar around a form of "utfordring"/"utfordre", not
 * from topics.
 *
 * <p>Not a challenge: a concession ("til tross for utfordringene"), a challenge met or solved
 * ("har løst utfordringene"), a negation ("er ingen utfordring"), an attribute ("et utfordrende
 * år"), an introduction to a list (ending in ":"), a question.
 */
public final class ChallengeSentences {

    /** Forms of "to be" / "to become" (bokmål and nynorsk). */
    private static final Set<String> COPULAS = Set.of("er", "var", "blir", "ble", "være", "vært", "bli", "blitt",
            "vert", "vart", "vere", "verte", "vorte", "forblir");
    /** Verbs that bring a challenge about: "gir", "skaper", "medfører", "byr på", "fører til". */
    private static final Set<String> CAUSES = Set.of("gir", "gi", "ga", "gav", "gitt", "gjev", "skaper", "skape",
            "skapte", "skapar", "medfører", "medføre", "medførte", "innebærer", "innebære", "representerer",
            "utgjør", "byr", "fører", "føre", "førte", "reiser", "stiller", "gjer", "blir");
    /** Verbs of facing a challenge: "står overfor", "møter", "har". */
    private static final Set<String> FACING = Set.of("overfor", "foran", "møter", "har", "hadde", "ser");
    /** Words that make the sentence deny, concede or close the challenge. */
    private static final Set<String> NOT_A_CHALLENGE = Set.of("ingen", "ikke", "ikkje", "inga", "tross", "trass",
            "løst", "løste", "løyst", "håndtert", "håndterte", "handtert", "takle", "taklet", "mestret",
            "overvunnet", "løse", "håndtere", "handtere", "løyse");
    private static final Set<String> ARTICLES = Set.of("en", "ei", "et", "ein", "eit");
    private static final int WINDOW = 4;

    private ChallengeSentences() {
    }

    /** Whether the sentence states a challenge (see the class comment). */
    public static boolean states(String sentence) {
        String s = sentence.strip();
        if (s.isEmpty() || s.endsWith(":") || s.endsWith("?") || s.length() > 2_000) {
            return false;
        }
        List<String> words = Headings.words(s);
        for (String w : words) {
            if (NOT_A_CHALLENGE.contains(w)) {
                return false;
            }
        }
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (Headings.challengeWord(w)) {
                if (nounStates(words, i)) {
                    return true;
                }
            } else if (adjective(w)) {
                if (i > 0 && !ARTICLES.contains(words.get(i - 1)) && within(words, i, COPULAS)
                        && (i + 1 == words.size() || !nounFollows(words, i))) {
                    return true;
                }
            } else if (verb(w)) {
                return true;
            }
        }
        return false;
    }

    /** A challenge noun the sentence predicates, causes, faces or starts with. */
    private static boolean nounStates(List<String> words, int i) {
        if (i <= 2 && leadsTheSentence(words, i)) {
            return true; // "Utfordringen er ...", "En stor utfordring er ...", "Økende klimautfordringer krever ..."
        }
        return within(words, i, COPULAS) || within(words, i, CAUSES) || within(words, i, FACING);
    }

    /** Whether only modifiers stand before the noun: no verb, no preposition. */
    private static boolean leadsTheSentence(List<String> words, int i) {
        for (int k = 0; k < i; k++) {
            String w = words.get(k);
            if (COPULAS.contains(w) || CAUSES.contains(w) || w.equals("i") || w.equals("for") || w.equals("med")
                    || w.equals("av") || w.equals("til") || w.equals("på") || w.equals("om")) {
                return false;
            }
        }
        return true;
    }

    /** Whether one of {@code verbs} stands at most {@link #WINDOW} words before position {@code i}. */
    private static boolean within(List<String> words, int i, Set<String> verbs) {
        for (int k = Math.max(0, i - WINDOW); k < i; k++) {
            if (verbs.contains(words.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** "et utfordrende og spesielt år": an adjective before a noun, not a predicate. */
    private static boolean nounFollows(List<String> words, int i) {
        String next = words.get(i + 1);
        return !next.equals("og") && !next.equals("å") && !next.equals("for") && !next.equals("at")
                && !next.equals("i") && !next.equals("med") && !next.equals("når") && !next.equals("fordi")
                && !next.equals("fremover") && !next.equals("framover") && !next.equals("både")
                || (next.equals("og") && i + 3 < words.size());
    }

    private static boolean adjective(String w) {
        return w.equals("utfordrende") || w.equals("utfordrande");
    }

    /** "utfordrer", "vil utfordre", "utfordres": the verb. */
    private static boolean verb(String w) {
        return w.equals("utfordrer") || w.equals("utfordre") || w.equals("utfordres") || w.equals("utfordrar")
                || w.equals("utfordrast");
    }
}
