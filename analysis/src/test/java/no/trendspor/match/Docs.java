package no.trendspor.match;

import java.util.ArrayList;
import java.util.List;
import no.trendspor.model.LineSpan;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.SectionKind;
import no.trendspor.model.Sector;
import no.trendspor.model.Statement;

/** Hand-built documents for tests (texts written for the tests, not taken from any report). */
final class Docs {

    private Docs() {
    }

    /** A sector: name, then alternating "c:"/"r:" prefixed statements. */
    static Sector sector(String name, String idPrefix, String... statements) {
        List<Statement> out = new ArrayList<>();
        int line = 0;
        for (String s : statements) {
            line++;
            SectionKind kind = s.startsWith("c:") ? SectionKind.CHALLENGE : SectionKind.RESULT;
            String text = s.substring(2).strip();
            out.add(new Statement(idPrefix + (kind == SectionKind.CHALLENGE ? "-c" : "-r") + line, kind, null, text,
                    text, LineSpan.of(line), List.of()));
        }
        return new Sector(name, Sector.NameSource.HEADING, out);
    }

    static ReportDocument doc(String source, int year, String municipality, Sector... sectors) {
        return new ReportDocument(source, year, ReportDocument.YearSource.HINT, municipality, List.of(sectors),
                List.of(), List.of(), List.of(), 10);
    }
}
