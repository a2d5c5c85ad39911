package no.trendspor.match;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * A statement's identity that survives re-runs: municipality (as the analysis names it, plans with
 * " (plan)"), report year, the sector as the report prints it, and a hash of the statement's
 * normalised text (lower case, letters and digits, single spaces; Unicode NFC). Adding a report year
 * or reordering the inputs leaves every key of the other statements as it was. Written
 * {@code municipality|year|sector|hash}; municipality and sector compare case-insensitively.
 *
 * @param municipality the municipality
 * @param year         the report year
 * @param sector       the sector as printed
 * @param hash         the first 12 hex digits of the SHA-256 of the normalised text
 */
public record StatementKey(String municipality, int year, String sector, String hash) {

    private static final java.util.regex.Pattern NOT_LETTER_OR_DIGIT =
            java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    public StatementKey {
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(hash, "hash");
        municipality = municipality.strip();
        sector = sector.strip();
        hash = hash.strip().toLowerCase(Locale.ROOT);
    }

    /** The key of a statement with this text. */
    public static StatementKey of(String municipality, int year, String sector, String text) {
        return new StatementKey(municipality, year, sector, hash(text));
    }

    /** The key of an analysed statement. */
    static StatementKey of(StatementRef r) {
        return of(r.municipality(), r.year(), r.rawSector(), r.text());
    }

    /**
     * Reads {@code municipality|year|sector|hash}.
     *
     * @throws IllegalArgumentException with a readable reason when the text is not a key
     */
    public static StatementKey parse(String text) {
        String t = text.strip();
        int first = t.indexOf('|');
        int second = first < 0 ? -1 : t.indexOf('|', first + 1);
        int last = t.lastIndexOf('|');
        if (first < 0 || second < 0 || last <= second) {
            throw new IllegalArgumentException("not a statement key (municipality|year|sector|hash): " + t);
        }
        int year;
        try {
            year = Integer.parseInt(t.substring(first + 1, second).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the year of a statement key is not a number: " + t);
        }
        String hash = t.substring(last + 1).strip();
        if (!hash.matches("[0-9a-fA-F]{12}")) {
            throw new IllegalArgumentException("the hash of a statement key is not 12 hex digits: " + t);
        }
        return new StatementKey(t.substring(0, first), year, t.substring(second + 1, last), hash);
    }

    /**
     * Hashes by text, bounded (emptied when full): every statement's key is written with the report
     * and looked up again for decisions and possible links, and a national run holds the same text
     * in many reports.
     */
    private static final no.trendspor.memo.BoundedMemo<String, String> HASHES =
            new no.trendspor.memo.BoundedMemo<>(200_000, StatementKey::freshHash);

    /** The normalised text's hash, 12 hex digits. */
    static String hash(String text) {
        return HASHES.get(text);
    }

    private static String freshHash(String text) {
        String n = NOT_LETTER_OR_DIGIT.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT))
                .replaceAll(" ").strip();
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(n.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Same statement: municipality and sector case-insensitively, year and hash exactly. */
    boolean matches(StatementKey o) {
        return year == o.year && hash.equals(o.hash) && municipality.equalsIgnoreCase(o.municipality)
                && sector.equalsIgnoreCase(o.sector);
    }

    /** A case-folded form for lookups. */
    String lookup() {
        return municipality.toLowerCase(Locale.ROOT) + "|" + year + "|" + sector.toLowerCase(Locale.ROOT) + "|" + hash;
    }

    @Override
    public String toString() {
        return municipality + "|" + year + "|" + sector + "|" + hash;
    }
}
