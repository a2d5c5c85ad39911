package no.trendspor.match;

import no.trendspor.model.SectionKind;
import no.trendspor.text.AnalyzedText;

/** A statement with where it stands and its analysed form (internal working type). */
record StatementRef(
        String id,
        SectionKind section,
        String text,
        int year,
        String municipality,
        String rawSector,
        String source,
        AnalyzedText analysed) {

    Occurrence occurrence() {
        return new Occurrence(id, year, text);
    }
}
