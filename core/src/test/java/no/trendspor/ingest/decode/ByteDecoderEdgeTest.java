package no.trendspor.ingest.decode;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.trendspor.ingest.InputException;
import no.trendspor.model.Repair;
import org.junit.jupiter.api.Test;

/** Edges of the decoder: exact thresholds, line counting, charset naming, per-line fallback. */
class ByteDecoderEdgeTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private final ByteDecoder decoder = new ByteDecoder();

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    @Test
    void pureWindows1252IsNamedSoAndNotCalledMixed() {
        DecodedText d = decoder.decode("a", "Blåbær\nog\nrømme\n".getBytes(CP1252));
        assertEquals("Blåbær\nog\nrømme\n", d.text());
        assertEquals("windows-1252", d.charset());
        assertEquals("2 line(s) are not valid UTF-8 and were read as Windows-1252", d.warnings().get(0).message());
        assertEquals(1, d.warnings().get(0).line());
        assertEquals(List.of(1, 3), d.repairs().stream().map(Repair::line).toList());
        assertEquals("Blåbær", d.repairs().get(0).after());
        assertTrue(d.repairs().get(0).before().contains("\uFFFD"), d.repairs().get(0).before());
    }

    @Test
    void mixedFilesAreNamedAndCountedLineByLineKeepingCrlf() {
        byte[] bytes = concat("ascii\r\n".getBytes(StandardCharsets.UTF_8), "Bærum\r\n".getBytes(StandardCharsets.UTF_8),
                "Bærum\r\n".getBytes(CP1252), "slutt".getBytes(StandardCharsets.UTF_8));
        DecodedText d = decoder.decode("m", bytes);
        assertEquals("ascii\r\nBærum\r\nBærum\r\nslutt", d.text());
        assertEquals("UTF-8+windows-1252", d.charset());
        assertEquals("1 line(s) are not valid UTF-8 and were read as Windows-1252; 1 other line(s) with letters"
                + " beyond ASCII are UTF-8 (mixed encodings)", d.warnings().get(0).message());
        assertEquals(3, d.warnings().get(0).line());
        assertEquals(List.of(3), d.repairs().stream().map(Repair::line).toList());
    }

    @Test
    void aUtf8ByteOrderMarkIsDroppedAlsoWhenTheRestFallsBack() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertEquals("Bærum\n", decoder.decode("b", concat(bom, "Bærum\n".getBytes(CP1252))).text());
        assertEquals("Bærum", decoder.decode("b", concat(bom, "Bærum".getBytes(StandardCharsets.UTF_8))).text());
    }

    @Test
    void undefinedWindows1252BytesBecomeTheirLatin1ControlsAndDefinedOnesTheirLetters() {
        String s = ByteDecoder.windows1252(new byte[] {'a', 0x7F, (byte) 0x80, (byte) 0x81, (byte) 0x8D, (byte) 0x9F, (byte) 0xFF});
        assertEquals("a\u007F€\u0081\u008DŸÿ", s);
    }

    @Test
    void theNulMessageSaysByteForBytesAndCharacterForUtf16() {
        InputException bytes = assertThrows(InputException.class, () -> decoder.decode("n", "a\nb\nc\u0000".getBytes(StandardCharsets.UTF_8)));
        assertEquals("n:3: binary input (NUL byte)", bytes.getMessage());
        byte[] utf16 = ("\uFEFFa\nb\nc\u0000d").getBytes(StandardCharsets.UTF_16LE);
        InputException chars = assertThrows(InputException.class, () -> decoder.decode("u", utf16));
        assertEquals("u:3: binary input (NUL character)", chars.getMessage());
    }

    @Test
    void controlCharactersAreBinaryAboveFivePercentAndOnlyTheRealOnesCount() {
        String ok = "\u0001".repeat(5) + "a".repeat(95);           // 5 in 100: exactly the share allowed
        assertDoesNotThrow(() -> decoder.decode("ok", ok.getBytes(StandardCharsets.UTF_8)));
        String over = "\u0001".repeat(6) + "a".repeat(94);         // 6 in 100
        InputException e = assertThrows(InputException.class, () -> decoder.decode("over", over.getBytes(StandardCharsets.UTF_8)));
        assertEquals("over: binary input (6 control characters in 100)", e.getMessage());
        // Tabs, CR, form feeds and C1 controls (Windows-1252 leftovers) are no sign of binary.
        String text = "\t\r\f\u0085".repeat(30) + "a";
        assertDoesNotThrow(() -> decoder.decode("text", text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aFilePrefixOfThePdfSignatureIsNoPdfButTheWholeSignatureIs() {
        InputException pdf = assertThrows(InputException.class, () -> decoder.decode("p", "%PDF-".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(pdf.getMessage().contains("PDF"));
        assertEquals("%PDF", decoder.decode("q", "%PDF".getBytes(StandardCharsets.US_ASCII)).text());
        assertEquals("%", decoder.decode("r", "%".getBytes(StandardCharsets.US_ASCII)).text());
    }

    @Test
    void invisibleCharactersAloneAreEmptyInputButOneVisibleCharacterIsNot() {
        for (String blank : List.of("\uFEFF\u200B", "\u200C\u200D", "\u2060 \u00AD", "\u00A0\u2003\n")) {
            InputException e = assertThrows(InputException.class, () -> decoder.decode("z", ("x" + blank).substring(1)
                    .getBytes(StandardCharsets.UTF_8)));
            assertEquals("z: empty input (only whitespace)", e.getMessage());
        }
        assertFalse(decoder.decode("v", "\u200B\u200Ex".getBytes(StandardCharsets.UTF_8)).text().isEmpty());
        assertEquals("\u200A\u200E", decoder.decode("w", "\u200A\u200E".getBytes(StandardCharsets.UTF_8)).text());
    }
}
