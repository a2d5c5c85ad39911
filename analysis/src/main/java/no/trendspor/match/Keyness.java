package no.trendspor.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Function;
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
        return compare(before, after, top, (Function<String, String>) t -> words.getOrDefault(t, t));
    }

    /**
     * As {@link #compare(Map, Map, int)}, with the word each term is shown as given by {@code wordOf}
     * (asked for the returned terms only).
     */
    public static List<KeyTerm> compare(Map<String, Integer> before, Map<String, Integer> after, int top,
                                        Function<String, String> wordOf) {
        long n1 = before.values().stream().mapToLong(Integer::longValue).sum();
        long n2 = after.values().stream().mapToLong(Integer::longValue).sum();
        if (n1 == 0 || n2 == 0 || top <= 0) {
            return List.of();
        }
        // Only the top terms are kept, and only they get a p-value (a χ² tail per term of a large
        // sector cost more than the rest): the order (G², then term) is total, so which terms are
        // kept does not depend on the order the maps are walked in.
        PriorityQueue<Scored> kept = new PriorityQueue<>(Math.min(top, 64) + 1, ORDER.reversed());
        for (Map.Entry<String, Integer> e : before.entrySet()) {
            keep(kept, top, e.getKey(), e.getValue(), after.getOrDefault(e.getKey(), 0), n1, n2);
        }
        for (Map.Entry<String, Integer> e : after.entrySet()) {
            if (!before.containsKey(e.getKey())) {
                keep(kept, top, e.getKey(), 0, e.getValue(), n1, n2);
            }
        }
        List<Scored> best = new ArrayList<>(kept);
        best.sort(ORDER);
        List<KeyTerm> out = new ArrayList<>(best.size());
        for (Scored s : best) {
            double p = 1 - CHI2.cumulativeProbability(s.g2());
            double ratio = log2(((s.b() == 0 ? 0.5 : s.b()) / (double) n2) / ((s.a() == 0 ? 0.5 : s.a()) / (double) n1));
            out.add(new KeyTerm(s.term(), wordOf.apply(s.term()), s.a(), s.b(), s.g2(), p, ratio));
        }
        return List.copyOf(out);
    }

    /** A term's counts and G², before it is known whether it is among the top. */
    private record Scored(String term, int a, int b, double g2) {
    }

    /** Largest G² first, ties by term. */
    private static final Comparator<Scored> ORDER =
            Comparator.comparingDouble(Scored::g2).reversed().thenComparing(Scored::term);

    /** Adds a term to {@code kept} (whose head is the weakest kept term) when it is among the top. */
    private static void keep(PriorityQueue<Scored> kept, int top, String term, int a, int b, long n1, long n2) {
        double g2 = logLikelihood(a, b, n1, n2);
        if (kept.size() == top && g2 < kept.peek().g2()) {
            return; // weaker than every kept term: no record made
        }
        kept.add(new Scored(term, a, b, g2));
        if (kept.size() > top) {
            kept.poll();
        }
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
