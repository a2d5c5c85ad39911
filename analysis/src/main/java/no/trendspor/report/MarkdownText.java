package no.trendspor.report;

/**
 * Escapes input text for GitHub-flavoured Markdown, so that a statement can never open a link,
 * emphasis, HTML or break a table row.
 */
final class MarkdownText {

    private MarkdownText() {
    }

    /** Escapes text for use in running Markdown or in a table cell; line breaks become spaces. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\r', '\n' -> sb.append(' ');
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '\\', '`', '*', '_', '[', ']', '|', '#', '~', '!' -> sb.append('\\').append(c);
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
