package no.trendspor.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import no.trendspor.text.AnalyzedTerm;
import no.trendspor.text.AnalyzedText;
import no.trendspor.text.TermKind;

/**
 * Proposes the links an analyst should check, at most {@link #PER_CHALLENGE} per challenge. Each
 * challenge of a sector names, for every chain other than its own, that chain's member closest to
 * it (a chain is one challenge across years; single statements are chains of one); these
 * candidates are then taken best score first, skipping one that would give a challenge more than
 * {@link #PER_CHALLENGE} possible links or join two chains already joined by a better one. A
 * candidate may lie in a year the challenge's chain already covers: the assignment may have given
 * that year to the wrong statement, and the analyst is the one to say.
 */
final class PossibleLinks {

    /** At most this many possible links are proposed per challenge. */
    static final int PER_CHALLENGE = 2;
    /** Candidates scoring less than this share nothing worth a reader's time. */
    static final double MIN_SCORE = 0.05;

    private final StatementMatcher matcher;
    private final UnaryOperator<String> canonical;

    PossibleLinks(StatementMatcher matcher, UnaryOperator<String> canonical) {
        this.matcher = matcher;
        this.canonical = canonical;
    }

    /** The possible links of one sector's chains, ranked by score (then years and ids). */
    List<PossibleLink> of(String municipality, String sector, List<ChainBuilder.Chain> chains) {
        List<Candidate> all = new ArrayList<>();
        for (int a = 0; a < chains.size(); a++) {
            for (StatementRef s : chains.get(a).members) {
                for (int b = 0; b < chains.size(); b++) {
                    if (b == a) {
                        continue;
                    }
                    Candidate top = null;
                    for (StatementRef t : chains.get(b).members) {
                        if (t.year() == s.year()) {
                            continue;
                        }
                        double score = matcher.score(s.analysed(), t.analysed());
                        if (top == null || score > top.score + 1e-12) {
                            top = new Candidate(s, t, Math.min(a, b) + "-" + Math.max(a, b), score);
                        }
                    }
                    if (top != null && top.score >= MIN_SCORE) {
                        all.add(top);
                    }
                }
            }
        }
        Map<String, PossibleLink> out = new LinkedHashMap<>();
        all.sort(CANDIDATE_ORDER);
        Map<String, Integer> degree = new HashMap<>();
        Set<String> chainPairs = new java.util.HashSet<>();
        for (Candidate c : all) {
            String pair = pairKey(c.from, c.to);
            if (out.containsKey(pair) || degree.getOrDefault(c.from.id(), 0) >= PER_CHALLENGE
                    || degree.getOrDefault(c.to.id(), 0) >= PER_CHALLENGE) {
                continue;
            }
            if (!chainPairs.add(c.chains)) {
                continue;
            }
            degree.merge(c.from.id(), 1, Integer::sum);
            degree.merge(c.to.id(), 1, Integer::sum);
            StatementRef from = c.from.year() <= c.to.year() ? c.from : c.to;
            StatementRef to = from == c.from ? c.to : c.from;
            out.put(pair, link(municipality, sector, from, to));
        }
        List<PossibleLink> ranked = new ArrayList<>(out.values());
        ranked.sort(RANK);
        return ranked;
    }

    private static String pairKey(StatementRef a, StatementRef b) {
        return a.id().compareTo(b.id()) <= 0 ? a.id() + "\u0000" + b.id() : b.id() + "\u0000" + a.id();
    }

    /** Best score first, then by years and statement ids. */
    static final Comparator<PossibleLink> RANK = Comparator.comparingDouble((PossibleLink p) -> -p.score())
            .thenComparingInt(PossibleLink::fromYear).thenComparing(PossibleLink::fromStatementId)
            .thenComparingInt(PossibleLink::toYear).thenComparing(PossibleLink::toStatementId);

    /**
     * A challenge ({@code from}) and the member of another chain closest to it ({@code to}, of
     * another year); {@code chains}: the two chains' indexes, lower first.
     */
    private record Candidate(StatementRef from, StatementRef to, String chains, double score) {
    }

    /** Best score first, then by the later year and the statement ids. */
    private static final Comparator<Candidate> CANDIDATE_ORDER = Comparator
            .comparingDouble((Candidate c) -> -c.score()).thenComparingInt(c -> c.to().year())
            .thenComparing(c -> c.to().id()).thenComparing(c -> c.from().id());

    private PossibleLink link(String municipality, String sector, StatementRef from, StatementRef to) {
        Explanation e = matcher.explain(from.text(), from.analysed(), to.text(), to.analysed());
        return new PossibleLink(municipality, sector, from.id(), from.year(), from.text(), to.id(), to.year(),
                to.text(), e.score(), e, onlyIn(from.analysed(), to.analysed()), onlyIn(to.analysed(), from.analysed()),
                StatementKey.of(from).toString(), StatementKey.of(to).toString());
    }

    /** The words of {@code a} (as written) whose term the other text does not have in any form. */
    private List<String> onlyIn(AnalyzedText a, AnalyzedText b) {
        Set<String> other = new TreeSet<>();
        for (AnalyzedTerm t : b.terms()) {
            other.add(canonical.apply(t.term()));
        }
        Map<String, String> words = new TreeMap<>();
        for (AnalyzedTerm t : a.terms()) {
            if (t.kind() == TermKind.STEM && !other.contains(canonical.apply(t.term()))) {
                words.putIfAbsent(t.term(), t.surface().toLowerCase(Locale.ROOT));
            }
        }
        // The words covered through a compound part of the other side are not "different" either.
        Set<String> partsCovered = new TreeSet<>();
        for (AnalyzedTerm t : a.terms()) {
            if (t.kind() == TermKind.COMPOUND_PART && other.contains(canonical.apply(t.term()))) {
                partsCovered.add(t.surface().toLowerCase(Locale.ROOT));
            }
        }
        return words.values().stream().filter(w -> !partsCovered.contains(w)).distinct().toList();
    }
}
