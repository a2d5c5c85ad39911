package no.trendspor.ingest.decode;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import no.trendspor.ingest.InputException;
import no.trendspor.ingest.Limits;
import no.trendspor.model.Repair;

/**
 * Stage 1 of the ingest for a whole byte array: bytes to one text, line breaks kept. The ingest
 * itself reads through {@link LineDecoder}, line by line; this is the same decoding for callers
 * that want the text at once.
 *
 * <p>Accepts UTF-8 with or without byte-order mark and UTF-16 with byte-order mark. Bytes that are
 * not valid UTF-8 are read as Windows-1252 (a superset of Latin-1 in the printable range), with a
 * {@code encoding-repaired} warning. Binary input (a NUL byte, a PDF header, many control
 * characters) and empty input are refused with an {@link InputException} naming the source.
 */
public final class ByteDecoder {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Decodes {@code bytes}; {@code source} names the input in errors. */
    public DecodedText decode(String source, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InputException(source, 0, "empty input");
        }
        if (bytes.length > Limits.MAX_BYTES) {
            throw new InputException(source, 0, "input larger than " + Limits.MAX_BYTES + " bytes");
        }
        LineDecoder lines = LineDecoder.of(source, bytes);
        StringBuilder text = new StringBuilder(bytes.length);
        List<Repair> repairs = new ArrayList<>();
        for (LineDecoder.Line l = lines.next(); l != null; l = lines.next()) {
            text.append(l.text()).append(l.terminator());
            if (l.repair() != null) {
                repairs.add(l.repair());
            }
        }
        return new DecodedText(text.toString(), lines.charset(), lines.warnings(), repairs);
    }

    /** Windows-1252, with the five bytes it leaves undefined read as Latin-1 (C1 controls). */
    static String windows1252(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            int u = b & 0xFF;
            if (u < 0x80) {
                sb.append((char) u);
            } else {
                String s = new String(new byte[] {b}, WINDOWS_1252);
                sb.append(s.length() == 1 && s.charAt(0) != '\uFFFD' ? s.charAt(0) : (char) u);
            }
        }
        return sb.toString();
    }
}
