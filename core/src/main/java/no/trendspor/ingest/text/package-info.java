/** Stage 2: line normalisation (odd spaces, invisible characters, bullet signs, merged bullets). */
package no.trendspor.ingest.text;
