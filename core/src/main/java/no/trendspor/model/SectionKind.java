package no.trendspor.model;

/** Which part of a sector page a statement belongs to. */
public enum SectionKind {
    /** The sector's mission sentence ("Oppvekst skole skal ..."). */
    MISSION("mission"),
    /** A bullet under "Viktige resultater og innsatser i YEAR". */
    RESULT("result"),
    /** A bullet under "Utfordringer fremover", "Utfordringer" or "Sektorens utfordringer". */
    CHALLENGE("challenge"),
    /** A key-figure table reference ("Tabell 15 viser nøkkeltall for ..."). */
    KEY_FIGURES("keyFigures"),
    /** Running prose inside a sector that is none of the above. */
    OTHER("other");

    private final String jsonName;

    SectionKind(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name used in JSON output. */
    public String jsonName() {
        return jsonName;
    }
}
