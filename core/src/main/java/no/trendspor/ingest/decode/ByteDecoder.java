package no.trendspor.ingest.decode;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
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
                text = windows1252(bytes);
                charset = "windows-1252";
                warnings.add(new Warning("encoding-repaired",
                        "input is not valid UTF-8; it was read as Windows-1252", 0));
                repairs.addAll(lineRepairs(bytes, text));
            }
        }
        refuseBinaryText(source, text);
        if (text.isBlank() || text.codePoints().allMatch(ByteDecoder::invisible)) {
            throw new InputException(source, 0, "empty input (only whitespace)");
        }
        return new DecodedText(text, charset, warnings, repairs);
    }

    /** One {@code encoding} repair per line that held bytes above 0x7F. */
    private static List<Repair> lineRepairs(byte[] bytes, String decoded) {
        List<Repair> out = new ArrayList<>();
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        String[] before = lenient.split("\r\n|\r|\n", -1);
        String[] after = decoded.split("\r\n|\r|\n", -1);
        if (before.length != after.length) {
            return out;
        }
        for (int i = 0; i < after.length; i++) {
            if (!before[i].equals(after[i])) {
                out.add(new Repair("encoding", before[i], after[i], i + 1,
                        "the line's bytes are not valid UTF-8; read as Windows-1252 they give Norwegian letters."));
            }
        }
        return out;
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
        CharsetDecoder decoder = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer out = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            String s = out.toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
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
