/** Stage 1: bytes to text (charset detection, binary refusal) and word-level mojibake repair. */
package no.trendspor.ingest.decode;
