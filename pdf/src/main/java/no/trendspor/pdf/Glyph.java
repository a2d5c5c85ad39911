package no.trendspor.pdf;

/**
 * One glyph as PDFBox placed it on a page, in text-direction-adjusted page coordinates (origin at
 * the top left, y grows downwards).
 *
 * @param x        left edge
 * @param baseline the baseline's y
 * @param width    advance width
 * @param size     font size in points (text matrix scaling included)
 * @param spaceWidth width of a space in this font and size, or 0 when unknown
 * @param bold     set in a bold font (by name, weight or fill-and-stroke rendering)
 * @param text     the Unicode text (ligatures decomposed)
 * @param rotated  the text runs in another direction than left to right
 */
record Glyph(float x, float baseline, float width, float size, float spaceWidth, boolean bold, String text,
        boolean rotated) {

    /** Right edge. */
    float end() {
        return x + width;
    }

    /** Whether the glyph is only white space (a space, also a no-break space, set as a glyph). */
    boolean blank() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }
}
