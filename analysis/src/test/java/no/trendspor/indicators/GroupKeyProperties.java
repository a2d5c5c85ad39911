package no.trendspor.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The written-out order of group keys is the order of the plain chain of comparators. */
class GroupKeyProperties {

    private static final Comparator<IndicatorAnalysis.GroupKey> CHAIN =
            Comparator.comparing(IndicatorAnalysis.GroupKey::municipality)
                    .thenComparing(IndicatorAnalysis.GroupKey::sector)
                    .thenComparing(IndicatorAnalysis.GroupKey::key)
                    .thenComparing(IndicatorAnalysis.GroupKey::unit, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(IndicatorAnalysis.GroupKey::kind)
                    .thenComparingInt(IndicatorAnalysis.GroupKey::band);

    @Provide
    Arbitrary<IndicatorAnalysis.GroupKey> keys() {
        Arbitrary<String> word = Arbitraries.of("Bærum", "Asker", "skole", "barnehage", "", "elever", "andel");
        Arbitrary<IndicatorUnit> unit = Arbitraries.of(IndicatorUnit.values()).injectNull(0.3);
        return Combinators.combine(word, word, word, unit, Arbitraries.of(Observation.Kind.values()),
                Arbitraries.integers().between(0, 2)).as(IndicatorAnalysis.GroupKey::new);
    }

    @Property(tries = 500)
    void ordersAsTheChainOfComparators(@ForAll("keys") IndicatorAnalysis.GroupKey a,
                                       @ForAll("keys") IndicatorAnalysis.GroupKey b) {
        assertEquals(Integer.signum(CHAIN.compare(a, b)), Integer.signum(a.compareTo(b)));
    }
}
