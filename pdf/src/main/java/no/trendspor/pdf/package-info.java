/**
 * Reading annual reports published as typeset PDFs: layout-aware reading from PDFBox's text
 * positions (columns, paragraphs and list items wrapped over printed lines, headings, hyphenation),
 * running headers, footers and page numbers set aside and recorded, and provenance (page, column,
 * printed line) for every output line. The logical lines produced here are what the ingest parses;
 * see {@link no.trendspor.pdf.PdfTextExtractor} for the stages.
 */
package no.trendspor.pdf;
