package no.trendspor.ingest.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import no.trendspor.ingest.InputException;
import no.trendspor.ingest.Limits;
import org.junit.jupiter.api.Test;

class LineDecoderTest {

    private static List<LineDecoder.Line> lines(byte[] bytes) {
        LineDecoder d = LineDecoder.of("t", bytes);
        List<LineDecoder.Line> out = new ArrayList<>();
        for (LineDecoder.Line l = d.next(); l != null; l = d.next()) {
            out.add(l);
        }
        assertNull(d.next(), "stays at the end");
        return out;
    }

    @Test
    void splitsOnCrLfCrAndLfKeepingEachTerminator() {
        List<LineDecoder.Line> l = lines("a\r\nb\rc\nd".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("a", "b", "c", "d"), l.stream().map(LineDecoder.Line::text).toList());
        assertEquals(List.of("\r\n", "\r", "\n", ""), l.stream().map(LineDecoder.Line::terminator).toList());
        assertEquals(List.of(1, 2, 3, 4), l.stream().map(LineDecoder.Line::number).toList());
        assertEquals(1, lines("a\n".getBytes(StandardCharsets.UTF_8)).size(), "a final break starts no line");
    }

    @Test
    void aWindows1252LineAmongUtf8LinesCarriesItsOwnRepair() {
        byte[] latin = "Bærum\n".getBytes(Charset.forName("windows-1252"));
        byte[] utf8 = "Blåbær\n".getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[utf8.length + latin.length];
        System.arraycopy(utf8, 0, both, 0, utf8.length);
        System.arraycopy(latin, 0, both, utf8.length, latin.length);
        LineDecoder d = LineDecoder.of("m", both);
        LineDecoder.Line first = d.next();
        LineDecoder.Line second = d.next();
        assertNull(d.next());
        assertNull(first.repair());
        assertEquals("Bærum", second.text());
        assertEquals(2, second.repair().line());
        assertEquals("UTF-8+windows-1252", d.charset());
        assertEquals(2, d.warnings().get(0).line());
    }

    @Test
    void aLineTooLongIsRefusedBeforeItIsReadWhole() {
        // An endless line: the decoder must stop at the limit instead of reading on.
        InputStream endless = new InputStream() {
            long served;

            @Override
            public int read() {
                served++;
                if (served > 8L * Limits.MAX_LINE_LENGTH) {
                    throw new AssertionError("read far beyond the line limit");
                }
                return served == 1 ? '\n' : 'x';
            }
        };
        InputException e = assertThrows(InputException.class, () -> {
            LineDecoder d = new LineDecoder("endless.txt", endless);
            while (d.next() != null) {
                // read on
            }
        });
        assertEquals("endless.txt:2: line longer than " + Limits.MAX_LINE_LENGTH + " characters", e.getMessage());
    }

    @Test
    void utf16LinesAndTheirTerminators() {
        List<LineDecoder.Line> l = lines("\uFEFFår\r\nog\rdag".getBytes(StandardCharsets.UTF_16LE));
        assertEquals(List.of("år", "og", "dag"), l.stream().map(LineDecoder.Line::text).toList());
        assertEquals(List.of("\r\n", "\r", ""), l.stream().map(LineDecoder.Line::terminator).toList());
    }

    @Test
    void aReadErrorNamesTheSourceAndLine() {
        InputStream failing = new InputStream() {
            int served;

            @Override
            public int read() throws IOException {
                if (served++ < 3) {
                    return served == 2 ? '\n' : 'a';
                }
                throw new IOException("disk gone");
            }
        };
        LineDecoder d = new LineDecoder("f.txt", failing);
        InputException e = assertThrows(InputException.class, () -> {
            while (d.next() != null) {
                // read on
            }
        });
        assertTrue(e.getMessage().startsWith("f.txt:") && e.getMessage().endsWith("cannot read: disk gone"), e.getMessage());
    }

    /** An input stream that hands out at most {@code chunk} bytes per read, as pipes and sockets may. */
    private static InputStream trickle(byte[] bytes, int chunk) {
        return new java.io.ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
    }

    private static List<LineDecoder.Line> lines(InputStream in) {
        LineDecoder d = new LineDecoder("t", in);
        List<LineDecoder.Line> out = new ArrayList<>();
        for (LineDecoder.Line l = d.next(); l != null; l = d.next()) {
            out.add(l);
        }
        return out;
    }

    /**
     * The same lines however the input arrives: in reads of a few bytes (a CRLF or a UTF-8 letter
     * split between two reads) or with lines longer than the decoder's 64 KiB buffer.
     */
    @Test
    void theSameLinesWhateverTheReadSizes() {
        String longLine = "æ".repeat(70_000) + "x".repeat(70_000);
        String text = "\uFEFFBærum\r\nlinje to\rtre\n" + longLine + "\r\n\r\nslutt";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<LineDecoder.Line> whole = lines(bytes);
        assertEquals(List.of("Bærum", "linje to", "tre", longLine, "", "slutt"),
                whole.stream().map(LineDecoder.Line::text).toList());
        for (int chunk : new int[] {1, 2, 3, 7, 4096}) {
            assertEquals(whole, lines(trickle(bytes, chunk)), "reads of " + chunk + " bytes");
        }
        byte[] utf16 = text.getBytes(StandardCharsets.UTF_16BE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFE;
        withBom[1] = (byte) 0xFF;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        assertEquals(whole.stream().map(LineDecoder.Line::text).toList(),
                lines(trickle(withBom, 3)).stream().map(LineDecoder.Line::text).toList());
    }

    /** Lines with their terminators give back the text, whatever it holds (NUL aside). */
    @Property(tries = 500)
    void linesAndTerminatorsGiveBackTheText(@ForAll String text) {
        String t = text.replace('\0', ' ');
        boolean encodable = t.equals(new String(t.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        if (!encodable || t.isEmpty() || t.startsWith("%PDF-") || t.startsWith("\uFEFF")) {
            return;
        }
        StringBuilder back = new StringBuilder();
        LineDecoder d = LineDecoder.of("p", t.getBytes(StandardCharsets.UTF_8));
        try {
            for (LineDecoder.Line l = d.next(); l != null; l = d.next()) {
                back.append(l.text()).append(l.terminator());
            }
        } catch (InputException e) {
            // control characters or invisible-only text: refused as a whole, never half-read
            assertTrue(e.getMessage().contains("binary input") || e.getMessage().contains("empty input"), e.getMessage());
            return;
        }
        assertEquals(t, back.toString());
    }
}
