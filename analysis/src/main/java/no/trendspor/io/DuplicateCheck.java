package no.trendspor.io;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.trendspor.ingest.InputException;
import no.trendspor.ingest.structure.StructureBuilder;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.Sector;

/**
 * Refuses a run in which two documents claim the same municipality, year and sector: the
 * analysis could not tell which of them speaks for that year. A document that names no
 * municipality, or a sector that neither the page nor a hint names, claims nothing.
 */
final class DuplicateCheck {

    private DuplicateCheck() {
    }

    static void requireDistinct(List<ReportDocument> docs) {
        Map<String, String> firstClaim = new HashMap<>();
        for (ReportDocument d : docs) {
            if (d.municipality() == null) {
                continue;
            }
            for (Sector s : d.sectors()) {
                if (s.name().equals(StructureBuilder.UNNAMED_SECTOR)) {
                    continue;
                }
                String key = d.municipality().toLowerCase(Locale.ROOT) + "|" + d.year() + "|"
                        + s.name().toLowerCase(Locale.ROOT);
                String previous = firstClaim.putIfAbsent(key, d.source());
                if (previous != null && !previous.equals(d.source())) {
                    throw new InputException(d.source(), 0, "claims the same municipality (" + d.municipality()
                            + "), year (" + d.year() + ") and sector (" + s.name() + ") as " + previous);
                }
            }
        }
    }
}
