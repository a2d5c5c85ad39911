package no.trendspor.match;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The analyst's confirmed and rejected links, resolved to the statements of one analysis (by
 * identity): what {@link ChainBuilder} weighs a chain and a statement with. Read-only once built.
 */
final class LinkVerdicts {

    static final LinkVerdicts NONE = new LinkVerdicts();

    /** The weight of a confirmed pair: above any similarity, so the assignment takes it. */
    static final double CONFIRMED = 2.0;
    /** The weight of a rejected pair: below any threshold, so it is never linked. */
    static final double REJECTED = -1.0;

    private final IdentityHashMap<StatementRef, IdentityHashMap<StatementRef, Boolean>> verdicts =
            new IdentityHashMap<>();

    void put(StatementRef a, StatementRef b, boolean confirmed) {
        // a rejection wins over a confirmation of the same pair
        verdicts.computeIfAbsent(a, k -> new IdentityHashMap<>()).merge(b, confirmed, Boolean::logicalAnd);
        verdicts.computeIfAbsent(b, k -> new IdentityHashMap<>()).merge(a, confirmed, Boolean::logicalAnd);
    }

    boolean isEmpty() {
        return verdicts.isEmpty();
    }

    /**
     * The decided weight of adding {@code s} to a chain with these members: {@link #REJECTED} when
     * any member is rejected with it, {@link #CONFIRMED} when one is confirmed, else {@code score}.
     */
    double weigh(List<StatementRef> members, StatementRef s, double score) {
        Map<StatementRef, Boolean> of = verdicts.get(s);
        if (of == null) {
            return score;
        }
        boolean confirmed = false;
        for (StatementRef m : members) {
            Boolean v = of.get(m);
            if (v != null) {
                if (!v) {
                    return REJECTED;
                }
                confirmed = true;
            }
        }
        return confirmed ? CONFIRMED : score;
    }

    /** Whether any member is confirmed with {@code s}. */
    boolean confirmedWith(List<StatementRef> members, StatementRef s) {
        Map<StatementRef, Boolean> of = verdicts.get(s);
        return of != null && members.stream().anyMatch(m -> Boolean.TRUE.equals(of.get(m)));
    }
}
