package no.trendspor.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import no.trendspor.text.AnalyzedTerm;
import no.trendspor.text.AnalyzedText;
import no.trendspor.text.TermKind;

/**
 * Similarity of two analysed statements: cosine of binary term vectors weighted by inverse
 * document frequency and by how the term was obtained, with a character-trigram fallback that
 * lets damaged or variant words ("mott ok", "barnevernlovstiller") match their intact form.
 *
 * <p><b>Synonyms.</b> A synonym group of the analyzer is one dimension (its canonical term), so a
 * word shared verbatim counts once and a pair such as inntak / opptak counts as shared, discounted by
 * {@link #SYNONYM_WEIGHT}. <b>Sentences.</b> When a statement has several sentences (a challenge
 * sentence plus elaboration), the score is the best cosine over the whole texts and their
 * sentences of at least {@link #MIN_SEGMENT_TERMS} terms, so an added elaboration does not hide a
 * restated challenge; a pair of sentences counts only when one of them leads its statement.
 *
 * <p><b>Calibration.</b> The IDF is the BM25 form {@code ln(1 + (N − df + ½)/(df + ½))}, computed
 * once over <em>all</em> statements of all documents in the analysis (not per sector), so a term
 * weighs the same in every sector; cosine normalises for statement length. A term counts once per
 * statement (repetition inside one bullet is style, not topic). A term's weight is its IDF times
 * {@code 1} when it is a word of the statement and {@link #PART_WEIGHT} when only a compound part, so
 * words outweigh derived terms.
 * The score is therefore in [0, 1] and symmetric.
 */
public final class StatementSimilarity {

    /** Weight factor for a term that only occurs as a compound part. */
    public static final double PART_WEIGHT = 0.6;
    /** Factor on the product of two weights matched through a synonym group rather than verbatim. */
    public static final double SYNONYM_WEIGHT = 0.8;
    /** Smallest trigram Dice similarity at which two unmatched words count as the same word. */
    public static final double FUZZY_MIN_DICE = 0.7;
    /** Shortest term the trigram fallback considers. */
    public static final int FUZZY_MIN_LENGTH = 5;
    /** Fewest distinct terms a single sentence needs to be compared on its own. */
    public static final int MIN_SEGMENT_TERMS = 3;
    /**
     * Factor on the product of two weights matched only through a thesaurus (weak, sense-ambiguous
     * evidence: "forbedre" ~ "heve"), below {@link #SYNONYM_WEIGHT}.
     */
    public static final double RELATED_WEIGHT = 0.5;

    /** Each fitted term's IDF. */
    private final Map<String, Double> idfs;
    private final int documents;
    private final UnaryOperator<String> canonical;
    /** The terms a thesaurus relates to a canonical term (empty for none). */
    private final java.util.function.Function<String, Set<String>> related;
    /** Close spellings of the words compared so far, so fuzzy matching skips far-apart pairs. */
    private final FuzzyNeighbours fuzzyNeighbours = new FuzzyNeighbours(FUZZY_MIN_DICE);
    /**
     * An id per word (canonical key), for the fuzzy pre-check's sorted id lists; ids are only
     * compared for equality, so the order they are given in does not matter.
     */
    private final Map<String, Integer> wordIds = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger nextWordId = new java.util.concurrent.atomic.AtomicInteger();
    /**
     * Segments by text (the analysis, and so the vectors, depend on nothing else, as long as all
     * texts come from one analysis chain, see {@link #score}): a text is compared with many others
     * in a row, and a national run holds the same statement or sector text in many reports. Room for
     * about the statements of the municipalities being compared at a time: with more room the held
     * vectors cost more in garbage collection than their recomputing cost (synthetic-357 with 8,192
     * and 32,768 entries was slower than with 4,096 and 2,048; benchmarks/README.md).
     */
    private final no.trendspor.memo.BoundedMemo<String, List<Segment>> segmentsByText =
            new no.trendspor.memo.BoundedMemo<>(2_048);

