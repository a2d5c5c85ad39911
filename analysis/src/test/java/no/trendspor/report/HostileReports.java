package no.trendspor.report;

import java.util.ArrayList;
import java.util.List;
import no.trendspor.Trendspor;
import no.trendspor.model.LineSpan;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.SectionKind;
import no.trendspor.model.Sector;
import no.trendspor.model.Statement;

/**
 * Hand-made documents (texts written for the tests) whose names and statements carry markup and
 * table syntax, to prove that the reports escape every input text.
 */
final class HostileReports {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String CHALLENGE = "Ventelistene til " + SCRIPT + " avlastning | øker | år for år.";
    static final String SECTOR = "Helse | <b>omsorg</b>";
    static final String MUNICIPALITY = "Testby <img src=x onerror=alert(2)>";

    private HostileReports() {
    }

    /** Two report years of one sector; the challenge repeats, and one figure is given twice. */
    static TrendReport report() {
        return Trendspor.analyzeDocuments(List.of(
                doc("a|<i>2019</i>.txt", 2019, sector("a",
                        "c:" + CHALLENGE,
                        "c:Rekruttering av [fagfolk](http://example.invalid) er krevende.",
                        "r:Sykefraværet i sektoren var 8,1 prosent i 2019.")),
                doc("b-2021.txt", 2021, sector("b",
                        "c:" + CHALLENGE,
                        "c:Nye krav til `dokumentasjon` gir mer arbeid & <em>kostnader</em>.",
                        "r:Sykefraværet i sektoren var 6,5 prosent i 2021."))));
    }

    private static Sector sector(String idPrefix, String... statements) {
        List<Statement> out = new ArrayList<>();
        int line = 0;
        for (String s : statements) {
            line++;
            SectionKind kind = s.startsWith("c:") ? SectionKind.CHALLENGE : SectionKind.RESULT;
            String text = s.substring(2);
            out.add(new Statement(idPrefix + line, kind, null, text, text, LineSpan.of(line), List.of()));
        }
        return new Sector(SECTOR, Sector.NameSource.HEADING, out);
    }

    private static ReportDocument doc(String source, int year, Sector sector) {
        return new ReportDocument(source, year, ReportDocument.YearSource.HINT, MUNICIPALITY, List.of(sector),
                List.of(), List.of(), List.of(), 10);
    }
}
