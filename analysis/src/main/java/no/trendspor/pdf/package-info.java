/**
 * Reading annual reports published as PDF: text extraction with Apache PDFBox, page and line
 * provenance for every output line, and removal (recorded, never silent) of running headers,
 * footers and page numbers. The plain text produced here is what the ingest pipeline parses; its
 * line numbers translate back to pages through {@link no.trendspor.pdf.PdfText#origin(int)}.
 */
package no.trendspor.pdf;