    private StatementSimilarity(Map<String, Integer> documentFrequency, int documents, UnaryOperator<String> canonical,
                                java.util.function.Function<String, Set<String>> related) {
        this.documents = documents;
        // each term's IDF once: vectors are built for every statement and sector text compared
        this.idfs = new HashMap<>(documentFrequency.size() * 2);
        documentFrequency.forEach((term, df) -> idfs.put(term, idf(df)));
        this.canonical = canonical;
        this.related = related;
    }

    /**
     * Fits the IDF on a collection of analysed statements (each counts as one document).
     *
     * @param statements the statements of the analysis
     * @param canonical  maps a term to the canonical term of its synonym group (e.g.
     *                   {@code NorwegianTextAnalyzer::canonical}); identity for none
     */
    public static StatementSimilarity fit(Collection<AnalyzedText> statements, UnaryOperator<String> canonical) {
        return fit(statements, canonical, null);
    }

    /**
     * Fits the IDF, with a thesaurus relation: two terms present on one side each that the relation
     * links count as shared, discounted by {@link #RELATED_WEIGHT}.
     *
     * @param related the terms related to a canonical term, or null for none
     */
    public static StatementSimilarity fit(Collection<AnalyzedText> statements, UnaryOperator<String> canonical,
                                          java.util.function.Function<String, Set<String>> related) {
        // Statements of equal text share one analysis (AlignedCorpus), so each analysis's dimensions
        // are found once and counted as often as it occurs: a national corpus repeats its sentences.
        Map<AnalyzedText, Integer> occurrences = new java.util.IdentityHashMap<>();
        for (AnalyzedText t : statements) {
            occurrences.merge(t, 1, Integer::sum);
        }
        Map<String, Integer> df = new HashMap<>();
        occurrences.forEach((t, n) -> {
            for (String key : dimensions(t.terms(), canonical)) {
                df.merge(key, n, Integer::sum);
            }
        });
        return new StatementSimilarity(df, statements.size(), canonical, related);
    }

    /** The keys of {@link #vector}: the canonical terms of a text's terms other than synonym tokens. */
    private static Set<String> dimensions(List<AnalyzedTerm> terms, UnaryOperator<String> canonical) {
        Set<String> keys = new HashSet<>();
        for (AnalyzedTerm term : terms) {
            if (term.kind() != TermKind.SYNONYM) {
                keys.add(canonical.apply(term.term()));
            }
        }
        return keys;
    }

    /** Fits the IDF without synonym groups. */
    public static StatementSimilarity fit(Collection<AnalyzedText> statements) {
        return fit(statements, UnaryOperator.identity());
    }

    /** The inverse document frequency of a (canonical) term; positive, unseen terms get the largest. */
    public double idf(String term) {
        Double known = idfs.get(term);
        return known != null ? known : idf(0);
    }

    private double idf(int df) {
        return Math.log(1.0 + (documents - df + 0.5) / (df + 0.5));
    }

    /**
     * The similarity score of two statements in [0, 1]: {@code compare(a, b).score()}, computed the
     * same way (same pairs of segments in the same order, same sums) without collecting the terms
     * the score rests on, which most callers (ranking candidates) do not need. Both texts, like all
     * texts given to one similarity, come from the analysis chain whose statements it was fitted on
     * (a text's vectors are remembered by its text).
     */
    public double score(AnalyzedText a, AnalyzedText b) {
        List<Segment> sa = segments(a);
        List<Segment> sb = segments(b);
        double best = Double.NaN;
        for (int i = 0; i < sa.size(); i++) {
            int others = i > 1 ? Math.min(2, sb.size()) : sb.size();
            for (int j = 0; j < others; j++) {
                double c = dot(sa.get(i), sb.get(j), null);
                if (Double.isNaN(best) || c > best + 1e-12) {
                    best = c;
                }
            }
        }
        return best;
    }

