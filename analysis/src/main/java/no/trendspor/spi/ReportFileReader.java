package no.trendspor.spi;

import java.nio.file.Path;
import no.trendspor.model.ReportDocument;

/**
 * Reads one kind of report file that plain-text ingest cannot (a PDF, for instance). Found with
 * {@link java.util.ServiceLoader}: putting an artifact that provides one on the class path (or
 * module path) is all it takes to analyse such files.
 */
public interface ReportFileReader {

    /**
     * True when this reader reads the file, judged by its name.
     *
     * @param lowerCaseName the file name in lower case (Locale.ROOT)
     * @return whether {@link #read} should be given this file
     */
    boolean reads(String lowerCaseName);

    /**
     * Reads the file into a document.
     *
     * @param file the file to read
     * @return the ingested document, with its warnings
     * @throws no.trendspor.ingest.InputException naming the file when it cannot be read
     */
    ReportDocument read(Path file);

    /**
     * True when this reader reads input that starts with these bytes, for input without a file
     * name (standard input). None by default.
     *
     * @param bytes the whole input
     * @return whether {@link #read(String, byte[])} should be given it
     */
    default boolean readsContent(byte[] bytes) {
        return false;
    }

    /**
     * Reads input given as bytes (standard input) into a document.
     *
     * @param source the name to report it under, e.g. {@code (stdin)}
     * @param bytes  the whole input
     * @return the ingested document, with its warnings
     * @throws no.trendspor.ingest.InputException naming the source when it cannot be read
     */
    default ReportDocument read(String source, byte[] bytes) {
        throw new UnsupportedOperationException("this reader reads files only");
    }
}
