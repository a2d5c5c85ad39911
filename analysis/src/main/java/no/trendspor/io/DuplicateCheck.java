package no.trendspor.io;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.trendspor.ingest.InputException;
import no.trendspor.ingest.structure.StructureBuilder;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.Sector;
import no.trendspor.model.Statement;

/**
 * Refuses a run in which the same report is given twice: two documents of one kind (annual
 * reports, or plans) that claim the same municipality, year and sector, one repeating every
 * statement of the other. The analysis could not tell which of them speaks for that year. Several
 * pages of one report about one sector (a chapter and its sub-chapter, each given as a page, which
 * may overlap) each state something the other does not, and are read together. A document
 * that names no municipality, a sector that neither the page nor a hint names, and the
 * whole-organisation sector claim nothing.
 */
final class DuplicateCheck {

    private DuplicateCheck() {
    }

    static void requireDistinct(List<ReportDocument> docs) {
        Map<String, Claim> firstClaim = new HashMap<>();
        for (ReportDocument d : docs) {
            if (d.municipality() == null) {
                continue;
            }
            for (Sector s : d.sectors()) {
                if (s.name().equals(StructureBuilder.UNNAMED_SECTOR)
                        || s.nameSource() == Sector.NameSource.WHOLE_ORGANISATION) {
                    continue;
                }
                String key = d.kind() + "|" + d.municipality().toLowerCase(Locale.ROOT) + "|" + d.year() + "|"
                        + s.name().toLowerCase(Locale.ROOT);
                Set<String> texts = new HashSet<>();
                for (Statement st : s.statements()) {
                    texts.add(st.text());
                }
                Claim previous = firstClaim.putIfAbsent(key, new Claim(d.source(), texts));
                if (previous != null && !previous.source().equals(d.source()) && repeats(previous.texts(), texts)) {
                    throw new InputException(d.source(), 0, "claims the same municipality (" + d.municipality()
                            + "), year (" + d.year() + ") and sector (" + s.name() + ") as " + previous.source()
                            + " and repeats its statements");
                }
            }
        }
    }

    /** Whether every statement of the smaller set is in the other. */
    private static boolean repeats(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        if (small.isEmpty()) {
            return false;
        }
        return large.containsAll(small);
    }

    private record Claim(String source, Set<String> texts) {
    }
}
