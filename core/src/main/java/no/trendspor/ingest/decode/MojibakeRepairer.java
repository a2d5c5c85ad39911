package no.trendspor.ingest.decode;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Repairs the mojibake of UTF-8 text that was once read as a single-byte charset: "Ã¦" for "æ"
 * (Windows-1252) or "ĂŚ" / "Ă…" for "æ" / "Å" (ISO-8859-2, with Windows-1250 in the C1 range, as
 * PDF mirrors produce it).
 *
 * <p>Works word by word: a word is repaired only when mapping its characters back to bytes in one
 * of the two single-byte families gives valid UTF-8 that differs from the word, and when both
 * families that succeed agree (otherwise the repair would be a guess). Correct Norwegian text never
 * qualifies, because a letter like "æ" followed by an ASCII letter is not valid UTF-8.
 */
public final class MojibakeRepairer {

    /** One repaired word. */
    public record Fix(String before, String after) {
    }

    /** The repaired line and what changed. */
    public record Result(String text, List<Fix> fixes) {
    }

    private static final List<Map<Character, Byte>> FAMILIES = List.of(
            reverse(ByteDecoder.WINDOWS_1252, ByteDecoder.WINDOWS_1252),
            reverse(Charset.forName("ISO-8859-2"), Charset.forName("windows-1250")));

    /** Repairs the mojibake words of one line. */
    public Result repair(String line) {
        if (!hasCandidate(line)) {
            return new Result(line, List.of());
        }
        StringBuilder out = new StringBuilder(line.length());
        List<Fix> fixes = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            int start = i;
            boolean space = isSeparator(line.charAt(i));
            while (i < line.length() && isSeparator(line.charAt(i)) == space) {
                i++;
            }
            String piece = line.substring(start, i);
            String fixed = space ? null : repairWord(piece);
            if (fixed == null) {
                out.append(piece);
            } else {
                out.append(fixed);
                fixes.add(new Fix(piece, fixed));
            }
        }
        return new Result(out.toString(), fixes);
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\t';
    }

    private static boolean hasCandidate(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            // Lead bytes of two-byte UTF-8 sequences (0xC2-0xDF) as the two families show them.
            if ((c >= 0xC2 && c <= 0xDF) || c == 0x0102 || c == 0x0139 || c == 0x0154 || c == 0x010E
                    || c == 0x0110 || c == 0x0143 || c == 0x0147 || c == 0x0150 || c == 0x0158
                    || c == 0x016E || c == 0x0170 || c == 0x0162 || c == 0x015E) {
                return true;
            }
        }
        return false;
    }

    /** The repaired word, or {@code null} when no single unambiguous repair exists. */
    static String repairWord(String word) {
        String agreed = null;
        for (Map<Character, Byte> family : FAMILIES) {
            String candidate = remap(word, family);
            if (candidate == null || candidate.equals(word)) {
                continue;
            }
            if (agreed == null) {
                agreed = candidate;
            } else if (!agreed.equals(candidate)) {
                return null;
            }
        }
        return agreed;
    }

    private static String remap(String word, Map<Character, Byte> family) {
        byte[] bytes = new byte[word.length()];
        boolean high = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 0x80) {
                bytes[i] = (byte) c;
            } else {
                Byte b = family.get(c);
                if (b == null) {
                    return null;
                }
                bytes[i] = b;
                high = true;
            }
        }
        if (!high) {
            return null;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String s = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            for (int i = 0; i < s.length(); i++) {
                if (Character.isISOControl(s.charAt(i))) {
                    return null;
                }
            }
            return s;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** char -> byte for 0x80-0xFF: {@code main} decodes the byte, {@code c1} fills 0x80-0x9F where main has controls. */
    private static Map<Character, Byte> reverse(Charset main, Charset c1) {
        Map<Character, Byte> map = new HashMap<>();
        // The main charset first, so that its reading of a char wins over the C1 fallback's.
        for (int b = 0x80; b <= 0xFF; b++) {
            char c = new String(new byte[] {(byte) b}, main).charAt(0);
            if (c != '\uFFFD' && !Character.isISOControl(c)) {
                map.putIfAbsent(c, (byte) b);
            }
        }
        for (int b = 0x80; b <= 0x9F; b++) {
            byte[] one = {(byte) b};
            if (!Character.isISOControl(new String(one, main).charAt(0))
                    && new String(one, main).charAt(0) != '\uFFFD') {
                continue;
            }
            char c = new String(one, c1).charAt(0);
            if (c != '\uFFFD' && !Character.isISOControl(c)) {
                map.putIfAbsent(c, (byte) b);
            }
        }
        return Map.copyOf(map);
    }
}
