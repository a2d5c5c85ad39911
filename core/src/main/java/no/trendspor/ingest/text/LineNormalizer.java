package no.trendspor.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Stage 2 of the ingest: one input line to one or more {@link NormalizedLine}s.
 *
 * <p>Maps no-break and other odd spaces (U+00A0, U+2007, U+202F, U+2009, tabs, ...) to plain
 * spaces, drops soft hyphens and zero-width / format characters, collapses runs of spaces, trims,
 * recognises a leading bullet sign (•, ·, ▪, ●, ◦, ■, -, –, —, *, a private-use symbol-font
 * bullet, or a Wingdings bullet that PDF extraction turns into a lone "n" before a capitalised
 * word) and splits two bullets merged on one line by an inline " • ".
 *
 * <p>Idempotent: normalising {@link NormalizedLine#render()} of a result gives the same result.
 */
public final class LineNormalizer {

    /** Bullet signs that may start a line. */
    private static final String BULLETS = "•·▪●◦■‣-–—*\uF0B7\uF0A7";
    /** Bullet signs that, surrounded by spaces inside a line, start a second bullet. */
    private static final Pattern INLINE_BULLET = Pattern.compile(" [•▪●] ");
    /** Spaces around an inline bullet sign in the raw line (what {@code \\s} and the odd spaces match). */
    private static final String RAW_SPACES = " \t\n\u000B\f\r\u00A0\u2007\u202F\u2009";
    private static final String INLINE_SIGNS = "•▪●";

    /**
     * Normalises one input line.
     *
     * @param number the 1-based line number
     * @param line   the line as repaired by the decoder stages (used for the normalised text)
     * @param raw    the line exactly as decoded (used for the raw text)
     */
    public List<NormalizedLine> normalize(int number, String line, String raw) {
        String mapped = mapChars(line);
        int indent = 0;
        while (indent < mapped.length() && mapped.charAt(indent) == ' ') {
            indent++;
        }
        String text = collapse(mapped);
        boolean invisible = text.isEmpty() && !raw.isBlank();
        if (text.isEmpty()) {
            return List.of(new NormalizedLine(number, 0, false, "", "", invisible));
        }
        boolean bullet = false;
        int strip = bulletPrefix(text);
        if (strip > 0) {
            bullet = true;
            text = text.substring(strip);
        }
        String[] pieces = INLINE_BULLET.split(text, -1);
        boolean split = pieces.length > 1 && !anyEmpty(pieces);
        if (!split) {
            return List.of(new NormalizedLine(number, indent, bullet, text,
                    bullet ? stripRawBullet(raw) : trim(raw), false));
        }
        List<String> rawPieces = splitRawAtInlineBullets(bullet ? stripRawBullet(raw) : trim(raw));
        boolean rawAgrees = rawPieces.size() == pieces.length;
        List<NormalizedLine> out = new ArrayList<>(pieces.length);
        for (int i = 0; i < pieces.length; i++) {
            String r = rawAgrees ? rawPieces.get(i) : pieces[i];
            boolean b = i > 0 || bullet;
            out.add(new NormalizedLine(number, indent, b, pieces[i], trim(r), false));
        }
        return out;
    }

    /** Normalises a line given as one string (decoder repairs already applied). */
    public List<NormalizedLine> normalize(int number, String line) {
        return normalize(number, line, line);
    }

    /** The canonical text of a line: its logical lines rendered and joined by an inline bullet. */
    public String canonical(String line) {
        List<NormalizedLine> lines = normalize(1, line);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            NormalizedLine l = lines.get(i);
            if (i == 0) {
                sb.append(l.render());
            } else {
                sb.append(" • ").append(l.text());
            }
        }
        return sb.toString();
    }

    /**
     * The raw line split where a bullet sign stands between runs of spaces (any of
     * {@link #RAW_SPACES}), as {@code String.split} with the pattern {@code [spaces]+[•▪●][spaces]+}
     * and limit -1 would split it, in one pass. The regex tried every position of a space run
     * and rescanned the run from there: 200 000 spaces took minutes.
     */
    static List<String> splitRawAtInlineBullets(String raw) {
        List<String> out = new ArrayList<>();
        int pieceStart = 0;
        int i = 0;
        int n = raw.length();
        while (i < n) {
            if (RAW_SPACES.indexOf(raw.charAt(i)) < 0) {
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < n && RAW_SPACES.indexOf(raw.charAt(runEnd)) >= 0) {
                runEnd++;
            }
            if (runEnd + 1 < n && INLINE_SIGNS.indexOf(raw.charAt(runEnd)) >= 0
                    && RAW_SPACES.indexOf(raw.charAt(runEnd + 1)) >= 0) {
                int after = runEnd + 1;
                while (after < n && RAW_SPACES.indexOf(raw.charAt(after)) >= 0) {
                    after++;
                }
                out.add(raw.substring(pieceStart, i));
                pieceStart = after;
                i = after;
            } else {
                i = runEnd;
            }
        }
        out.add(raw.substring(pieceStart));
        return out;
    }

    private static boolean anyEmpty(String[] pieces) {
        for (String p : pieces) {
            if (p.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Length of the bullet prefix of a collapsed, trimmed text (sign plus one space), or 0. */
    static int bulletPrefix(String text) {
        if (text.length() < 3) {
            return 0;
        }
        char c = text.charAt(0);
        if (BULLETS.indexOf(c) >= 0 && text.charAt(1) == ' ') {
            return 2;
        }
        // A Wingdings bullet extracted as a lone "n": only before a capitalised word, since the
        // word "n" does not exist in Norwegian prose.
        if (c == 'n' && text.charAt(1) == ' ' && Character.isUpperCase(text.charAt(2))) {
            return 2;
        }
        return 0;
    }

    private static String stripRawBullet(String raw) {
        String t = trim(raw);
        if (!t.isEmpty() && (BULLETS.indexOf(t.charAt(0)) >= 0 || t.charAt(0) == 'n')) {
            return trim(t.substring(1));
        }
        return t;
    }

    /** Trims every kind of space and invisible character at both ends. */
    public static String trim(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && blankChar(s.charAt(a))) {
            a++;
        }
        while (b > a && blankChar(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    private static boolean blankChar(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT
                || Character.isISOControl(c);
    }

    /** Odd spaces and controls to a plain space; soft hyphens and format characters removed. */
    static String mapChars(String line) {
        int plain = 0;
        while (plain < line.length() && plain(line.charAt(plain))) {
            plain++;
        }
        if (plain == line.length()) {
            return line; // most lines: nothing to map
        }
        StringBuilder sb = new StringBuilder(line.length());
        sb.append(line, 0, plain);
        for (int i = plain; i < line.length(); i++) {
            char c = line.charAt(i);
            if (plain(c)) {
                sb.append(c);
            } else if (c != '\u00AD' && Character.getType(c) != Character.FORMAT) {
                sb.append(' '); // an odd space or a control; soft hyphens and format characters go
            }
        }
        return sb.toString();
    }

    /**
     * A character {@link #mapChars} keeps as it is: not a soft hyphen, format character, space or
     * control other than the plain space (printable ASCII without asking further).
     */
    private static boolean plain(char c) {
        if (c >= ' ' && c < 0x7F) {
            return true;
        }
        return !(c == '\u00AD' || Character.getType(c) == Character.FORMAT || Character.isWhitespace(c)
                || Character.isSpaceChar(c) || Character.isISOControl(c));
    }

    private static String collapse(String mapped) {
        if (!mapped.isEmpty() && mapped.charAt(0) != ' ' && mapped.charAt(mapped.length() - 1) != ' '
                && mapped.indexOf("  ") < 0) {
            return mapped; // no leading, trailing or doubled space: already collapsed
        }
        StringBuilder sb = new StringBuilder(mapped.length());
        boolean space = false;
        for (int i = 0; i < mapped.length(); i++) {
            char c = mapped.charAt(i);
            if (c == ' ') {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
