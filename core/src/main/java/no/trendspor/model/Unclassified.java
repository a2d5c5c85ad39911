package no.trendspor.model;

/**
 * Input text that is kept but is not a statement: a picture caption, a duplicated line, site
 * chrome, a page marker, or text the parser could not place.
 *
 * @param text   the text as in the input; for a {@code repeated-passage}, which earlier lines it
 *               repeats (the text itself is kept once, where it first stood)
 * @param lines  where it stood
 * @param reason why it is not a statement: {@code caption}, {@code duplicate}, {@code chrome},
 *               {@code page-marker}, {@code table}, {@code outside-sector}, {@code unplaced},
 *               {@code whitespace}, {@code repeated-passage}
 */
public record Unclassified(String text, LineSpan lines, String reason) {
}
