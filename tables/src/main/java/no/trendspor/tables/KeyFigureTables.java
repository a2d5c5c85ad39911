package no.trendspor.tables;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import no.trendspor.ingest.InputException;

/**
 * Entry point for key-figure table files: picks the JSON-stat or the CSV reader by content (a JSON
 * document starts with '{' after an optional BOM and whitespace), not by file name, because
 * downloads are often saved with the wrong extension.
 */
public final class KeyFigureTables {

    private KeyFigureTables() {
    }

    /** Reads a table file; see {@link CsvTableReader} and {@link JsonStatReader}. */
    public static KeyFigureTable read(Path file, TableDefaults defaults) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(file.toString(), 0, "cannot read file: " + e.getMessage());
        }
        return read(file.toString(), bytes, defaults);
    }

    /** Reads a table given as bytes; {@code defaults} apply to CSV tables without a region column. */
    public static KeyFigureTable read(String source, byte[] bytes, TableDefaults defaults) {
        return looksLikeJson(bytes) ? new JsonStatReader().read(source, bytes)
                : new CsvTableReader().read(source, bytes, defaults);
    }

    static boolean looksLikeJson(byte[] bytes) {
        int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        return i < bytes.length && bytes[i] == '{';
    }
}
