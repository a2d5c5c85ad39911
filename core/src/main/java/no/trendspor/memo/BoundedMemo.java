package no.trendspor.memo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Results of a pure function remembered by argument, shared by the threads of a run. A national run
 * asks for the same sentence, word, heading or statement text many times over; a hit returns exactly
 * what the function returns. Bounded: the table is emptied when it holds {@code capacity} entries
 * (a long-lived analyzer in a server must not grow without end), which costs time only.
 *
 * @param <K> the argument (with value equality)
 * @param <V> the result (immutable, as it is shared)
 */
public final class BoundedMemo<K, V> {

    private final Map<K, V> values = new ConcurrentHashMap<>();
    private final int capacity;
    private final Function<K, V> function;

    /**
     * A memo whose results {@link #get(Object, Function)} computes per call.
     *
     * @param capacity most entries held
     */
    public BoundedMemo(int capacity) {
        this(capacity, key -> {
            throw new IllegalStateException("this memo computes its results per call: use get(key, function)");
        });
    }

    /**
     * @param capacity most entries held
     * @param function the pure function remembered
     */
    public BoundedMemo(int capacity, Function<K, V> function) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
        this.function = function;
    }

    /** {@code function(key)}, remembered. */
    public V get(K key) {
        return get(key, function);
    }

    /**
     * The result remembered for {@code key}, else {@code compute(key)}, remembered; {@code compute}
     * must give what any other computation for this key gives (it may read more than the key, e.g.
     * an object the key is taken from).
     */
    public V get(K key, Function<? super K, ? extends V> compute) {
        V known = values.get(key);
        if (known != null) {
            return known;
        }
        V fresh = compute.apply(key);
        if (values.size() >= capacity) {
            values.clear();
        }
        values.putIfAbsent(key, fresh);
        return fresh;
    }

    /** How many results are held now. */
    public int size() {
        return values.size();
    }
}
