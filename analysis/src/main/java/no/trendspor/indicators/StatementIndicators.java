package no.trendspor.indicators;

import java.util.List;

/**
 * What one statement says in numbers and stated directions.
 *
 * @param observations measured values, in text order (derived values after the ones they come from)
 * @param qualitative  directions without numbers
 */
public record StatementIndicators(List<Observation> observations, List<QualitativeObservation> qualitative) {

    public StatementIndicators {
        observations = List.copyOf(observations);
        qualitative = List.copyOf(qualitative);
    }
}
