/**
 * Ingest: turns the extracted text of a municipal annual report into a lossless
 * {@link no.trendspor.model.ReportDocument}. Entry point {@link no.trendspor.ingest.ReportParser};
 * the stages live in the sub-packages decode, text, block, repair and structure.
 */
package no.trendspor.ingest;
