package no.trendspor.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What an analysis chain's {@link WordKnowledge} adds to its terms, derived once for the chain's
 * stemmer: equivalence groups as one canonical term (a one-word member joins the canonical map
 * like a synonym; a phrase member gets an {@link TermKind#EQUIVALENT} term where it occurs) and the
 * thesaurus as a relation between stems.
 */
final class KnowledgeTerms {


    static final KnowledgeTerms NONE = new KnowledgeTerms(Map.of(), List.of(), Map.of());

    /** The thesaurus relation on stems, per thesaurus file and stemmer (deriving it takes a while). */
    private static final Map<String, Map<String, Set<String>>> RELATIONS = new ConcurrentHashMap<>();

    /** A phrase member of an equivalence group: its word stems in order, and the group's term. */
    record Phrase(List<String> stems, String term) {
    }

    /** stem → the canonical term of its equivalence group (one-word members). */
    private final Map<String, String> groupTerms;
    private final List<Phrase> phrases;
    private final Map<String, Set<String>> related;
    private Map<String, String> canonical = Map.of();

    private KnowledgeTerms(Map<String, String> groupTerms, List<Phrase> phrases, Map<String, Set<String>> related) {
        this.groupTerms = groupTerms;
        this.phrases = phrases;
        this.related = related;
    }

    /** Derives the terms of the analyzer's knowledge; {@code bundled} is its synonym map. */
    static KnowledgeTerms of(NorwegianTextAnalyzer analyzer, Map<String, String> bundled) {
        WordKnowledge k = analyzer.knowledge();
        Map<String, String> parent = new HashMap<>(bundled);
        List<List<String>> phraseStems = new ArrayList<>();
        List<String> phraseRoots = new ArrayList<>();
        for (List<String> group : k.equivalenceGroups()) {
            List<String> words = new ArrayList<>();
            List<List<String>> multi = new ArrayList<>();
            for (String member : group) {
                List<String> stems = wordStems(analyzer.analyze(member));
                if (stems.size() == 1) {
                    words.add(stems.get(0));
                } else if (stems.size() > 1) {
                    multi.add(stems);
                }
            }
            String root;
            if (!words.isEmpty()) {
                root = find(parent, words.get(0));
                for (String w : words) {
                    String r = find(parent, w);
                    if (!r.equals(root)) {
                        parent.put(r, root);
                    }
                }
            } else if (!multi.isEmpty()) {
                root = String.join(" ", multi.get(0));
            } else {
                continue;
            }
            for (List<String> m : multi) {
                phraseStems.add(m);
                phraseRoots.add(root);
            }
        }
        Map<String, String> groupTerms = new HashMap<>();
        for (String t : parent.keySet()) {
            groupTerms.put(t, find(parent, t));
        }
        List<Phrase> phrases = new ArrayList<>();
        for (int i = 0; i < phraseStems.size(); i++) {
            // a phrase stands for its group's term, which a one-word member may have merged on
            phrases.add(new Phrase(List.copyOf(phraseStems.get(i)), find(parent, phraseRoots.get(i))));
        }
        Map<String, Set<String>> related = k.thesaurus() == null ? Map.of()
                : RELATIONS.computeIfAbsent(k.thesaurus().source() + "\u0000" + analyzer.stemmer() + "\u0000"
                        + analyzer.foldsDerivations()
                        + "\u0000" + (k.hunspell() != null),
                        key -> relation(analyzer, k.thesaurus()));
        KnowledgeTerms out = new KnowledgeTerms(Map.copyOf(groupTerms), List.copyOf(phrases), related);
        return out;
    }

    private static String find(Map<String, String> parent, String t) {
        String r = t;
        String p;
        while ((p = parent.get(r)) != null && !p.equals(r)) {
            r = p;
        }
        return r;
    }

    /** The stems of the words of an analysed text, in order. */
    private static List<String> wordStems(AnalyzedText t) {
        List<String> out = new ArrayList<>();
        for (AnalyzedTerm term : t.terms()) {
            if (term.kind() == TermKind.STEM) {
                out.add(term.term());
            }
        }
        return out;
    }

    /** The thesaurus as a relation between stems (a word and a listed word of another stem). */
    private static Map<String, Set<String>> relation(NorwegianTextAnalyzer analyzer, Thesaurus thesaurus) {
        Map<String, String> stemOf = new HashMap<>();
        Map<String, Set<String>> out = new HashMap<>();
        for (Map.Entry<String, Set<String>> e : thesaurus.entries(true).entrySet()) {
            String a = stemOf.computeIfAbsent(e.getKey(), analyzer::stemOfWord);
            if (a.isEmpty()) {
                continue;
            }
            for (String w : e.getValue()) {
                String b = stemOf.computeIfAbsent(w, analyzer::stemOfWord);
                if (!b.isEmpty() && !b.equals(a)) {
                    out.computeIfAbsent(a, x -> new TreeSet<>()).add(b);
                }
            }
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        out.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return Map.copyOf(frozen);
    }

    /** The analyzer's canonical map: the bundled synonyms merged with the equivalence groups. */
    Map<String, String> canonical(Map<String, String> bundled) {
        if (groupTerms.isEmpty()) {
            canonical = bundled;
            return bundled;
        }
        Map<String, String> out = new HashMap<>(bundled);
        groupTerms.forEach((t, root) -> {
            if (!t.equals(root) || out.containsKey(t)) {
                out.put(t, root);
            }
        });
        canonical = Map.copyOf(out);
        return canonical;
    }

    /** Whether a thesaurus relation is present. */
    boolean hasRelated() {
        return !related.isEmpty();
    }

    /** The canonical terms the thesaurus relates to a canonical term. */
    Set<String> related(String term) {
        Set<String> r = related.get(term);
        if (r == null) {
            return Set.of();
        }
        if (canonical.isEmpty()) {
            return r;
        }
        Set<String> out = new TreeSet<>();
        for (String x : r) {
            String c = canonical.getOrDefault(x, x);
            if (!c.equals(term)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The terms with an {@link TermKind#EQUIVALENT} term after each occurrence of a phrase member of
     * an equivalence group (within one sentence, its word stems in a row).
     */
    List<AnalyzedTerm> withEquivalents(List<AnalyzedTerm> terms) {
        if (phrases.isEmpty()) {
            return terms;
        }
        List<Integer> wordIndex = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            if (terms.get(i).kind() == TermKind.STEM) {
                wordIndex.add(i);
            }
        }
        // insertion point (index into terms, after the phrase's last word and its parts) -> terms
        Map<Integer, List<AnalyzedTerm>> inserts = new java.util.TreeMap<>();
        for (Phrase p : phrases) {
            int n = p.stems().size();
            for (int w = 0; w + n <= wordIndex.size(); w++) {
                boolean match = true;
                int sentence = terms.get(wordIndex.get(w)).sentence();
                for (int j = 0; j < n && match; j++) {
                    AnalyzedTerm t = terms.get(wordIndex.get(w + j));
                    match = t.term().equals(p.stems().get(j)) && t.sentence() == sentence;
                }
                if (!match) {
                    continue;
                }
                StringBuilder surface = new StringBuilder();
                for (int j = 0; j < n; j++) {
                    if (j > 0) {
                        surface.append(' ');
                    }
                    surface.append(terms.get(wordIndex.get(w + j)).surface());
                }
                int last = wordIndex.get(w + n - 1);
                int at = last + 1;
                while (at < terms.size() && !terms.get(at).newPosition()) {
                    at++;
                }
                inserts.computeIfAbsent(at, x -> new ArrayList<>())
                        .add(new AnalyzedTerm(p.term(), TermKind.EQUIVALENT, surface.toString(), sentence, false));
            }
        }
        if (inserts.isEmpty()) {
            return terms;
        }
        List<AnalyzedTerm> out = new ArrayList<>(terms.size() + inserts.size());
        for (int i = 0; i <= terms.size(); i++) {
            List<AnalyzedTerm> add = inserts.get(i);
            if (add != null) {
                out.addAll(add);
            }
            if (i < terms.size()) {
                out.add(terms.get(i));
            }
        }
        return out;
    }
}
