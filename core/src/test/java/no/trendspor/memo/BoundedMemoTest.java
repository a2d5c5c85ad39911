package no.trendspor.memo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BoundedMemoTest {

    @Test
    void remembersResultsAndComputesEachArgumentOnceWhileThereIsRoom() {
        AtomicInteger calls = new AtomicInteger();
        BoundedMemo<String, Integer> length = new BoundedMemo<>(10, s -> {
            calls.incrementAndGet();
            return s.length();
        });
        assertEquals(5, length.get("skole"));
        assertEquals(5, length.get("skole"));
        assertEquals(9, length.get("barnehage"));
        assertEquals(2, calls.get());
        assertEquals(2, length.size());
    }

    @Test
    void aMemoWithoutAFunctionComputesPerCallAndRemembers() {
        BoundedMemo<String, Integer> words = new BoundedMemo<>(4);
        assertEquals(3, words.get("barn", text -> 3));
        assertEquals(3, words.get("barn", text -> 99), "remembered, not computed again");
        assertThrows(IllegalStateException.class, () -> words.get("skole"));
    }

    @Test
    void refusesACapacityBelowOne() {
        assertThrows(IllegalArgumentException.class, () -> new BoundedMemo<String, String>(0, s -> s));
    }

    /** Whatever the capacity and the order of arguments: the function's result, and never more held than room for. */
    @Property(tries = 200)
    void givesTheFunctionsResultAndStaysWithinItsCapacity(@ForAll @IntRange(min = 1, max = 8) int capacity,
                                                          @ForAll List<@IntRange(min = 0, max = 30) Integer> arguments) {
        BoundedMemo<Integer, Integer> square = new BoundedMemo<>(capacity, x -> x * x);
        for (int x : arguments) {
            assertEquals(x * x, square.get(x));
            assertTrue(square.size() <= capacity, () -> square.size() + " > " + capacity);
        }
    }
}
