package no.trendspor.model;

import java.util.List;
import java.util.Objects;

/**
 * One sector of a report (e.g. "Oppvekst skole") with its statements in source order.
 *
 * @param name                  the sector name as the page gives it
 * @param nameSource            where the name came from: a heading line, or the mission sentence
 *                              when the page has no heading
 * @param statements            the statements, in source order
 * @param challengeListCutShort the page's text ends inside this sector before its challenge list
 *                              is complete (cut inside the list, or before the list was reached),
 *                              so challenges may be missing: an excerpt, not the whole page. A
 *                              challenge absent from such a list is not evidence that it was
 *                              dropped
 */
public record Sector(String name, NameSource nameSource, List<Statement> statements, boolean challengeListCutShort) {

    /** Where a sector's name was found. */
    public enum NameSource {
        HEADING, MISSION_SENTENCE, HINT,
        /**
         * The organisation as a whole: challenges or results a whole-municipality chapter states
         * (an annual report's "Årsberetning", a plan's "Utfordringer og muligheter"), outside any
         * service area
         */
        WHOLE_ORGANISATION
    }

    public Sector {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nameSource, "nameSource");
        statements = List.copyOf(statements);
    }

    /** A sector whose challenge list is complete (not {@linkplain #challengeListCutShort() cut short}). */
    public Sector(String name, NameSource nameSource, List<Statement> statements) {
        this(name, nameSource, statements, false);
    }

    /** The statements of one section kind, in source order. */
    public List<Statement> statements(SectionKind kind) {
        return statements.stream().filter(s -> s.section() == kind).toList();
    }

    @Override
    public String toString() {
        return "Sector " + name + " (" + statements.size() + " statements"
                + (challengeListCutShort ? ", challenge list cut short" : "") + ")";
    }
}
