package no.trendspor.indicators;

import java.util.Objects;

/**
 * A direction stated without a number ("Antall barn ... øker", "Sykefraværet er redusert").
 *
 * @param subject    what moves, as read (lower case)
 * @param key        the normalised subject, comparable with {@link Observation#key()}
 * @param direction  the stated direction
 * @param year       the report year
 * @param provenance where it was read; the quote is the direction phrase's sentence part
 */
public record QualitativeObservation(String subject, String key, StatedDirection direction, int year,
        Provenance provenance) {

    /** A direction as stated in words. */
    public enum StatedDirection {
        UP, DOWN, STABLE
    }

    public QualitativeObservation {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(provenance, "provenance");
    }
}
