package no.trendspor.tables;

/**
 * What the caller knows about a table that the table itself may not say: the municipality, for
 * tables exported from a municipality's own report ("Last ned tabelldata"), which have indicator
 * rows and year columns but no region column. A region column in the table wins.
 *
 * @param municipalityCode the municipality number, or {@code null}
 * @param municipalityName the municipality name, or {@code null}
 */
public record TableDefaults(String municipalityCode, String municipalityName) {

    /** Nothing known beyond the table. */
    public static final TableDefaults NONE = new TableDefaults(null, null);
}
