package no.trendspor.tables;

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

    /**
     * Reads a table file; see {@link CsvTableReader} and {@link JsonStatReader}. The file is read
     * as a stream of at most 64 MiB; a FIFO is read like a file, a device or directory refused.
     *
     * @throws InputException naming the file, for a file that cannot be read as a table
     */
    public static KeyFigureTable read(Path file, TableDefaults defaults) {
        return read(file.toString(), TableFile.read(file), defaults);
    }

    /**
     * Checks without opening it that a file can be read as a table (it exists and is a regular
     * file or a FIFO, not a directory or device), so a run can refuse it before any work.
     *
     * @throws InputException naming the file
     */
    public static void check(Path file) {
        TableFile.check(file);
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
