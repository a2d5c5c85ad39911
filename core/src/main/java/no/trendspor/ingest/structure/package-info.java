/** Stage 5: blocks to sectors, sections, statements, headings and unclassified text. */
package no.trendspor.ingest.structure;
