/**
 * Service interfaces through which optional artifacts add input formats: {@code trendspor-pdf}
 * adds PDF reports, {@code trendspor-tables} key-figure tables. Found with
 * {@link java.util.ServiceLoader}.
 */
package no.trendspor.spi;
