package no.trendspor.eval;

import java.util.Locale;

/**
 * Pairwise confusion counts with precision, recall and F1 (0 when undefined).
 *
 * @param truePositives  predicted and gold positive pairs
 * @param falsePositives predicted positive, gold negative
 * @param falseNegatives gold positive, not predicted
 */
public record PairScores(int truePositives, int falsePositives, int falseNegatives) {

    public static final PairScores ZERO = new PairScores(0, 0, 0);

    public double precision() {
        int d = truePositives + falsePositives;
        return d == 0 ? 0 : (double) truePositives / d;
    }

    public double recall() {
        int d = truePositives + falseNegatives;
        return d == 0 ? 0 : (double) truePositives / d;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public PairScores plus(PairScores o) {
        return new PairScores(truePositives + o.truePositives, falsePositives + o.falsePositives,
                falseNegatives + o.falseNegatives);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (TP=%d FP=%d FN=%d)", precision(), recall(), f1(),
                truePositives, falsePositives, falseNegatives);
    }
}
