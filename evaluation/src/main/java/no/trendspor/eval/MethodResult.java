package no.trendspor.eval;

import java.util.List;
import java.util.Map;

/**
 * The pairwise figures of one method on the gold.
 *
 * @param method         name of the method
 * @param threshold      its similarity threshold
 * @param total          figures over all chains
 * @param perChain       figures per gold chain (sorted by chain id)
 * @param falsePositives the wrongly predicted pairs
 * @param falseNegatives the missed pairs
 */
public record MethodResult(String method, double threshold, PairScores total, Map<String, PairScores> perChain,
                           List<PairError> falsePositives, List<PairError> falseNegatives) {

    public MethodResult {
        perChain = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(perChain));
        falsePositives = List.copyOf(falsePositives);
        falseNegatives = List.copyOf(falseNegatives);
    }
}
