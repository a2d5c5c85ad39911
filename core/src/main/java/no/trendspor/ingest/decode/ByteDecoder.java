package no.trendspor.ingest.decode;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import no.trendspor.ingest.InputException;
import no.trendspor.ingest.Limits;
import no.trendspor.model.Repair;
import no.trendspor.model.Warning;

/**
 * Stage 1 of the ingest: bytes to text.
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
        if (startsWith(bytes, new byte[] {'%', 'P', 'D', 'F', '-'})) {
            throw new InputException(source, 0, "binary input (a PDF file); extract its text first");
        }
        List<Warning> warnings = new ArrayList<>();
        List<Repair> repairs = new ArrayList<>();
        String text;
        String charset;
        if (startsWith(bytes, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
            text = strict(StandardCharsets.UTF_16BE, bytes, 2);
            charset = "UTF-16BE";
            if (text == null) {
                throw new InputException(source, 0, "invalid UTF-16BE after byte-order mark");
            }
        } else if (startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
            text = strict(StandardCharsets.UTF_16LE, bytes, 2);
            charset = "UTF-16LE";
            if (text == null) {
                throw new InputException(source, 0, "invalid UTF-16LE after byte-order mark");
            }
        } else {
            refuseNul(source, bytes);
            int skip = startsWith(bytes, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}) ? 3 : 0;
            text = strict(StandardCharsets.UTF_8, bytes, skip);
            charset = "UTF-8";
            if (text == null) {
                PerLine mixed = perLine(bytes, skip);
                text = mixed.text();
                charset = mixed.utf8Lines() > 0 ? "UTF-8+windows-1252" : "windows-1252";
                warnings.add(new Warning("encoding-repaired", mixed.repairs().size()
                        + " line(s) are not valid UTF-8 and were read as Windows-1252"
                        + (mixed.utf8Lines() > 0 ? "; " + mixed.utf8Lines() + " other line(s) with letters beyond"
                                + " ASCII are UTF-8 (mixed encodings)" : ""),
                        mixed.repairs().get(0).line()));
                repairs.addAll(mixed.repairs());
            }
        }
        refuseBinaryText(source, text);
        if (text.isBlank() || text.codePoints().allMatch(ByteDecoder::invisible)) {
            throw new InputException(source, 0, "empty input (only whitespace)");
        }
        return new DecodedText(text, charset, warnings, repairs);
    }

    /** Text decoded line by line, and what that took. */
    private record PerLine(String text, List<Repair> repairs, int utf8Lines) {
    }

    /**
     * Decodes each line on its own: UTF-8 when the line's bytes are valid UTF-8, else Windows-1252
     * with one {@code encoding} repair for the line. A file pasted together from sources in
     * different encodings thus keeps both its halves readable. Line breaks are the ones
     * {@code ReportParser} counts (CRLF, CR, LF), so repairs carry the right line numbers.
     */
    private static PerLine perLine(byte[] bytes, int offset) {
        StringBuilder out = new StringBuilder(bytes.length);
        List<Repair> repairs = new ArrayList<>();
        int utf8Lines = 0;
        int line = 1;
        int start = offset;
        int i = offset;
        while (i <= bytes.length) {
            boolean end = i == bytes.length;
            byte b = end ? 0 : bytes[i];
            if (end || b == '\n' || b == '\r') {
                String strict = strict(StandardCharsets.UTF_8, bytes, start, i - start);
                if (strict != null) {
                    out.append(strict);
                    utf8Lines += nonAscii(bytes, start, i) ? 1 : 0;
                } else {
                    byte[] raw = java.util.Arrays.copyOfRange(bytes, start, i);
                    String decoded = windows1252(raw);
                    out.append(decoded);
                    repairs.add(new Repair("encoding", new String(raw, StandardCharsets.UTF_8), decoded, line,
                            "the line's bytes are not valid UTF-8; read as Windows-1252 they give Norwegian letters."));
                }
                if (end) {
                    break;
                }
                int width = b == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n' ? 2 : 1;
                out.append(width == 2 ? "\r\n" : String.valueOf((char) b));
                i += width;
                start = i;
                line++;
            } else {
                i++;
            }
        }
        return new PerLine(out.toString(), repairs, utf8Lines);
    }

    private static boolean nonAscii(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean invisible(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0xFEFF || cp == 0x00AD
                || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060;
    }

    private static void refuseNul(String source, byte[] bytes) {
        int line = 1;
        for (byte b : bytes) {
            if (b == 0) {
                throw new InputException(source, line, "binary input (NUL byte)");
            }
            if (b == '\n') {
                line++;
            }
        }
    }

    private static void refuseBinaryText(String source, String text) {
        int control = 0;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == 0) {
                throw new InputException(source, line, "binary input (NUL character)");
            } else if (Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\f'
                    && !(c >= 0x80 && c <= 0x9F)) {
                control++;
            }
        }
        if (control > 0 && control > Limits.MAX_CONTROL_SHARE * text.length()) {
            throw new InputException(source, 0, "binary input (" + control + " control characters in "
                    + text.length() + ")");
        }
    }

    /** Strict decode; {@code null} when the bytes are not valid in that charset. */
    private static String strict(Charset cs, byte[] bytes, int offset) {
        String s = strict(cs, bytes, offset, bytes.length - offset);
        return s != null && s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** Strict decode of a range, nothing stripped; {@code null} when not valid in that charset. */
    private static String strict(Charset cs, byte[] bytes, int offset, int length) {
        CharsetDecoder decoder = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, offset, length)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
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

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
