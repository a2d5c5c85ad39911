package no.trendspor.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The words seen so far and, for each, the other words whose character-trigram Dice is at least a
 * minimum — so the fuzzy fallback of {@link StatementSimilarity} looks up a word's few close
 * spellings instead of computing the Dice of every word pair of two statements (the cost of
 * comparing long texts, e.g. whole sectors, grew with the product of their vocabularies).
 *
 * <p>Exact: when a word is first seen, every earlier word sharing a trigram with it gets its Dice
 * computed from the shared-trigram count (pairs sharing none have Dice 0); the values are the
 * same doubles {@link CharTrigrams#dice(String, String)} returns. Memory grows with the
 * vocabulary, not with the number of comparisons. Thread-safe: learning a word takes one lock;
 * a word already learnt is found without it (analysis threads mostly look up known words).
 */
final class FuzzyNeighbours {

    /** A close spelling and its Dice. */
    record Neighbour(String word, double dice) {
    }

    private final double minDice;
    private final Map<String, Integer> ids = new HashMap<>();
    /**
     * The lists of the words learnt so far, for lookups without the lock. A word is put here only
     * after it has been appended to its neighbours' lists, so a thread that finds it also sees
     * it in those lists.
     */
    private final Map<String, List<Neighbour>> learnt = new ConcurrentHashMap<>();
    private final List<String> words = new ArrayList<>();
    private final List<long[]> grams = new ArrayList<>();
    private final List<List<Neighbour>> neighbours = new ArrayList<>();
    /** Trigram → ids of the words containing it (once per word). */
    private final Map<Long, int[]> postings = new HashMap<>();
    private final Map<Long, Integer> postingSizes = new HashMap<>();
    private int[] sharedCount = new int[16];

    FuzzyNeighbours(double minDice) {
        this.minDice = minDice;
    }

    /**
     * The words with Dice at least the minimum to this word, after learning it: a live,
     * copy-on-write list that later words close to this one are appended to, safe to iterate
     * without the lock.
     */
    List<Neighbour> of(String word) {
        List<Neighbour> list = learnt.get(word);
        if (list != null) {
            return list;
        }
        synchronized (this) {
            return neighbours.get(intern(word));
        }
    }

    private int intern(String word) {
        Integer known = ids.get(word);
        if (known != null) {
            return known;
        }
        int id = words.size();
        long[] g = CharTrigrams.grams(word);
        if (sharedCount.length <= id) {
            sharedCount = Arrays.copyOf(sharedCount, Math.max(id + 1, sharedCount.length * 2));
        }
        // Multiset intersection with every earlier word: for each distinct trigram of the new word,
        // min(count here, count there), accumulated over the postings.
        List<Integer> touched = new ArrayList<>();
        for (int i = 0; i < g.length; ) {
            int j = i;
            while (j < g.length && g[j] == g[i]) {
                j++;
            }
            int countHere = j - i;
            Long key = key(g[i]);
            int[] post = postings.get(key);
            if (post != null) {
                int size = postingSizes.get(key);
                for (int k = 0; k < size; k++) {
                    int other = post[k];
                    int countThere = count(grams.get(other), g[i]);
                    if (sharedCount[other] == 0) {
                        touched.add(other);
                    }
                    sharedCount[other] += Math.min(countHere, countThere);
                }
            }
            i = j;
        }
        List<Neighbour> mine = new CopyOnWriteArrayList<>();
        for (int other : touched) {
            long[] og = grams.get(other);
            double d = 2.0 * sharedCount[other] / (g.length + og.length);
            sharedCount[other] = 0;
            if (d >= minDice) {
                mine.add(new Neighbour(words.get(other), d));
                neighbours.get(other).add(new Neighbour(word, d));
            }
        }
        ids.put(word, id);
        words.add(word);
        grams.add(g);
        neighbours.add(mine);
        learnt.put(word, mine);
        for (int i = 0; i < g.length; i++) {
            if (i > 0 && g[i] == g[i - 1]) {
                continue;
            }
            Long key = key(g[i]);
            int size = postingSizes.getOrDefault(key, 0);
            int[] post = postings.get(key);
            if (post == null || post.length == size) {
                post = post == null ? new int[4] : Arrays.copyOf(post, size * 2);
                postings.put(key, post);
            }
            post[size] = id;
            postingSizes.put(key, size + 1);
        }
        return id;
    }

    /**
     * A packed trigram scrambled by a bijection: Long's own hash of three packed chars collides
     * badly (the first and last char are XORed together).
     */
    private static Long key(long gram) {
        return gram * 0x9E3779B97F4A7C15L;
    }

    private static int count(long[] sorted, long gram) {
        int at = Arrays.binarySearch(sorted, gram);
        if (at < 0) {
            return 0;
        }
        int lo = at;
        while (lo > 0 && sorted[lo - 1] == gram) {
            lo--;
        }
        int hi = at;
        while (hi + 1 < sorted.length && sorted[hi + 1] == gram) {
            hi++;
        }
        return hi - lo + 1;
    }
}
