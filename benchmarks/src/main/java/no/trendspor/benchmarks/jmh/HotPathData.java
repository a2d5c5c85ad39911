package no.trendspor.benchmarks.jmh;

import java.util.ArrayList;
import java.util.List;
import no.trendspor.benchmarks.corpus.CorpusSpec;
import no.trendspor.benchmarks.corpus.GeneratedReport;
import no.trendspor.benchmarks.corpus.SyntheticCorpus;
import no.trendspor.ingest.IngestHints;
import no.trendspor.ingest.ReportParser;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.SectionKind;
import no.trendspor.model.Sector;
import no.trendspor.model.Statement;

/** Shared inputs of the hot-path suites: parsed reports of the synthetic corpus. */
final class HotPathData {

  private HotPathData() {}

  /** The first {@code municipalities} municipalities × 10 years, parsed one municipality at a time. */
  static List<ReportDocument> parsed(int municipalities) {
    List<GeneratedReport> reports = new SyntheticCorpus(CorpusSpec.standard(municipalities)).reports();
    List<ReportDocument> out = new ArrayList<>();
    ReportParser parser = new ReportParser();
    List<ReportParser.Input> batch = new ArrayList<>();
    String current = null;
    for (GeneratedReport r : reports) {
      if (current != null && !current.equals(r.municipality())) {
        out.addAll(parser.parseAll(batch));
        batch.clear();
      }
      current = r.municipality();
      batch.add(new ReportParser.Input(r.source(), r.text().getBytes(java.nio.charset.StandardCharsets.UTF_8),
          new IngestHints(r.year(), r.municipality(), null)));
    }
    out.addAll(parser.parseAll(batch));
    return out;
  }

  /** Texts of the statements of one section kind (all kinds when null), in document order. */
  static List<String> statementTexts(List<ReportDocument> docs, SectionKind kind) {
    List<String> out = new ArrayList<>();
    for (ReportDocument d : docs) {
      for (Sector s : d.sectors()) {
        for (Statement st : s.statements()) {
          if (kind == null || st.section() == kind) {
            out.add(st.text());
          }
        }
      }
    }
    return out;
  }
}
