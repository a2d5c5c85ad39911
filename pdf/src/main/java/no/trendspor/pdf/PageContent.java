package no.trendspor.pdf;

import java.util.List;

/**
 * What one page holds for reading: its glyphs in content-stream order and its small drawn marks.
 *
 * @param page   1-based page number
 * @param glyphs the glyphs, white space included
 * @param marks  small filled shapes (possible list markers)
 */
record PageContent(int page, List<Glyph> glyphs, List<Mark> marks) {

    PageContent {
        glyphs = List.copyOf(glyphs);
        marks = List.copyOf(marks);
    }

    /** Whether the page has any visible text. */
    boolean hasText() {
        return glyphs.stream().anyMatch(g -> !g.blank());
    }
}
