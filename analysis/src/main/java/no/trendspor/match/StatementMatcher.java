package no.trendspor.match;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import no.trendspor.text.AnalyzedTerm;
import no.trendspor.text.AnalyzedText;
import no.trendspor.text.TermKind;

/**
 * Compares two statements and explains the result: score, shared terms by kind, and the relation
 * of the later statement to the earlier one.
 */
public final class StatementMatcher {

    private static final java.util.regex.Pattern NOT_LETTER = java.util.regex.Pattern.compile("[^\\p{L}]");

    /** A statement is "mostly contained" in another when this share of its words is covered. */
    static final double CONTAINMENT = 0.6;
    /** ... and the other has at least this many times as many words. */
    static final double SCOPE_RATIO = 1.5;

    private final StatementSimilarity similarity;

    public StatementMatcher(StatementSimilarity similarity) {
        this.similarity = similarity;
    }

    /** The similarity model. */
    public StatementSimilarity similarity() {
        return similarity;
    }

    /** The similarity score of two analysed statements. */
    public double score(AnalyzedText a, AnalyzedText b) {
        return similarity.score(a, b);
    }

    /**
     * Explains the link from an earlier to a later statement.
     *
     * @param earlier     the earlier statement's text
     * @param earlierTerms its analysed form
     * @param later       the later statement's text
     * @param laterTerms  its analysed form
     */
    public Explanation explain(String earlier, AnalyzedText earlierTerms, String later, AnalyzedText laterTerms) {
        TermComparison c = similarity.compare(earlierTerms, laterTerms);
        TextFacts first = facts.get(earlier);
        TextFacts second = facts.get(later);
        Direction before = first.direction();
        Direction after = second.direction();
        Relation relation;
        if (first.letters().equals(second.letters())) {
            relation = Relation.IDENTICAL;
        } else if (before != Direction.NONE && after != Direction.NONE && DirectionDetector.reversed(earlier, later)) {
            relation = Relation.DIRECTION_REVERSED;
        } else if (scopeChanged(earlierTerms, laterTerms)) {
            relation = Relation.NARROWED_OR_BROADENED;
        } else {
            relation = Relation.REWORDED;
        }
        return new Explanation(c.score(), relation, c.sharedStems(), words(c.sharedStems(), earlierTerms, laterTerms),
                c.sharedCompoundParts(), c.synonymsUsed(), c.fuzzyMatches(), before, after);
    }

    /**
     * What {@link #explain} reads from one text alone: its stated direction and its letters. A
     * statement is explained against each statement it is linked or compared with, and both are
     * pattern scans of the whole text, so each text is read once per analysis. Bounded: emptied
     * when full.
     */
    private record TextFacts(Direction direction, String letters) {
    }

    private final no.trendspor.memo.BoundedMemo<String, TextFacts> facts = new no.trendspor.memo.BoundedMemo<>(
            100_000, text -> new TextFacts(DirectionDetector.detect(text), lettersOnly(text)));

    /** Each shared stem as the words the two statements use for it ("barnehager/barnehagene"). */
    static List<String> words(List<String> stems, AnalyzedText earlier, AnalyzedText later) {
        List<String> out = new java.util.ArrayList<>();
        for (String stem : stems) {
            String a = firstWord(earlier, stem);
            String b = firstWord(later, stem);
            out.add(a == null ? (b == null ? stem : b) : (b == null || b.equals(a) ? a : a + "/" + b));
        }
        return out;
    }

    private static String firstWord(AnalyzedText t, String stem) {
        for (AnalyzedTerm term : t.terms()) {
            if (term.kind() == TermKind.STEM && term.term().equals(stem)) {
                return term.surface().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    /** Letters only, lower case: equal texts up to punctuation, spacing and split-word damage. */
    static String lettersOnly(String text) {
        return NOT_LETTER.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /**
     * One side's content is mostly covered by the other, which is clearly larger. Size is counted
     * in content units: a compound word counts as its dictionary parts, so one word such as
     * "forventningsavklaring" weighs as much as its rewording "avklare forventningene" and a
     * compound split into words does not look like a broader statement.
     */
    private static boolean scopeChanged(AnalyzedText a, AnalyzedText b) {
        Set<String> wa = contentUnits(a);
        Set<String> wb = contentUnits(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return false;
        }
        Set<String> small = wa.size() <= wb.size() ? wa : wb;
        AnalyzedText largeText = wa.size() <= wb.size() ? b : a;
        int large = Math.max(wa.size(), wb.size());
        Set<String> largeAll = new TreeSet<>(largeText.distinctTerms());
        long covered = small.stream().filter(largeAll::contains).count();
        return covered >= CONTAINMENT * small.size() && large >= SCOPE_RATIO * small.size();
    }

    /** The word stems of a text, each compound word replaced by its dictionary parts. */
    static Set<String> contentUnits(AnalyzedText t) {
        Set<String> compounds = new TreeSet<>();
        Set<String> units = new TreeSet<>();
        for (AnalyzedTerm term : t.terms()) {
            if (term.kind() == TermKind.COMPOUND_PART) {
                compounds.add(term.surface());
                units.add(term.term());
            }
        }
        for (AnalyzedTerm term : t.terms()) {
            if (term.kind() == TermKind.STEM && !compounds.contains(term.surface())) {
                units.add(term.term());
            }
        }
        return units;
    }
}
