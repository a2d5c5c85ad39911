package no.trendspor.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of reading typeset PDFs, on random documents in every {@link Typesetter} style:
 * nothing drawn is lost or read twice, the text comes back in reading order, and paragraphs set
 * apart (a gap, a marker, a heading) come back as one logical line each, or run together only
 * where a column break hides their gap. The styles are the one- and two-column ones: random words
 * (capitals anywhere, 14-letter words) in the three-column justified style still have a row cut at a
 * river of stretched spaces now and then (known gap; on report text that style reads 0.985 of the
 * statements, TypesetRoundTripTest). Documents have 15 to 40
 * paragraphs of 25 to 60 words: enough lines for a ragged column to show its measure (a page of a
 * few short lines does not say whether they were wrapped; the reader then leaves them apart).
 */
class TypesetReadingProperties {

    @Provide
    Arbitrary<List<Typesetter.Para>> documents() {
        Arbitrary<String> word = Arbitraries.strings().withChars("abcdefghijklmnoprstuvyæøå").ofMinLength(1).ofMaxLength(14)
                .map(w -> w.length() > 1 && w.hashCode() % 5 == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
        Arbitrary<String> sentence = word.list().ofMinSize(25).ofMaxSize(60).map(ws -> String.join(" ", ws) + ".");
        Arbitrary<String> title = word.list().ofMinSize(1).ofMaxSize(9)
                .map(ws -> Character.toUpperCase(ws.get(0).charAt(0)) + String.join(" ", ws).substring(1));
        Arbitrary<Typesetter.Para> para = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, sentence.map(s -> new Typesetter.Para(Typesetter.Kind.PARAGRAPH, cap(s), true))),
                net.jqwik.api.Tuple.of(5, Combinators.combine(sentence, Arbitraries.of(true, false))
                        .as((s, gap) -> new Typesetter.Para(Typesetter.Kind.BULLET, cap(s), gap))),
                net.jqwik.api.Tuple.of(1, title.map(t -> new Typesetter.Para(Typesetter.Kind.HEADING, t, true))),
                net.jqwik.api.Tuple.of(1, title.map(t -> new Typesetter.Para(Typesetter.Kind.TITLE, t, true))));
        return para.list().ofMinSize(15).ofMaxSize(40);
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @Property(tries = 40)
    void typesetDocumentsReadBackParagraphByParagraph(@ForAll("documents") List<Typesetter.Para> paras,
            @ForAll @IntRange(min = 0, max = 2) int style) {
        Typesetter.Variant variant = Typesetter.VARIANTS.get(style);
        Typesetter.Result typeset = Typesetter.typeset(paras, variant, "Årsrapport 2031 – Testkommune", "Publisert 15.03.2032");
        PdfText read = new PdfTextExtractor().extract("egenskap.pdf", typeset.pdf());

        assertEquals(0, TypesetRoundTrip.lostGlyphs(typeset.drawn(), read), "glyphs lost or read twice");
        List<String> expected = new ArrayList<>();
        for (Typesetter.Para p : paras) {
            expected.add((p.kind() == Typesetter.Kind.BULLET ? "•" : "") + squeeze(p.text()));
        }
        List<String> actual = new ArrayList<>();
        for (int n = 1; n <= read.lines().size(); n++) {
            String line = read.origin(n).text();
            if (!line.isBlank()) {
                actual.add(squeeze(line));
            }
        }
        // every logical line is one paragraph, or paragraphs run together where nothing on the page
        // tells them apart (one ends a column with a full line, the next opens the following
        // column): never a paragraph cut in two, never text out of order
        int e = 0;
        for (String line : actual) {
            StringBuilder joined = new StringBuilder();
            while (e < expected.size() && joined.length() < line.length()) {
                String next = expected.get(e++);
                joined.append(joined.length() == 0 ? next : next.replaceFirst("^•", ""));
            }
            assertEquals(joined.toString(), line, variant + ": a paragraph cut or out of order");
        }
        assertEquals(expected.size(), e, variant + ": paragraphs missing at the end");
        for (Removal r : read.removals()) {
            assertEquals(true, typeset.furniture().stream().anyMatch(f -> squeeze(r.line().text()).contains(squeeze(f))
                    || squeeze(f).contains(squeeze(r.line().text()))), "removed " + r + " is no running header or footer");
        }
    }

    /** Whitespace and the generator's line-end hyphens taken out: what survives any line breaking. */
    private static String squeeze(String s) {
        return s.replaceAll("[\\s-]+", "");
    }
}
