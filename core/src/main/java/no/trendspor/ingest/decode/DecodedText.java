package no.trendspor.ingest.decode;

import java.util.List;
import no.trendspor.model.Warning;

/**
 * Text as decoded from bytes, before any other stage has touched it.
 *
 * @param text     the decoded text, byte-order mark removed
 * @param charset  the name of the charset that was used
 * @param warnings what the decoder had to guess
 */
public record DecodedText(String text, String charset, List<Warning> warnings) {

    public DecodedText {
        warnings = List.copyOf(warnings);
    }
}
