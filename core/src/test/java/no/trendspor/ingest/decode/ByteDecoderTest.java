package no.trendspor.ingest.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import no.trendspor.ingest.InputException;
import org.junit.jupiter.api.Test;

class ByteDecoderTest {

    private final ByteDecoder decoder = new ByteDecoder();
    private static final String TEXT = "Årsrapport 2019 for Bærum: økt kvalitet";

    @Test
    void readsUtf8WithAndWithoutBom() {
        byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        assertEquals(TEXT, decoder.decode("a", plain).text());
        DecodedText withBom = decoder.decode("b", bom);
        assertEquals(TEXT, withBom.text());
        assertTrue(withBom.warnings().isEmpty());
    }

    @Test
    void readsUtf16WithBom() {
        assertEquals(TEXT, decoder.decode("le", ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE)).text());
        assertEquals(TEXT, decoder.decode("be", ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16BE)).text());
    }

    @Test
    void readsWindows1252WithAWarning() {
        DecodedText d = decoder.decode("latin", TEXT.getBytes(Charset.forName("windows-1252")));
        assertEquals(TEXT, d.text());
        assertEquals("windows-1252", d.charset());
        assertEquals("encoding-repaired", d.warnings().get(0).code());
    }

    @Test
    void refusesBinaryAndEmptyInputNamingTheSource() {
        InputException pdf = assertThrows(InputException.class,
                () -> decoder.decode("report.pdf", "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(pdf.getMessage().startsWith("report.pdf"));
        InputException nul = assertThrows(InputException.class,
                () -> decoder.decode("x.bin", new byte[] {'a', '\n', 'b', 0, 'c'}));
        assertEquals(2, nul.line());
        byte[] controls = new byte[200];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 2 == 0 ? 0x01 : 'a');
        }
        assertThrows(InputException.class, () -> decoder.decode("ctl", controls));
        assertThrows(InputException.class, () -> decoder.decode("empty", new byte[0]));
        assertThrows(InputException.class, () -> decoder.decode("blank", " \n\t\r\n\u00A0".getBytes(StandardCharsets.UTF_8)));
    }
}
