package no.trendspor.tables;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import no.trendspor.ingest.InputException;

/**
 * Municipality identity across the reforms: maps any historical municipality number to a stable
 * identity (the newest number it leads to), so that series keyed by 0219 (Bærum until 2019),
 * 3024 (2020–2023) and 3201 (from 2024) join.
 *
 * <p>The bundled table ({@link #bundled()}) is transcribed from SSB's Klass classification 131
 * change tables and lists every change of number 2017–2024 (splits aside, see the resource's
 * header); with the numbers that never changed it also knows which numbers were never valid
 * ({@link #isKnown}). Unknown numbers map to themselves. Immutable and thread-safe.
 */
public final class MunicipalityRegistry {

    /** Classpath location of the bundled change table. */
    public static final String RESOURCE = "/no/trendspor/tables/municipality-changes.tsv";
    /** Classpath location of the bundled list of numbers that kept their number or were split. */
    public static final String CODES_RESOURCE = "/no/trendspor/tables/municipality-codes.tsv";
    private static final int MAX_CHAIN = 16;

    private static volatile MunicipalityRegistry bundled;

    // old code -> its changes, oldest first (a number can in principle be reused later)
    private final Map<String, List<MunicipalityChange>> byOldCode;
    private final List<MunicipalityChange> changes;
    // every number known to have been valid: old and new numbers of the changes plus the listed ones;
    // empty when the registry was built without a list, and then every number counts as known
    private final java.util.Set<String> knownCodes;

    private MunicipalityRegistry(List<MunicipalityChange> changes) {
        this(changes, List.of());
    }

    private MunicipalityRegistry(List<MunicipalityChange> changes, java.util.Collection<String> otherCodes) {
        List<MunicipalityChange> sorted = new ArrayList<>(changes);
        sorted.sort(Comparator.comparingInt(MunicipalityChange::year).thenComparing(MunicipalityChange::oldCode));
        this.changes = List.copyOf(sorted);
        Map<String, List<MunicipalityChange>> index = new TreeMap<>();
        for (MunicipalityChange c : this.changes) {
            index.computeIfAbsent(c.oldCode(), k -> new ArrayList<>()).add(c);
        }
        this.byOldCode = index;
        java.util.Set<String> known = new TreeSet<>();
        if (!otherCodes.isEmpty()) {
            known.addAll(otherCodes);
            for (MunicipalityChange c : this.changes) {
                known.add(c.oldCode());
                known.add(c.newCode());
            }
        }
        this.knownCodes = java.util.Collections.unmodifiableSet(known);
    }

