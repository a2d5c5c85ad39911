package no.trendspor.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LineNormalizerProperties {

    private final LineNormalizer normalizer = new LineNormalizer();

    @Property
    void normalisationIsIdempotent(@ForAll("lines") String line) {
        List<NormalizedLine> once = normalizer.normalize(1, line);
        String canonical = normalizer.canonical(line);
        List<NormalizedLine> twice = normalizer.normalize(1, canonical);
        assertEquals(once.stream().map(NormalizedLine::text).toList(),
                twice.stream().map(NormalizedLine::text).toList());
        assertEquals(once.stream().map(NormalizedLine::bullet).toList(),
                twice.stream().map(NormalizedLine::bullet).toList());
        assertEquals(canonical, normalizer.canonical(canonical));
    }

    /** The one-pass split is the regex split it replaced (which was quadratic on long space runs). */
    @Property
    void rawSplitEqualsTheRegexSplit(@ForAll("spacesAndSigns") String raw) {
        java.util.regex.Pattern regex = java.util.regex.Pattern.compile(
                "[\\s\\u00A0\\u2007\\u202F\\u2009]+[•▪●][\\s\\u00A0\\u2007\\u202F\\u2009]+");
        assertEquals(List.of(regex.split(raw, -1)), LineNormalizer.splitRawAtInlineBullets(raw));
    }

    @Provide
    Arbitrary<String> spacesAndSigns() {
        return Arbitraries.strings().withChars(' ', '\t', '\r', '\u000B', '\u00A0', '\u2007', '\u202F', '\u2009',
                '\u2003', '•', '▪', '●', '·', 'a', 'B', '-').ofMaxLength(24);
    }

    @Provide
    Arbitrary<String> lines() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of(" ", "\u00A0", "\u2007", "\u202F", "\u2009", "\t", "\u00AD", "\u200B", "\uFEFF",
                        "• ", " • ", "n ", "- ", "–", "·", "▪ ", "*"),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6),
                Arbitraries.strings().withCharRange('A', 'Å').ofMinLength(1).ofMaxLength(3),
                Arbitraries.strings().ofMaxLength(4));
        return pieces.list().ofMaxSize(14).map(l -> String.join("", l))
                .filter(s -> s.indexOf('\n') < 0 && s.indexOf('\r') < 0);
    }
}
