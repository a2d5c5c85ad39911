package no.trendspor.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.trendspor.model.ReportDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDFs typeset by engines the project does not control (see {@link ExternalTypesetting}), judged as
 * the project's own: the text's statements found with the same sector and section, no sector the
 * text lacks. Skips an engine that is not installed.
 */
class ExternalTypesettingTest {

    @TempDir
    Path tmp;

    /** The seeds in every engine style: fast enough for every build where the engines are installed. */
    @Test
    void seedsTypesetByOtherEnginesReadLikeTheirText() {
        double share = run(TypesetRoundTrip.documents().subList(0, 2), "seeds");
        assertTrue(share >= 0.9, "found " + share);
    }

    /** The seeds and the whole corpus: a couple of minutes, so only with -Pheavy. */
    @Test
    @Tag("heavy")
    void corpusTypesetByOtherEnginesReadLikeItsText() {
        double share = run(TypesetRoundTrip.documents(), "seeds and corpus");
        assertTrue(share >= 0.9, "found " + share);
    }

    private double run(List<TypesetRoundTrip.Doc> docs, String what) {
        int statements = 0;
        int found = 0;
        int engines = 0;
        List<String> problems = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        for (ExternalTypesetting.Engine engine : ExternalTypesetting.ENGINES) {
            Optional<Path> program = ExternalTypesetting.program(engine.program());
            if (program.isEmpty()) {
                report.append("  ").append(engine).append(": not installed, skipped\n");
                continue;
            }
            engines++;
            int es = 0;
            int ef = 0;
            for (TypesetRoundTrip.Doc doc : docs) {
                ReportDocument fromText = TypesetRoundTrip.parseText(doc);
                String html = ExternalTypesetting.source(engine, Typesetter.paragraphs(doc.text(), fromText), doc.title(),
                        doc.date());
                byte[] pdf = ExternalTypesetting.typeset(engine, program.get(), html, tmp);
                TypesetRoundTrip.Outcome o = TypesetRoundTrip.compare(doc, fromText, pdf, null);
                es += o.textStatements();
                ef += o.found();
                if (!o.extraSectors().isEmpty() || o.unaccountedLines() != 0) {
                    problems.add(engine + " / " + doc + ": extra sectors " + o.extraSectors() + ", unaccounted lines "
                            + o.unaccountedLines());
                }
                if (Boolean.getBoolean("trendspor.pdf.verbose")) {
                    o.missed().forEach(m -> System.out.println("MISSED " + engine + " / " + doc + ": " + m));
                }
            }
            report.append(String.format("  %-40s %4d of %4d (%.3f)%n", engine, ef, es, es == 0 ? 1.0 : ef / (double) es));
            statements += es;
            found += ef;
        }
        Assumptions.assumeTrue(engines > 0, "no external typesetting engine installed");
        double share = statements == 0 ? 1.0 : found / (double) statements;
        System.out.printf("PDFs of other engines (%s): %d of %d statements found with the same sector and section"
                + " (%.3f)%n%s", what, found, statements, share, report);
        assertEquals(List.of(), problems);
        return share;
    }
}