    /** The similarity of two statements with the terms it rests on: the best over their segments. */
    public TermComparison compare(AnalyzedText a, AnalyzedText b) {
        List<Segment> sa = segments(a);
        List<Segment> sb = segments(b);
        TermComparison best = null;
        for (int i = 0; i < sa.size(); i++) {
            // Two elaborating sentences alone (neither the whole text nor a leading sentence) do
            // not make two statements the same challenge: such sentences are often stock phrases
            // ("Dette krever ytterligere tiltak") that many statements share. So from the third
            // segment on, only the first two of the other side are compared (the same pairs in the
            // same order as skipping inside a full double loop, which was quadratic in sentences).
            int others = i > 1 ? Math.min(2, sb.size()) : sb.size();
            for (int j = 0; j < others; j++) {
                TermComparison c = compare(sa.get(i), sb.get(j));
                if (best == null || c.score() > best.score() + 1e-12) {
                    best = c;
                }
            }
        }
        return best;
    }

    /**
     * The whole text first, then each sentence with enough terms when there are several. The
     * segments are remembered by text (see {@link #segmentsByText}): callers compare one
     * text with many in a row (a chain's latest member with a year's challenges, a sector with the
     * next year's sectors), and building the vectors cost more than comparing them.
     */
    private List<Segment> segments(AnalyzedText t) {
        return segmentsByText.get(t.text(), text -> computeSegments(t));
    }

