package no.trendspor.eval;

import java.util.Locale;

/**
 * A wrongly predicted pair of challenge statements.
 *
 * @param chain      the gold chain
 * @param firstId    gold id of the earlier statement
 * @param secondId   gold id of the later statement
 * @param firstText  its text
 * @param secondText its text
 * @param score      the similarity the method gave the pair
 */
public record PairError(String chain, String firstId, String secondId, String firstText, String secondText,
                        double score) {

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s ~ %s (score %.3f)%n    %s%n    %s", firstId, secondId, score,
                firstText, secondText);
    }
}
