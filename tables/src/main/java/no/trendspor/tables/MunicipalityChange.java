package no.trendspor.tables;

import java.util.Objects;

/**
 * One municipality number change.
 *
 * @param oldCode the number before the change
 * @param oldName the name before the change
 * @param newCode the number from {@code year} on
 * @param newName the name from {@code year} on
 * @param year    the first year the new number is valid (changes take effect on 1 January)
 * @param kind    whether the municipality continues under the new number or was absorbed
 */
public record MunicipalityChange(String oldCode, String oldName, String newCode, String newName, int year,
        Kind kind) {

    /** What happened to the old municipality. */
    public enum Kind {
        /** The same municipality under a new number (it may have absorbed others the same year). */
        RENUMBERED,
        /** Absorbed into the new municipality: its own territory no longer exists. */
        MERGED
    }

    public MunicipalityChange {
        Objects.requireNonNull(oldCode, "oldCode");
        Objects.requireNonNull(newCode, "newCode");
        Objects.requireNonNull(kind, "kind");
    }
}
