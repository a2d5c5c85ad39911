package no.trendspor.ingest.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * What a page's label says the page is: a caller's hint such as a corpus record's {@code sector}
 * field ("6 Helse og velferd", "8. Måloppnåelse for tjenestene (Oppvekst skole)", "Lederkommentar",
 * "Årsberetning"). Only a label that names a service area gives the page a sector; a cover, a table
 * of contents, a foreword or a news item gives none; anything else is a chapter about the
 * municipality as a whole.
 *
 * @param kind        what the page is
 * @param serviceArea the clean name of the service area, for {@link Kind#SERVICE_AREA}; else {@code null}
 */
record PageLabel(Kind kind, String serviceArea) {

    /** What a page is, by its label. */
    enum Kind {
        /** No label. */
        NONE,
        /** A page of one service area. */
        SERVICE_AREA,
        /** A cover, table of contents, foreword or news item. */
        FRONT_MATTER,
        /** A chapter about the organisation as a whole ("Årsberetning", "Utfordringer og muligheter"). */
        WHOLE_ORGANISATION
    }

    static final PageLabel NONE = new PageLabel(Kind.NONE, null);

    /** Reads a label; {@code null} gives {@link #NONE}. */
    static PageLabel of(String label) {
        if (label == null || label.isBlank()) {
            return NONE;
        }
        List<String> parts = parts(label);
        // a table of contents, cover, leader's foreword or news item, whatever else the label
        // names; an "Innledning" may be a sector chapter's introduction: the sector wins over it
        for (String part : parts) {
            Headings.Meaning m = Headings.of(part);
            if (m == Headings.Meaning.CONTENTS || (m == Headings.Meaning.FRONT_MATTER && !Headings.introduction(part))) {
                return new PageLabel(Kind.FRONT_MATTER, null);
            }
        }
        for (String part : parts) {
            if (Headings.of(part) == Headings.Meaning.SERVICE_AREA) {
                return new PageLabel(Kind.SERVICE_AREA, Headings.serviceAreaName(part));
            }
        }
        for (String part : parts) {
            if (Headings.of(part) == Headings.Meaning.FRONT_MATTER) {
                return new PageLabel(Kind.FRONT_MATTER, null);
            }
        }
        return new PageLabel(Kind.WHOLE_ORGANISATION, null);
    }

    /** The label, the label without its brackets, and what its brackets hold ("X (Y)" gives "X (Y)", "X", "Y"). */
    private static List<String> parts(String label) {
        List<String> out = new ArrayList<>();
        String s = label.strip();
        int open = s.indexOf('(');
        int close = s.lastIndexOf(')');
        if (open > 0 && close > open) {
            out.add(s.substring(0, open).strip());
            out.add(s.substring(open + 1, close).strip());
        } else {
            out.add(s);
        }
        // "Lederkommentar / Innhold": each part on its own as well
        for (String p : List.copyOf(out)) {
            if (p.contains(" / ")) {
                for (String q : p.split(" / ")) {
                    out.add(q.strip());
                }
            }
        }
        out.removeIf(String::isEmpty);
        return out;
    }
}
