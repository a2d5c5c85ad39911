package no.trendspor.ingest;

import java.nio.charset.StandardCharsets;
import no.trendspor.model.ReportDocument;

/**
 * Turns the text of a report (as extracted from PDF or web pages, damage included) into a
 * {@link ReportDocument}, losing nothing: every non-blank input line ends up in a statement, a
 * heading, or an unclassified entry with a reason.
 *
 * <p>Thread-safe and stateless.
 */
public final class ReportParser {

    /**
     * Parses raw bytes (UTF-8 with or without BOM; Windows-1252 and typical mojibake are repaired
     * when unambiguous, with a warning).
     *
     * @param source the input's name, used in errors and provenance; a four-digit year in it is the
     *               last resort for the report year
     * @throws InputException when the input is not a readable report (binary, empty, no year)
     */
    public ReportDocument parse(String source, byte[] bytes, IngestHints hints) {
        throw new UnsupportedOperationException("ingest pipeline not written yet");
    }

    /** Parses already-decoded text. */
    public ReportDocument parse(String source, String text, IngestHints hints) {
        return parse(source, text.getBytes(StandardCharsets.UTF_8), hints);
    }
}
