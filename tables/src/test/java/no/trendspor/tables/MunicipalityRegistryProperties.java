package no.trendspor.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class MunicipalityRegistryProperties {

    private static final MunicipalityRegistry REGISTRY = MunicipalityRegistry.bundled();

    @Provide
    Arbitrary<MunicipalityChange> changes() {
        return Arbitraries.of(REGISTRY.changes());
    }

    /** Before and after every change, old and new number resolve to the same identity: series join. */
    @Property
    void bothSidesOfAChangeShareTheIdentity(@ForAll("changes") MunicipalityChange change) {
        assertEquals(REGISTRY.canonical(change.newCode(), change.year()).code(),
                REGISTRY.canonical(change.oldCode(), change.year() - 1).code());
    }

    /** The identity is a fixed point: resolving it again changes nothing. */
    @Property
    void identityIsStable(@ForAll("changes") MunicipalityChange change,
            @ForAll @IntRange(min = 1990, max = 2030) int year) {
        String identity = REGISTRY.canonical(change.oldCode(), year).code();
        assertEquals(identity, REGISTRY.canonical(identity, year).code());
    }
}
