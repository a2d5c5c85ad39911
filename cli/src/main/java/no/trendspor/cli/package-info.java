/**
 * The {@code trendspor} command line (picocli): {@code analyze} (JSON, Markdown or HTML report),
 * {@code trend}, {@code shell} (JShell with Trendspor on the class path) and help. stdout carries
 * only the report; messages, warnings and the progress bar go to stderr.
 */
package no.trendspor.cli;
