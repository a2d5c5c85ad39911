/**
 * Trendspor's report model and lossless ingest: {@link no.trendspor.ingest.ReportParser} turns a
 * report's bytes into a {@link no.trendspor.model.ReportDocument}. The ingest stages are internal.
 */
module no.trendspor.core {
    requires org.apache.lucene.core;
    requires org.apache.lucene.analysis.common;

    exports no.trendspor.model;
    exports no.trendspor.ingest;
    // heading and line patterns the library's loader and the PDF reader share with ingest
    exports no.trendspor.ingest.structure to no.trendspor.analysis, no.trendspor.pdf;
    exports no.trendspor.memo to no.trendspor.analysis;
}
