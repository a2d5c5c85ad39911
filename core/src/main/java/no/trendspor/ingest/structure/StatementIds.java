package no.trendspor.ingest.structure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import no.trendspor.model.SectionKind;

/**
 * Stable statement ids.
 *
 * <p>Scheme: the first 12 hex digits (48 bits) of SHA-256 over the UTF-8 bytes of
 * {@code baseName + '\n' + sector + '\n' + section.jsonName() + '\n' + index}, where
 * {@code baseName} is the source's file name without directories (so ids do not depend on where a
 * file lies), {@code sector} the sector name, and {@code index} the 1-based position of the
 * statement within its section of that sector. The same file parsed twice gives the same ids.
 */
public final class StatementIds {

    private StatementIds() {
    }

    /** The id of the {@code index}-th (1-based) statement of a section. */
    public static String id(String source, String sector, SectionKind section, int index) {
        String key = baseName(source) + "\n" + sector + "\n" + section.jsonName() + "\n" + index;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** The file name without directories ('/' or '\' separated). */
    public static String baseName(String source) {
        int cut = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return source.substring(cut + 1);
    }
}
