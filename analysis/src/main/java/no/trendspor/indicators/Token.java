package no.trendspor.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A token of a statement: a word (letters, possibly with digits after the first letter, so
 * "km2" and "CO2" stay words), a run of digits, or one punctuation character. Offsets are into
 * the original text; whitespace (including no-break and thin spaces) is not a token.
 */
record Token(Type type, int start, int end, String text, String lower, String spaceBefore, int sentence) {

    enum Type {
        WORD, NUMBER, PUNCT
    }

    boolean isWord() {
        return type == Type.WORD;
    }

    boolean isNumber() {
        return type == Type.NUMBER;
    }

    boolean is(String s) {
        return lower.equals(s);
    }

    boolean isPunct(String chars) {
        return type == Type.PUNCT && chars.contains(text);
    }

    boolean adjacentTo(Token previous) {
        return previous != null && previous.end == start;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u2009' || c == '\u202F';
    }

    /** Tokenizes and assigns sentence numbers. */
    static List<Token> tokenize(String text) {
        List<Token> raw = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int wsStart = i;
            while (i < n && isSpace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            String space = text.substring(wsStart, i);
            int start = i;
            char c = text.charAt(i);
            Type type;
            if (Character.isLetter(c)) {
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '\u00AD')) {
                    i++;
                }
                type = Type.WORD;
            } else if (Character.isDigit(c)) {
                while (i < n && Character.isDigit(text.charAt(i))) {
                    i++;
                }
                type = Type.NUMBER;
            } else {
                i++;
                type = Type.PUNCT;
            }
            String t = text.substring(start, i);
            raw.add(new Token(type, start, i, t, t.toLowerCase(Locale.ROOT), space, 0));
        }
        // Sentence breaks: . ! ? followed by a capitalised word or a number-free end; "1. august" is no break.
        List<Token> out = new ArrayList<>(raw.size());
        int sentence = 0;
        for (int k = 0; k < raw.size(); k++) {
            Token t = raw.get(k);
            out.add(new Token(t.type, t.start, t.end, t.text, t.lower, t.spaceBefore, sentence));
            if (t.type == Type.PUNCT && ".!?".contains(t.text)) {
                Token next = k + 1 < raw.size() ? raw.get(k + 1) : null;
                boolean nextStartsSentence = next == null
                        || (!next.spaceBefore.isEmpty() && next.type == Type.WORD
                                && Character.isUpperCase(next.text.charAt(0)))
                        || (!next.spaceBefore.isEmpty() && next.type == Type.NUMBER);
                if (nextStartsSentence || !t.text.equals(".")) {
                    sentence++;
                }
            }
        }
        return out;
    }
}
