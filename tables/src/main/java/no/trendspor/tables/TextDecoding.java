package no.trendspor.tables;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a table file: byte-order marks for UTF-8 and UTF-16, otherwise strict UTF-8, falling
 * back to Windows-1252 (what Excel on Norwegian Windows writes as "CSV") when the bytes are not
 * valid UTF-8. ISO-8859-1 files decode identically for all Norwegian letters. The text is then
 * brought to Unicode NFC.
 *
 * @param text    the decoded text, BOM removed
 * @param charset the charset used, for provenance
 */
record TextDecoding(String text, String charset) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Decodes and brings the text to Unicode NFC, as report text is (one text form for all input). */
    static TextDecoding decode(byte[] bytes) {
        TextDecoding d = decodeAsIs(bytes);
        return new TextDecoding(nfc(d.text()), d.charset());
    }

    static String nfc(String text) {
        return text == null || java.text.Normalizer.isNormalized(text, java.text.Normalizer.Form.NFC) ? text
                : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
    }

    private static TextDecoding decodeAsIs(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new TextDecoding(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8 (BOM)");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new TextDecoding(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE (BOM)");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new TextDecoding(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE (BOM)");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new TextDecoding(text, "UTF-8");
        } catch (CharacterCodingException e) {
            return new TextDecoding(new String(bytes, WINDOWS_1252), "windows-1252");
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
