/** Bounded memos of pure functions, shared by the ingest and the analysis of a run. */
package no.trendspor.memo;
