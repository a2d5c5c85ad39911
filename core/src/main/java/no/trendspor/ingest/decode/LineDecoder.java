package no.trendspor.ingest.decode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.trendspor.ingest.InputException;
import no.trendspor.ingest.Limits;
import no.trendspor.model.Repair;
import no.trendspor.model.Warning;

/**
 * Stage 1 of the ingest, streaming: bytes to decoded lines, one line at a time, so memory does not
 * grow with the size of the input.
 *
 * <p>Accepts UTF-8 with or without byte-order mark and UTF-16 with byte-order mark. A line whose
 * bytes are not valid UTF-8 is read as Windows-1252 (a superset of Latin-1 in the printable range)
 * and carries an {@code encoding} repair, so a file pasted together from sources in different
 * encodings keeps both halves readable. Lines end at CRLF, CR or LF; a final line break does not
 * start another line.
 *
 * <p>Refused with an {@link InputException} naming the source (and the line where it applies):
 * empty or whitespace-only input, a PDF, a NUL byte or character, a line longer than
 * {@link Limits#MAX_LINE_LENGTH} (detected while reading, before the line is held), and input in
 * which more than {@link Limits#MAX_CONTROL_SHARE} of the characters are control characters (known
 * only at the end, so {@link #next()} throws then).
 */
public final class LineDecoder {

    /**
     * One decoded line.
     *
     * @param number     1-based line number
     * @param text       the line without its terminator
     * @param terminator {@code "\n"}, {@code "\r\n"}, {@code "\r"}, or {@code ""} for a last line
     *                   without one
     * @param repair     the {@code encoding} repair when the line was read as Windows-1252, else null
     */
    public record Line(int number, String text, String terminator, Repair repair) {
    }

    private static final int BUFFER = 1 << 16;

    private final String source;
    private final InputStream in;
    private final byte[] buf = new byte[BUFFER];
    private int pos;
    private int limit;
    private boolean eof;

    private Reader utf16;
    /** A char of UTF-16 input read ahead after a CR, or -1. */
    private int pendingChar = -1;
    private String charset;
    private boolean started;
    private boolean finished;

    private int number;
    private long chars;
    private long controls;
    private boolean visible;
    private int fallbackLines;
    private int firstFallbackLine;
    private int utf8NonAsciiLines;
    private byte[] line = new byte[256];
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    /** A decoder reading {@code in}; {@code source} names the input in errors. The caller closes {@code in}. */
    public LineDecoder(String source, InputStream in) {
        this.source = source;
        this.in = in;
    }

    /** Decodes a whole byte array, as {@link ByteDecoder} does. */
    public static LineDecoder of(String source, byte[] bytes) {
        return new LineDecoder(source, new ByteArrayInputStream(bytes));
    }

