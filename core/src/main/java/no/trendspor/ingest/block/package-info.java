/** Stage 3: logical lines to blocks (bullets with wrapped lines, prose lines, hyphenated breaks). */
package no.trendspor.ingest.block;
