package no.trendspor.tables;

import java.util.List;

/**
 * A municipality number resolved to a stable identity: the newest number its line of succession
 * leads to.
 *
 * @param inputCode the number as given
 * @param code      the stable identity (the current number); equals {@code inputCode} when no
 *                  change is known
 * @param name      the current name when the registry knows it, else {@code null}
 * @param merged    true when the input municipality was absorbed into {@code code}: its figures
 *                  describe a different, smaller territory than the identity's
 * @param path      the changes followed, oldest first (empty when the number never changed)
 */
public record CanonicalMunicipality(String inputCode, String code, String name, boolean merged,
        List<MunicipalityChange> path) {

    public CanonicalMunicipality {
        path = List.copyOf(path);
    }

    /** True when the number changed at least once on the way to the identity. */
    public boolean renumbered() {
        return !path.isEmpty();
    }
}
