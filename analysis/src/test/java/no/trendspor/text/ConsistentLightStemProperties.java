package no.trendspor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ConsistentLightStemProperties {

    /**
     * Made-up nouns: one to three consonant-vowel syllables (no "e", which would bring in the
     * stemmer's -else/-heter/-ende rules) followed by a final cluster of the kind the filter is
     * about (plass, ressurs, kors, innsats, gevinst, vekst, frist, kyst, post).
     */
    @Provide
    Arbitrary<String> nouns() {
        Arbitrary<String> syllable = Combinators.combine(
                Arbitraries.of('b', 'd', 'f', 'g', 'k', 'l', 'm', 'p', 'r', 't', 'v'),
                Arbitraries.of('a', 'i', 'o', 'u', 'y', 'å', 'ø'))
                .as((c, v) -> "" + c + v);
        Arbitrary<String> prefix = syllable.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("", l));
        Arbitrary<String> cluster = Arbitraries.of("ss", "urs", "ors", "ats", "nst", "kst", "st", "ost");
        return Combinators.combine(prefix, cluster).as((p, c) -> p + c).filter(w -> w.length() >= 5);
    }

    @Property(tries = 500)
    void theInflectedFormsOfANounInSOrStHaveTheStemOfItsBaseForm(@ForAll("nouns") String base,
            @ForAll("endings") String ending) {
        assertEquals(ConsistentLightStemFilter.stem(base), ConsistentLightStemFilter.stem(base + ending),
                () -> base + " / " + base + ending);
    }

    /** Inflection endings, with the genitive of the inflected forms (a word in -s takes no second s). */
    @Provide
    Arbitrary<String> endings() {
        return Arbitraries.of("er", "en", "ene", "ens", "ers", "et", "ets", "a", "ar", "ane");
    }
}
