package no.trendspor.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seeds and every page of ../shared/corpus, typeset in every variant of {@link Typesetter},
 * read back as they read as text: at least 98 % of the text's statements found with the same
 * sector and section, no sector the text lacks, no glyph lost.
 */
class TypesetRoundTripTest {

    static final double MIN_FOUND = 0.98;

    @Test
    void typesetReportsReadLikeTheirText() {
        List<TypesetRoundTrip.Doc> docs = TypesetRoundTrip.documents();
        int statements = 0;
        int found = 0;
        List<String> problems = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        for (Typesetter.Variant v : Typesetter.VARIANTS) {
            int vs = 0;
            int vf = 0;
            int vSpaced = 0;
            // documents in parallel (both cores); outcomes in document order
            List<TypesetRoundTrip.Outcome> outcomes = docs.parallelStream().map(doc -> TypesetRoundTrip.measure(doc, v)).toList();
            for (TypesetRoundTrip.Outcome o : outcomes) {
                String doc = o.doc();
                vs += o.textStatements();
                vf += o.found();
                vSpaced += o.foundSpaced();
                if (!o.extraSectors().isEmpty() || o.lostGlyphs() != 0 || o.unaccountedLines() != 0) {
                    problems.add(v + " / " + doc + ": extra sectors " + o.extraSectors() + ", lost glyphs "
                            + o.lostGlyphs() + ", unaccounted lines " + o.unaccountedLines());
                }
                if (Boolean.getBoolean("trendspor.pdf.verbose")) {
                    o.missed().forEach(m -> System.out.println("MISSED " + v + " / " + doc + ": " + m));
                }
            }
            report.append(String.format("  %-45s %4d of %4d (%.3f); spaces kept: %4d (%.3f)%n", v, vf, vs,
                    vs == 0 ? 1.0 : vf / (double) vs, vSpaced, vs == 0 ? 1.0 : vSpaced / (double) vs));
            statements += vs;
            found += vf;
        }
        double share = statements == 0 ? 1.0 : found / (double) statements;
        System.out.printf("Typeset PDFs (%d documents x %d variants): %d of %d statements found with the same sector"
                + " and section (%.3f)%n%s", docs.size(), Typesetter.VARIANTS.size(), found, statements, share, report);
        assertEquals(List.of(), problems);
        assertTrue(share >= MIN_FOUND, String.format("%.3f < %.2f%n%s", share, MIN_FOUND, report));
    }
}