    /** The bundled table of changes (see the resource's header for its source). */
    public static MunicipalityRegistry bundled() {
        MunicipalityRegistry r = bundled;
        if (r == null) {
            try (InputStream in = MunicipalityRegistry.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                r = parse(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .withKnownCodes(readCodes(CODES_RESOURCE));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bundled = r;
        }
        return r;
    }

    /** A registry with no changes: every number is its own identity. */
    public static MunicipalityRegistry empty() {
        return new MunicipalityRegistry(List.of());
    }

    /**
     * Reads a change table in the bundled format: '#' comments, then tab-separated
     * {@code old_code, old_name, new_code, new_name, year, kind} with kind {@code renumbered} or
     * {@code merged}.
     *
     * @throws InputException for a malformed row, or a number changing twice in one year (a split,
     *                        which one identity cannot represent)
     */
    public static MunicipalityRegistry parse(String source, String text) {
        List<MunicipalityChange> changes = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 6) {
                throw new InputException(source, i + 1, "expected 6 tab-separated fields, found " + f.length);
            }
            String oldCode = f[0].strip();
            String newCode = f[2].strip();
            if (!oldCode.matches("\\d{4}") || !newCode.matches("\\d{4}")) {
                throw new InputException(source, i + 1, "municipality numbers have four digits: " + oldCode + ", " + newCode);
            }
            int year;
            try {
                year = Integer.parseInt(f[4].strip());
            } catch (NumberFormatException e) {
                throw new InputException(source, i + 1, "year '" + f[4] + "' is not a number");
            }
            MunicipalityChange.Kind kind;
            try {
                kind = MunicipalityChange.Kind.valueOf(f[5].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InputException(source, i + 1, "kind '" + f[5] + "' is neither renumbered nor merged");
            }
            MunicipalityChange change = new MunicipalityChange(oldCode, f[1].strip(), newCode, f[3].strip(), year, kind);
            if (oldCode.equals(newCode)) {
                throw new InputException(source, i + 1, "old and new number are the same: " + oldCode);
            }
            if (changes.stream().anyMatch(c -> c.oldCode().equals(oldCode) && c.year() == year)) {
                throw new InputException(source, i + 1, oldCode + " changes twice in " + year);
            }
            changes.add(change);
        }
        return new MunicipalityRegistry(changes);
    }

    /**
     * This registry with a list of further valid numbers (those that never changed, or were split),
     * so that {@link #isKnown} can tell a number that never existed.
     */
    public MunicipalityRegistry withKnownCodes(java.util.Collection<String> codes) {
        return new MunicipalityRegistry(changes, codes);
    }

    /**
     * True when {@code code} is a municipality number the registry knows to have been valid (an old or
     * new number of a change, or a listed number); a registry without a list of numbers knows them all.
     */
    public boolean isKnown(String code) {
        return knownCodes.isEmpty() || knownCodes.contains(code);
    }

    /** Reads the first column of a bundled list of numbers ('#' comments, tab-separated). */
    private static List<String> readCodes(String resource) throws IOException {
        try (InputStream in = MunicipalityRegistry.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<String> codes = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank() || lines[i].startsWith("#")) {
                    continue;
                }
                String code = lines[i].split("\t", -1)[0].strip();
                if (!code.matches("\\d{4}")) {
                    throw new InputException(resource, i + 1, "municipality numbers have four digits: " + code);
                }
                codes.add(code);
            }
            return codes;
        }
    }

    /** All known changes, by year then old number. */
    public List<MunicipalityChange> changes() {
        return changes;
    }

    /**
     * The stable identity of a municipality number seen in data for {@code year}.
     *
     * <p>SSB re-keys old years to new numbers, and tables keep old numbers after a change, so the
     * year does not restrict which changes apply; it only picks, for a number used by different
     * municipalities at different times, the use current in that year. Codes that are not
     * municipality numbers (counties, "EAK") and {@code null} are returned unchanged.
     */
    public CanonicalMunicipality canonical(String code, int year) {
        if (code == null) {
            return new CanonicalMunicipality(null, null, null, false, List.of());
        }
        String current = code;
        int at = year;
        boolean merged = false;
        String name = null;
        List<MunicipalityChange> path = new ArrayList<>();
        for (int step = 0; step < MAX_CHAIN; step++) {
            MunicipalityChange next = next(current, at);
            if (next == null) {
                break;
            }
            path.add(next);
            merged |= next.kind() == MunicipalityChange.Kind.MERGED;
            current = next.newCode();
            name = next.newName();
            at = next.year();
        }
        return new CanonicalMunicipality(code, current, name, merged, path);
    }

    /**
     * Years in which other municipalities were merged into {@code identity} (as returned by
     * {@link #canonical}): the identity's territory grew, so totals jump while rates may not.
     */
    public List<Integer> territoryChanges(String identity) {
        TreeSet<Integer> years = new TreeSet<>();
        for (MunicipalityChange c : changes) {
            if (c.kind() == MunicipalityChange.Kind.MERGED
                    && canonical(c.newCode(), c.year()).code().equals(identity)) {
                years.add(c.year());
            }
        }
        return List.copyOf(years);
    }

    /** All numbers that lead to {@code identity}, itself included, sorted. */
    public List<String> codesOf(String identity) {
        TreeSet<String> codes = new TreeSet<>();
        codes.add(identity);
        for (MunicipalityChange c : changes) {
            if (canonical(c.oldCode(), c.year() - 1).code().equals(identity)) {
                codes.add(c.oldCode());
                codes.add(c.newCode());
            }
        }
        return List.copyOf(codes);
    }

    /** The change to follow from {@code code} used in {@code year}: the first one after that year, else the last. */
    private MunicipalityChange next(String code, int year) {
        List<MunicipalityChange> candidates = byOldCode.get(code);
        if (candidates == null) {
            return null;
        }
        for (MunicipalityChange c : candidates) {
            if (c.year() > year) {
                return c;
            }
        }
        return candidates.get(candidates.size() - 1);
    }
}
