package no.trendspor.pdf;

/**
 * A small filled shape drawn on a page (a list marker drawn as a path rather than set as text), in
 * the same top-left coordinates as {@link Glyph}.
 *
 * @param x0 left edge
 * @param y0 top edge
 * @param x1 right edge
 * @param y1 bottom edge
 */
record Mark(float x0, float y0, float x1, float y1) {

    float centerY() {
        return (y0 + y1) / 2;
    }
}