    private List<Segment> computeSegments(AnalyzedText t) {
        List<Segment> out = new ArrayList<>();
        out.add(segment(vector(t.terms())));
        int n = t.sentenceCount();
        if (n > 1) {
            // The terms sorted into their sentences in one pass: filtering all terms once per
            // sentence made a text of thousands of sentences (a sector's statements joined)
            // quadratic.
            List<List<AnalyzedTerm>> bySentence = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                bySentence.add(new ArrayList<>());
            }
            for (AnalyzedTerm term : t.terms()) {
                bySentence.get(term.sentence()).add(term);
            }
            for (List<AnalyzedTerm> sentence : bySentence) {
                Map<String, Best> v = vector(sentence);
                if (v.size() >= MIN_SEGMENT_TERMS) {
                    out.add(segment(v));
                }
            }
        }
        return out;
    }

    private TermComparison compare(Segment sa, Segment sb) {
        Evidence evidence = new Evidence();
        double score = dot(sa, sb, evidence);
        return new TermComparison(score, evidence.stems, evidence.parts, List.copyOf(evidence.synonyms),
                evidence.fuzzy);
    }

    /** The terms a score rests on, as {@link TermComparison} reports them. */
    private static final class Evidence {
        final List<String> stems = new ArrayList<>();
        final List<String> parts = new ArrayList<>();
        final Set<String> synonyms = new TreeSet<>();
        final List<String> fuzzy = new ArrayList<>();
    }

    /**
     * The score of two segments; the terms it rests on go to {@code evidence} unless it is null
     * (the sums are the same either way).
     */
    private double dot(Segment sa, Segment sb, Evidence evidence) {
        Map<String, Best> va = sa.terms();
        Map<String, Best> vb = sb.terms();
        double na = sa.norm();
        double nb = sb.norm();
        if (na == 0 || nb == 0) {
            return 0;
        }
        Set<String> synonyms = evidence == null ? null : evidence.synonyms;
        boolean fuzzyPossible = fuzzyPossible(sa, sb);
        double dot = 0;
        List<String> onlyA = null;
        // Walk the smaller vector and look terms up in the larger one: a whole text is compared with
        // each sentence of another, and walking the whole text each time made a text of thousands
        // of sentences (a sector's statements joined) quadratic. Both vectors are sorted by key, so
        // the shared terms come in the same order either way, and so do the sums.
        boolean walkA = va.size() <= vb.size();
        for (Map.Entry<String, Best> e : (walkA ? va : vb).entrySet()) {
            Best x = walkA ? e.getValue() : va.get(e.getKey());
            Best y = walkA ? vb.get(e.getKey()) : e.getValue();
            if (x == null) {
                continue;
            }
            if (y == null) {
                // a word only here that has close spellings somewhere: a fuzzy candidate
                if (fuzzyPossible && x.close != null && !x.close.isEmpty()) {
                    if (onlyA == null) {
                        onlyA = new ArrayList<>();
                    }
                    onlyA.add(e.getKey());
                }
                continue;
            }
            boolean viaSynonym = !x.term.equals(y.term);
            dot += x.weight * y.weight * (viaSynonym ? SYNONYM_WEIGHT : 1.0);
            if (evidence == null) {
                continue;
            }
            if (viaSynonym) {
                synonyms.add(order(x.surface, y.surface, " ↔ "));
            } else if (x.kind == TermKind.STEM && y.kind == TermKind.STEM) {
                evidence.stems.add(x.term);
            } else {
                evidence.parts.add(x.term);
            }
        }
        if (related != null) {
            dot += relatedDot(va, vb, synonyms);
        }
        if (fuzzyPossible && (walkA ? onlyA != null : hasFuzzyCandidate(vb, va))) {
            List<String> fuzzy = evidence == null ? null : evidence.fuzzy;
            dot += walkA ? fuzzyDot(va, vb, onlyA, fuzzy) : fuzzyDotFromB(va, vb, fuzzy);
        }
        return Math.max(0, Math.min(1, dot / (na * nb)));
    }

    /**
     * One-to-one matches through the thesaurus between terms present on only one side, greedily by
     * the product of their weights (ties by the terms), so the dot product stays within the
     * Cauchy–Schwarz bound and the result is symmetric.
     */
    private double relatedDot(Map<String, Best> va, Map<String, Best> vb, Set<String> out) {
        List<SoftPair> pairs = new ArrayList<>();
        for (Map.Entry<String, Best> e : va.entrySet()) {
            String x = e.getKey();
            if (vb.containsKey(x)) {
                continue;
            }
            for (String y : related.apply(x)) {
                Best by = vb.get(y);
                if (by != null && !va.containsKey(y)) {
                    pairs.add(SoftPair.of(e.getValue().weight * by.weight, x, y));
                }
            }
        }
        double dot = 0;
        for (SoftPair p : SoftPair.oneToOne(pairs)) {
            dot += RELATED_WEIGHT * p.strength();
            if (out != null) {
                out.add(order(va.get(p.a()).surface, vb.get(p.b()).surface, " ~ "));
            }
        }
        return dot;
    }

    /**
     * A soft match between a term only in statement a and a term only in b, with its strength;
     * {@code low} and {@code high} are the two terms in order, so ties break the same way whichever
     * statement is a.
     */
    private record SoftPair(double strength, String low, String high, String a, String b) {

        static SoftPair of(double strength, String a, String b) {
            boolean aLow = a.compareTo(b) <= 0;
            return new SoftPair(strength, aLow ? a : b, aLow ? b : a, a, b);
        }

        /**
         * The pairs a greedy one-to-one matching keeps: strongest first, ties by the terms; a
         * matching is one-to-one, so the dot product stays within the Cauchy–Schwarz bound.
         */
        static List<SoftPair> oneToOne(List<SoftPair> pairs) {
            if (pairs.isEmpty()) {
                return pairs;
            }
            List<SoftPair> sorted = new ArrayList<>(pairs);
            sorted.sort(Comparator.comparingDouble(SoftPair::strength).reversed()
                    .thenComparing(SoftPair::low).thenComparing(SoftPair::high));
            Set<String> usedA = new HashSet<>();
            Set<String> usedB = new HashSet<>();
            List<SoftPair> kept = new ArrayList<>();
            for (SoftPair p : sorted) {
                if (!usedA.contains(p.a()) && !usedB.contains(p.b())) {
                    usedA.add(p.a());
                    usedB.add(p.b());
                    kept.add(p);
                }
            }
            return kept;
        }
    }

    /**
     * One-to-one soft matches between word terms present on only one side, greedily by trigram
     * similarity; the order of candidates does not depend on which side is "a", so the result is
     * symmetric. A matching is one-to-one, so the dot product stays within the Cauchy–Schwarz bound.
     */
    private static double fuzzyDot(Map<String, Best> va, Map<String, Best> vb, List<String> onlyA,
                                   List<String> out) {
        List<SoftPair> candidates = new ArrayList<>();
        // Only pairs with Dice >= FUZZY_MIN_DICE are candidates: each word (a STEM key of at least
        // FUZZY_MIN_LENGTH chars, the only kind with a neighbour list) carries its close spellings
        // among all words seen, so look the other side's words up instead of computing the Dice of
        // every pair (same candidates, same values). A word of b qualifies when it is such a word
        // and absent from a.
        for (String x : onlyA) {
            for (FuzzyNeighbours.Neighbour n : va.get(x).close) {
                String y = n.word();
                Best by = vb.get(y);
                if (by != null && by.close != null && !va.containsKey(y)) {
                    candidates.add(SoftPair.of(n.dice(), x, y));
                }
            }
        }
        double dot = 0;
        TreeSet<String> described = new TreeSet<>();
        for (SoftPair c : SoftPair.oneToOne(candidates)) {
            dot += c.strength() * va.get(c.a()).weight * vb.get(c.b()).weight;
            if (out != null) {
                described.add(order(va.get(c.a()).surface, vb.get(c.b()).surface, " ≈ "));
            }
        }
        if (out != null) {
            out.addAll(described);
        }
        return dot;
    }

    /** Whether some term of {@code small} absent from {@code large} has close spellings. */
    private static boolean hasFuzzyCandidate(Map<String, Best> small, Map<String, Best> large) {
        for (Map.Entry<String, Best> e : small.entrySet()) {
            if (e.getValue().close != null && !e.getValue().close.isEmpty() && !large.containsKey(e.getKey())) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link #fuzzyDot} when {@code vb} is the smaller vector: the same candidate pairs, found from
     * b's side (closeness is symmetric: both words of a pair carry each other, with the same Dice),
     * so the work follows the smaller vector.
     */
    private static double fuzzyDotFromB(Map<String, Best> va, Map<String, Best> vb, List<String> out) {
        List<String> onlyA = new ArrayList<>();
        java.util.Set<String> seen = new HashSet<>();
        for (Map.Entry<String, Best> e : vb.entrySet()) {
            Best by = e.getValue();
            if (by.close == null || va.containsKey(e.getKey())) {
                continue;
            }
            for (FuzzyNeighbours.Neighbour n : by.close) {
                Best bx = va.get(n.word());
                if (bx != null && bx.close != null && !bx.close.isEmpty() && !vb.containsKey(n.word())
                        && seen.add(n.word())) {
                    onlyA.add(n.word());
                }
            }
        }
        java.util.Collections.sort(onlyA);
        return onlyA.isEmpty() ? 0 : fuzzyDot(va, vb, onlyA, out);
    }

    private static String order(String x, String y, String sep) {
        if (x.equals(y)) {
            return x;
        }
        return x.compareTo(y) <= 0 ? x + sep + y : y + sep + x;
    }

    /**
     * The weighted vector of a text's or one sentence's terms, keyed by canonical term. Synonym
     * tokens are not dimensions of their own: their group is the canonical key. Learns the
     * words for the fuzzy fallback.
     */
    private Map<String, Best> vector(List<AnalyzedTerm> terms) {
        Map<String, Best> v = new TreeMap<>();
        for (AnalyzedTerm term : terms) {
            if (term.kind() == TermKind.SYNONYM) {
                continue;
            }
            String key = canonical.apply(term.term());
            Best existing = v.get(key);
            if (existing == null || (term.kind() == TermKind.STEM && existing.kind != TermKind.STEM)) {
                double w = idf(key) * (term.kind() == TermKind.STEM ? 1.0 : PART_WEIGHT);
                List<FuzzyNeighbours.Neighbour> close = term.kind() == TermKind.STEM
                        && key.length() >= FUZZY_MIN_LENGTH ? fuzzyNeighbours.of(key) : null;
                v.put(key, new Best(term.kind(), w, term.surface(), term.term(), close));
            }
        }
        // Same (sorted) iteration order, constant-time lookups for compare().
        return new LinkedHashMap<>(v);
    }

    private static double norm(Map<String, Best> v) {
        double s = 0;
        for (Best b : v.values()) {
            s += b.weight * b.weight;
        }
        return Math.sqrt(s);
    }

    /**
     * A text or one of its sentences as a vector, with its Euclidean norm computed once (it was
     * recomputed for every pair of segments compared; same summation order, so the same double).
     */
    private record Segment(Map<String, Best> terms, double norm, int[] fuzzyWords, int[] closeWords) {
    }

    /**
     * A vector as a segment: with its norm, and, for the fuzzy fallback, the ids of its words
     * that can take part in a fuzzy match ({@code fuzzyWords}) and of their close spellings known
     * now ({@code closeWords}), both sorted.
     */
    private Segment segment(Map<String, Best> terms) {
        int[] fuzzy = new int[terms.size()];
        int fuzzyCount = 0;
        int closeCount = 0;
        for (Best b : terms.values()) {
            closeCount += b.close == null ? 0 : b.close.size();
        }
        int[] close = new int[closeCount];
        closeCount = 0;
        for (Map.Entry<String, Best> e : terms.entrySet()) {
            List<FuzzyNeighbours.Neighbour> neighbours = e.getValue().close;
            if (neighbours != null) {
                fuzzy[fuzzyCount++] = wordId(e.getKey());
                // the live list may have grown since it was measured: take what fits (a word is
                // learnt before its segment's lists are read, see fuzzyPossible)
                for (FuzzyNeighbours.Neighbour n : neighbours) {
                    if (closeCount == close.length) {
                        close = java.util.Arrays.copyOf(close, close.length * 2 + 1);
                    }
                    close[closeCount++] = wordId(n.word());
                }
            }
        }
        return new Segment(terms, norm(terms), sortedIds(fuzzy, fuzzyCount), sortedIds(close, closeCount));
    }

    private int wordId(String word) {
        return wordIds.computeIfAbsent(word, w -> nextWordId.getAndIncrement());
    }

    /** The first {@code n} ids, sorted, each once. */
    private static int[] sortedIds(int[] ids, int n) {
        if (n == 0) {
            return NO_IDS;
        }
        int[] out = java.util.Arrays.copyOf(ids, n);
        java.util.Arrays.sort(out);
        int distinct = 1;
        for (int i = 1; i < n; i++) {
            if (out[i] != out[distinct - 1]) {
                out[distinct++] = out[i];
            }
        }
        return distinct == n ? out : java.util.Arrays.copyOf(out, distinct);
    }

    private static final int[] NO_IDS = new int[0];

    /**
     * Whether two segments can have a fuzzy match at all. A match pairs a word x of one with a
     * close spelling y in the other, both fuzzy words. Each segment's close spellings were taken
     * after its own words were learnt, and a word's list holds every close word learnt before the
     * moment it is read. So if y was learnt before a's list was read, a lists y; else x was
     * learnt before y, and y's list, read for b after y was learnt, holds x. Without a shared id
     * either way, the fuzzy sum is exactly 0 and need not be looked for.
     */
    private static boolean fuzzyPossible(Segment a, Segment b) {
        return intersects(a.closeWords(), b.fuzzyWords()) || intersects(b.closeWords(), a.fuzzyWords());
    }

    private static boolean intersects(int[] x, int[] y) {
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                return true;
            }
            if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    /**
     * One dimension of a vector. {@code close}: for a STEM key of at least {@link
     * #FUZZY_MIN_LENGTH} chars, its close spellings among all words seen so far (a live list that
     * grows as new words are seen), else null.
     */
    private record Best(TermKind kind, double weight, String surface, String term,
                        List<FuzzyNeighbours.Neighbour> close) {
    }
}
