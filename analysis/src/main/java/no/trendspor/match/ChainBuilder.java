package no.trendspor.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds chains of the same challenge across the report years of one sector: year by year, the
 * open chains and the new year's challenges are assigned one-to-one by the Hungarian algorithm
 * (a chain's weight for a statement is its similarity to the chain's latest member: a challenge
 * continues from its most recent wording, which keeps two neighbouring themes from swapping
 * members through an old wording; weighing a chain by an earlier member as well, when the latest
 * does not score, was measured and lowers precision, see benchmarks/README.md), pairs below the
 * threshold are dropped, and unassigned statements open new chains. A chain whose assigned statement is not clearly ahead of another statement of that year ({@link
 * #UNDECIDED_MARGIN}) is not linked to either: which one continues it is for the analyst, who sees
 * both as possible links; such a chain was present that year, so it is not continued later. A
 * chain stays open while it has been absent from at most {@code maxGapReports} of the sector's
 * report years.
 * Each year's statements are taken in id order, so the chains do not depend on input order.
 */
final class ChainBuilder {

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** A chain under construction: members ascending by year, links to each later member. */
    static final class Chain {
        final List<StatementRef> members = new ArrayList<>();
        final List<Link> links = new ArrayList<>();
        /**
         * Seen in a year as one of two or more statements it matches about equally: it is not
         * absent that year, so no later statement continues it (unless the analyst confirms one).
         */
        boolean undecided;

        StatementRef first() {
            return members.get(0);
        }

        StatementRef last() {
            return members.get(members.size() - 1);
        }
    }

    /**
     * A chain's link is made only when the statement it goes to scores more than this share above
     * every other statement of that year reaching the threshold for the chain. Scores of the same
     * pair move by about this much when only the collection changes (the IDF is fitted on all
     * statements analysed): over the corpus pages, one municipality's pages alone against all
     * pages, the relative change of pairs at or above the threshold is 4 % at the median and 9 %
     * at the 95th percentile ({@code ScoreStability} in the evaluation module). A smaller lead
     * would flip with the documents analysed, so it is not evidence which statement continues the
     * challenge: typically one statement split into two the next year.
     */
    static final double UNDECIDED_MARGIN = 0.10;

    private final StatementMatcher matcher;
    private final double threshold;
    private final int maxGapReports;

    ChainBuilder(StatementMatcher matcher, double threshold, int maxGapReports) {
        this.matcher = matcher;
        this.threshold = threshold;
        this.maxGapReports = maxGapReports;
    }

    /** The matcher the chains are scored with. */
    StatementMatcher matcher() {
        return matcher;
    }

    /** Chains (including single-statement ones) in order of their first occurrence. */
    List<Chain> build(List<StatementRef> challenges) {
        return build(challenges, LinkVerdicts.NONE);
    }

    /**
     * Chains with the analyst's verdicts: a statement confirmed with a member of a chain joins it
     * (whatever the score or the gap), one rejected with any member never does.
     */
    List<Chain> build(List<StatementRef> challenges, LinkVerdicts verdicts) {
        Map<Integer, List<StatementRef>> byYear = new TreeMap<>();
        for (StatementRef s : challenges) {
            byYear.computeIfAbsent(s.year(), y -> new ArrayList<>()).add(s);
        }
        // Each year's statements in id order (then text), so the chains, and the assignment's
        // choice between equal scores, do not depend on the order the statements came in.
        byYear.values().forEach(list -> list.sort(Comparator.comparing(StatementRef::id)
                .thenComparing(StatementRef::text).thenComparing(StatementRef::source)));
        List<Integer> years = new ArrayList<>(byYear.keySet());
        List<Chain> chains = new ArrayList<>();
        for (int yi = 0; yi < years.size(); yi++) {
            int year = years.get(yi);
            List<StatementRef> current = byYear.get(year);
            List<Chain> open = new ArrayList<>();
            for (Chain c : chains) {
                int lastIndex = years.indexOf(c.last().year());
                if ((!c.undecided && yi - lastIndex - 1 <= maxGapReports)
                        || (!verdicts.isEmpty() && current.stream().anyMatch(s -> verdicts.confirmedWith(c.members, s)))) {
                    open.add(c);
                }
            }
            double[][] w = new double[open.size()][current.size()];
            for (int i = 0; i < open.size(); i++) {
                for (int j = 0; j < current.size(); j++) {
                    w[i][j] = verdicts.weigh(open.get(i).members, current.get(j),
                            matcher.score(open.get(i).last().analysed(), current.get(j).analysed()));
                }
            }
            int[] assignment = HungarianAlgorithm.maximize(w);
            boolean[] taken = new boolean[current.size()];
            for (int i = 0; i < open.size(); i++) {
                int j = assignment[i];
                if (j >= 0 && w[i][j] >= threshold) {
                    Chain c = open.get(i);
                    if (undecided(w, i, j)) {
                        // seen this year, but as which statement the evidence does not say: no
                        // link (both are possible links), and the chain is not continued later
                        c.undecided = true;
                        continue;
                    }
                    StatementRef from = c.last();
                    StatementRef to = current.get(j);
                    c.members.add(to);
                    c.links.add(new Link(from.id(), from.year(), to.id(), to.year(),
                            matcher.explain(from.text(), from.analysed(), to.text(), to.analysed())));
                    taken[j] = true;
                }
            }
            for (int j = 0; j < current.size(); j++) {
                if (!taken[j]) {
                    Chain c = new Chain();
                    c.members.add(current.get(j));
                    chains.add(c);
                }
            }
        }
        return chains;
    }

    /**
     * Whether the chain's assigned statement {@code j} is not clearly ahead of another statement of
     * the same year: one that also reaches the threshold and scores at least {@code 1 −}
     * {@link #UNDECIDED_MARGIN} of the assigned one (or more: the assignment maximises the year's
     * total, so it may give a chain less than its best). A decision of the analyst is never undecided.
     */
    private boolean undecided(double[][] w, int i, int j) {
        double assigned = w[i][j];
        if (assigned >= LinkVerdicts.CONFIRMED) {
            return false;
        }
        double near = (1 - UNDECIDED_MARGIN) * assigned;
        for (int k = 0; k < w[i].length; k++) {
            if (k != j && w[i][k] >= threshold && w[i][k] >= near) {
                return true;
            }
        }
        return false;
    }

    /** The recurring challenge of a chain with two or more members. */
    static RecurringChallenge toRecurring(Chain c, String municipality, String sector) {
        List<Occurrence> occ = c.members.stream().map(StatementRef::occurrence).toList();
        List<Integer> years = c.members.stream().map(StatementRef::year).toList();
        List<Link> links = new ArrayList<>(c.links);
        links.sort(Comparator.comparingInt(Link::toYear).thenComparing(Link::toStatementId));
        return new RecurringChallenge("rc-" + c.first().id(), label(c.members), municipality, sector,
                years.get(0), years.get(years.size() - 1), years, occ, links);
    }

    /** The first sentence of the shortest occurrence, cut at a word near 90 characters. */
    static String label(List<StatementRef> members) {
        StatementRef shortest = members.stream()
                .min(Comparator.comparingInt((StatementRef s) -> s.text().length()).thenComparing(StatementRef::id))
                .orElseThrow();
        String text = SPACES.matcher(shortest.text().replace('\u00a0', ' ')).replaceAll(" ").strip();
        int dot = text.indexOf(". ");
        if (dot > 0) {
            text = text.substring(0, dot);
        }
        if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.length() > 90) {
            int cut = text.lastIndexOf(' ', 90);
            text = text.substring(0, cut > 40 ? cut : 90) + "…";
        }
        return text;
    }
}
