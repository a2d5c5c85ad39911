package no.trendspor.pdf;

/**
 * A printed line (a run of glyphs on one baseline, within one column) with the geometry the later
 * stages need. Coordinates are those of {@link Glyph}.
 *
 * @param text         the line's text, list marker taken off, words separated by single spaces
 * @param x0           left edge of the first glyph (the marker's, when set as text)
 * @param x1           right edge of the last glyph
 * @param baseline     the baseline's y
 * @param size         the font size most of its glyphs have
 * @param boldShare    the share of its glyphs set in bold
 * @param textX        left edge of the text after the marker ({@code x0} without one)
 * @param firstWordEnd right edge of the first word of the text
 * @param marker       how a list marker opens the line
 * @param markerText   the marker as set ("" when none or drawn)
 * @param glyphs       number of visible glyphs (marker included)
 * @param rotated      the glyphs run in another direction than left to right
 */
record LineBox(String text, float x0, float x1, float baseline, float size, float boldShare, float textX,
        float firstWordEnd, Marker marker, String markerText, int glyphs, boolean rotated) {

    /** How a printed line is marked as a list item. */
    enum Marker {
        /** No marker. */
        NONE,
        /** A marker set as a glyph ("•", "▪", "–" before a tab ...). */
        GLYPH,
        /** A small shape drawn left of the text. */
        DRAWN
    }

    /** The line as printed: marker glyph, a space, the text. */
    String printed() {
        return markerText.isEmpty() ? text : text.isEmpty() ? markerText : markerText + " " + text;
    }

    /** Width of the first word of the text. */
    float firstWordWidth() {
        return Math.max(0f, firstWordEnd - textX);
    }
}
