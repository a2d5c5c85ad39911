package no.trendspor.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * Term keyness between two sets of term counts: log-likelihood G² with its χ²(1) p-value (Commons
 * Math) and the log ratio as effect size, so a reader sees both how sure and how large a change is.
 */
public final class Keyness {

    private static final ChiSquaredDistribution CHI2 = new ChiSquaredDistribution(null, 1);

    private Keyness() {
    }

    /**
     * The {@code top} terms with the largest G², ties broken by term.
     *
     * @param before term counts of the earlier text
     * @param after  term counts of the later text
     * @param top    how many to return
     */
    public static List<KeyTerm> compare(Map<String, Integer> before, Map<String, Integer> after, int top) {
        return compare(before, after, top, Map.of());
    }

    /**
     * As {@link #compare(Map, Map, int)}, with the word each term is shown as (a term missing from
     * {@code words} is shown as itself).
     */
    public static List<KeyTerm> compare(Map<String, Integer> before, Map<String, Integer> after, int top,
                                        Map<String, String> words) {
        long n1 = before.values().stream().mapToLong(Integer::longValue).sum();
        long n2 = after.values().stream().mapToLong(Integer::longValue).sum();
        List<KeyTerm> out = new ArrayList<>();
        if (n1 == 0 || n2 == 0) {
            return out;
        }
        TreeSet<String> terms = new TreeSet<>(before.keySet());
        terms.addAll(after.keySet());
        for (String t : terms) {
            int a = before.getOrDefault(t, 0);
            int b = after.getOrDefault(t, 0);
            double g2 = logLikelihood(a, b, n1, n2);
            double p = 1 - CHI2.cumulativeProbability(g2);
            double ratio = log2(((b == 0 ? 0.5 : b) / (double) n2) / ((a == 0 ? 0.5 : a) / (double) n1));
            out.add(new KeyTerm(t, words.getOrDefault(t, t), a, b, g2, p, ratio));
        }
        out.sort(Comparator.comparingDouble(KeyTerm::logLikelihood).reversed().thenComparing(KeyTerm::term));
        return List.copyOf(out.subList(0, Math.min(top, out.size())));
    }

    /** Two-cell log-likelihood G² of counts a (in n1 tokens) and b (in n2 tokens). */
    static double logLikelihood(long a, long b, long n1, long n2) {
        double e1 = n1 * (double) (a + b) / (n1 + n2);
        double e2 = n2 * (double) (a + b) / (n1 + n2);
        double g = 0;
        if (a > 0) {
            g += a * Math.log(a / e1);
        }
        if (b > 0) {
            g += b * Math.log(b / e2);
        }
        return Math.max(0, 2 * g);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
