package no.trendspor.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the chains, whatever the statements and whatever order they come in. */
class ChainBuilderProperties {

    /** A small vocabulary, so statements share words often and scores tie often. */
    private static final List<String> WORDS = List.of("rekruttering", "sykepleiere", "hjemmetjenesten",
            "kompetanse", "barnehager", "kvalitet", "økonomi", "digitalisering", "folkehelse", "boliger",
            "klimatilpasning", "vedlikehold", "innbyggere", "styring");

    @Provide
    Arbitrary<List<StatementRef>> sectors() {
        Arbitrary<String> text = Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(5)
                .map(l -> String.join(" ", l));
        Arbitrary<Integer> year = Arbitraries.integers().between(2016, 2021);
        return Combinators.combine(year, text).as((y, t) -> new Object[] {y, t}).list().ofMinSize(0).ofMaxSize(16)
                .map(rows -> {
                    List<StatementRef> out = new ArrayList<>();
                    for (int i = 0; i < rows.size(); i++) {
                        // ids in no particular relation to years or input order
                        out.add(ChainBuilderTest.ref(String.format("s%02d", (i * 7) % 17 + 17 * (i / 17)),
                                (Integer) rows.get(i)[0], (String) rows.get(i)[1]));
                    }
                    return out;
                });
    }

    @Property(tries = 300)
    void chainsAreDisjointCompleteAndEveryLinkLiesInOneChainAndIsDecided(@ForAll("sectors") List<StatementRef> statements) {
        ChainBuilder builder = ChainBuilderTest.builder(statements);
        StatementMatcher matcher = builder.matcher();
        List<ChainBuilder.Chain> chains = builder.build(statements);
        Map<StatementRef, ChainBuilder.Chain> chainOf = new IdentityHashMap<>();
        for (ChainBuilder.Chain c : chains) {
            Set<Integer> years = new HashSet<>();
            for (int i = 0; i < c.members.size(); i++) {
                StatementRef m = c.members.get(i);
                assertTrue(chainOf.put(m, c) == null, () -> "in two chains: " + m);
                assertTrue(years.add(m.year()), () -> "two members of one year: " + c.members);
                assertTrue(i == 0 || c.members.get(i - 1).year() < m.year(), "members ascend by year");
            }
            assertEquals(c.members.size() - 1, c.links.size(), "one link to every member after the first");
            for (int i = 0; i < c.links.size(); i++) {
                Link l = c.links.get(i);
                StatementRef to = c.members.get(i + 1);
                assertEquals(to.id(), l.toStatementId());
                StatementRef from = c.members.stream().filter(m -> m.id().equals(l.fromStatementId())
                        && m.year() == l.fromYear()).findFirst().orElseThrow(() -> new AssertionError(
                        "link from outside its chain: " + l));
                assertTrue(from == c.members.get(i), () -> "a link goes from the member before: " + l);
                assertTrue(from.year() < to.year(), l::toString);
                assertTrue(l.explanation().score() >= ChainBuilderTest.THRESHOLD, l::toString);
                // clearly ahead of every other statement of its year that the chain also matches
                for (StatementRef other : statements) {
                    if (other != to && other.year() == to.year()) {
                        double s = matcher.score(from.analysed(), other.analysed());
                        assertTrue(s < ChainBuilderTest.THRESHOLD
                                        || s < (1 - ChainBuilder.UNDECIDED_MARGIN) * l.explanation().score(),
                                () -> l + " vs " + other + " at " + s);
                    }
                }
            }
        }
        assertEquals(statements.size(), chainOf.size(), "every statement is in a chain");
    }

    @Property(tries = 200)
    void chainsDoNotDependOnTheOrderOfTheInput(@ForAll("sectors") List<StatementRef> statements,
                                                @ForAll long seed) {
        List<StatementRef> shuffled = new ArrayList<>(statements);
        java.util.Collections.shuffle(shuffled, new Random(seed));
        assertEquals(describe(ChainBuilderTest.builder(statements).build(statements)),
                describe(ChainBuilderTest.builder(shuffled).build(shuffled)));
    }

    /** The chains as sets of members and links, by id. */
    private static Set<String> describe(List<ChainBuilder.Chain> chains) {
        Set<String> out = new HashSet<>();
        for (ChainBuilder.Chain c : chains) {
            out.add(c.members.stream().map(m -> m.year() + ":" + m.id()).toList() + " "
                    + c.links.stream().map(l -> l.fromStatementId() + ">" + l.toStatementId()
                    + String.format(java.util.Locale.ROOT, "@%.9f", l.explanation().score())).toList());
        }
        return out;
    }
}
