/** Test fixtures shared by the modules' tests: jqwik generators of report-shaped text. */
package no.trendspor.testing;
