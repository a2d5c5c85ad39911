package no.trendspor.eval;

import java.util.ArrayList;
import java.util.List;
import no.trendspor.model.LineSpan;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.SectionKind;
import no.trendspor.model.Sector;
import no.trendspor.model.Statement;

/**
 * Turns gold statements into {@link ReportDocument}s (one per gold source page, one sector named
 * as the page names it, statement ids = gold ids), so matching can be evaluated independently of
 * the ingest ("oracle extraction").
 */
public final class GoldDocuments {

    private GoldDocuments() {
    }

    /** The documents of one gold file, in the file's document order. */
    public static List<ReportDocument> of(GoldFile gold) {
        List<ReportDocument> out = new ArrayList<>();
        for (GoldFile.Document d : gold.documents()) {
            List<Statement> statements = new ArrayList<>();
            int line = 0;
            for (GoldFile.GoldStatement s : gold.statements()) {
                if (!s.file().equals(d.file())) {
                    continue;
                }
                line++;
                SectionKind kind = s.isChallenge() ? SectionKind.CHALLENGE : SectionKind.RESULT;
                statements.add(new Statement(s.id(), kind, null, s.text(), s.text(), LineSpan.of(line), List.of()));
            }
            Sector sector = new Sector(d.sector(), Sector.NameSource.HINT, statements);
            out.add(new ReportDocument(d.file(), d.year(), ReportDocument.YearSource.HINT, gold.municipality(),
                    List.of(sector), List.of(), List.of(), List.of(), Math.max(1, line)));
        }
        return out;
    }

    /** The documents of several gold files. */
    public static List<ReportDocument> of(List<GoldFile> golds) {
        List<ReportDocument> out = new ArrayList<>();
        for (GoldFile g : golds) {
            out.addAll(of(g));
        }
        return out;
    }
}
