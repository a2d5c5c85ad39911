package no.trendspor.ingest.decode;

import java.util.List;
import no.trendspor.model.Repair;
import no.trendspor.model.Warning;

/**
 * Text as decoded from bytes, before any other stage has touched it.
 *
 * @param text     the decoded text, byte-order mark removed
 * @param charset  the name of the charset that was used
 * @param warnings what the decoder had to guess
 * @param repairs  per-line record of a charset fallback: {@code before} is the line as a UTF-8
 *                 reader shows it (U+FFFD for the bad bytes), {@code after} as decoded
 */
public record DecodedText(String text, String charset, List<Warning> warnings, List<Repair> repairs) {

    public DecodedText {
        warnings = List.copyOf(warnings);
        repairs = List.copyOf(repairs);
    }
}