    /**
     * The next line, or {@code null} after the last one (when the whole-input checks have passed).
     *
     * @throws InputException for unreadable input, naming the source and line
     */
    public Line next() {
        try {
            if (!started) {
                start();
            }
            if (finished) {
                return null;
            }
            Line l = utf16 != null ? nextUtf16() : nextUtf8();
            if (l == null) {
                finish();
                return null;
            }
            account(l);
            return l;
        } catch (IOException e) {
            throw new InputException(source, number, "cannot read: " + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    /** The charset used: {@code UTF-8}, {@code UTF-16BE/LE}, {@code windows-1252} or {@code UTF-8+windows-1252}. */
    public String charset() {
        if (utf16 != null || fallbackLines == 0) {
            return charset;
        }
        return utf8NonAsciiLines > 0 ? "UTF-8+windows-1252" : "windows-1252";
    }

    /** What the decoder had to guess; complete once {@link #next()} has returned {@code null}. */
    public List<Warning> warnings() {
        if (fallbackLines == 0) {
            return List.of();
        }
        return List.of(new Warning("encoding-repaired", fallbackLines
                + " line(s) are not valid UTF-8 and were read as Windows-1252"
                + (utf8NonAsciiLines > 0 ? "; " + utf8NonAsciiLines + " other line(s) with letters beyond"
                        + " ASCII are UTF-8 (mixed encodings)" : ""), firstFallbackLine));
    }

    private void start() throws IOException {
        started = true;
        fill(5);
        if (limit == 0) {
            throw new InputException(source, 0, "empty input");
        }
        if (startsWith('%', 'P', 'D', 'F', '-')) {
            throw new InputException(source, 0, "binary input (a PDF file); extract its text first");
        }
        if (startsWith(0xFE, 0xFF) || startsWith(0xFF, 0xFE)) {
            Charset cs = buf[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            charset = cs.name();
            CharsetDecoder decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            InputStream rest = new SequenceInputStream(new ByteArrayInputStream(buf, 2, limit - 2), in);
            utf16 = new InputStreamReader(rest, decoder);
            pos = limit;
            return;
        }
        charset = "UTF-8";
        if (startsWith(0xEF, 0xBB, 0xBF)) {
            pos = 3;
        }
    }

    private Line nextUtf8() throws IOException {
        int length = 0;
        long charStarts = 0;
        while (true) {
            if (pos == limit && !fill(1)) {
                // a final line break does not start another line
                return length == 0 ? null : utf8Line(length, "");
            }
            byte b = buf[pos++];
            if (b == '\n' || b == '\r') {
                String terminator = "\n";
                if (b == '\r') {
                    terminator = "\r";
                    if ((pos < limit || fill(1)) && buf[pos] == '\n') {
                        pos++;
                        terminator = "\r\n";
                    }
                }
                return utf8Line(length, terminator);
            }
            if (b == 0) {
                throw new InputException(source, number + 1, "binary input (NUL byte)");
            }
            // A byte that is not a UTF-8 continuation byte starts at least one char (in UTF-8 or
            // Windows-1252), so the limit is known to be exceeded before the line is held whole.
            if ((b & 0xC0) != 0x80 && ++charStarts > Limits.MAX_LINE_LENGTH) {
                throw tooLong(number + 1);
            }
            if (length == line.length) {
                line = Arrays.copyOf(line, 2 * length);
            }
            line[length++] = b;
        }
    }

    private Line utf8Line(int length, String terminator) {
        int n = ++number;
        String strict = strict(line, length);
        if (strict != null) {
            strict = n == 1 ? stripBomFirst(strict) : strict;
            if (nonAscii(line, length)) {
                utf8NonAsciiLines++;
            }
            shrink(length);
            return checked(new Line(n, strict, terminator, null));
        }
        byte[] raw = Arrays.copyOf(line, length);
        String decoded = ByteDecoder.windows1252(raw);
        fallbackLines++;
        firstFallbackLine = firstFallbackLine == 0 ? n : firstFallbackLine;
        shrink(length);
        return checked(new Line(n, decoded, terminator, new Repair("encoding", new String(raw, StandardCharsets.UTF_8),
                decoded, n, "the line's bytes are not valid UTF-8; read as Windows-1252 they give Norwegian letters.")));
    }

    /** A long line's buffer is not kept for the short lines after it. */
    private void shrink(int length) {
        if (line.length > 1 << 16 && length > 1 << 16) {
            line = new byte[256];
        }
    }

    private Line nextUtf16() throws IOException {
        StringBuilder sb = new StringBuilder();
        while (true) {
            int c = read16();
            if (c < 0) {
                return sb.length() == 0 ? null : checked(new Line(++number, stripBom(sb), "", null));
            }
            if (c == '\n' || c == '\r') {
                String terminator = "\n";
                if (c == '\r') {
                    terminator = "\r";
                    int d = read16();
                    if (d == '\n') {
                        terminator = "\r\n";
                    } else {
                        pendingChar = d;
                    }
                }
                return checked(new Line(++number, stripBom(sb), terminator, null));
            }
            if (sb.length() >= Limits.MAX_LINE_LENGTH) {
                throw tooLong(number + 1);
            }
            sb.append((char) c);
        }
    }

    /** The char read ahead after a CR, if any, else the next char of the input (-1 at the end). */
    private int read16() throws IOException {
        if (pendingChar != -1) {
            int c = pendingChar;
            pendingChar = -1;
            return c;
        }
        try {
            return utf16.read();
        } catch (CharacterCodingException e) {
            throw new InputException(source, 0, "invalid " + charset + " after byte-order mark");
        }
    }

    private static String stripBomFirst(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** A second byte-order mark at the very start is dropped, as the first one is. */
    private String stripBom(CharSequence sb) {
        String s = sb.toString();
        return number == 1 && s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private Line checked(Line l) {
        if (l.text().length() > Limits.MAX_LINE_LENGTH) {
            throw tooLong(l.number());
        }
        return l;
    }

    private InputException tooLong(int lineNumber) {
        return new InputException(source, lineNumber, "line longer than " + Limits.MAX_LINE_LENGTH + " characters");
    }

    /** Counts what the whole-input checks need; a NUL character (UTF-16) is refused at once. */
    private void account(Line l) {
        String t = l.text();
        chars += t.length() + l.terminator().length();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == 0) {
                throw new InputException(source, l.number(), "binary input (NUL character)");
            }
            if (Character.isISOControl(c) && c != '\t' && c != '\f' && !(c >= 0x80 && c <= 0x9F)) {
                controls++;
            }
            if (!visible && !invisible(c)) {
                visible = true;
            }
        }
    }

    private void finish() {
        finished = true;
        if (controls > 0 && controls > Limits.MAX_CONTROL_SHARE * chars) {
            throw new InputException(source, 0, "binary input (" + controls + " control characters in " + chars + ")");
        }
        if (!visible) {
            throw new InputException(source, 0, "empty input (only whitespace)");
        }
    }

    private static boolean invisible(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0xFEFF || c == 0x00AD
                || (c >= 0x200B && c <= 0x200D) || c == 0x2060;
    }

    private static boolean nonAscii(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] < 0) {
                return true;
            }
        }
        return false;
    }

    /** Strict UTF-8; {@code null} when the bytes are not valid UTF-8. */
    private String strict(byte[] bytes, int length) {
        if (!nonAscii(bytes, length)) {
            return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
        }
        try {
            // decode() resets the decoder, so one instance serves every line
            return utf8.decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Reads until at least {@code want} bytes are buffered or the input ends; whether any are. */
    private boolean fill(int want) throws IOException {
        if (pos > 0 && pos == limit) {
            pos = 0;
            limit = 0;
        }
        while (!eof && limit - pos < want) {
            if (pos > 0) {
                System.arraycopy(buf, pos, buf, 0, limit - pos);
                limit -= pos;
                pos = 0;
            }
            int r = in.read(buf, limit, buf.length - limit);
            if (r < 0) {
                eof = true;
            } else {
                limit += r;
            }
        }
        return limit > pos;
    }

    private boolean startsWith(int... prefix) {
        if (limit < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((buf[i] & 0xFF) != (prefix[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }
}
