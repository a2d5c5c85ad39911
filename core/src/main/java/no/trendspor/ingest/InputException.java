package no.trendspor.ingest;

/**
 * Input that Trendspor cannot read as a report. The message is one readable line that names the
 * source and, where it applies, the line.
 */
public final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;

    /**
     * @param source the input's name (file path or caller's label)
     * @param line   the 1-based line, or 0 when the problem concerns the whole input
     * @param reason what is wrong, in words
     */
    public InputException(String source, int line, String reason) {
        super(oneLine(source + (line > 0 ? ":" + line : "") + ": " + reason));
        this.source = source;
        this.line = line;
    }

    /**
     * The message on one line whatever the input put into it (a reason may quote a cell or a
     * key holding a line break): line breaks and other control characters are shown escaped.
     * Public for the command line, whose own messages quote arguments.
     */
    public static String oneLine(String message) {
        StringBuilder out = null;
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            boolean control = c < 0x20 || c == 0x7F || c == '\u0085' || c == '\u2028' || c == '\u2029';
            if (control && out == null) {
                out = new StringBuilder(message.length() + 8).append(message, 0, i);
            }
            if (out != null) {
                if (!control) {
                    out.append(c);
                } else if (c == '\n') {
                    out.append("\\n");
                } else if (c == '\r') {
                    out.append("\\r");
                } else if (c == '\t') {
                    out.append("\\t");
                } else {
                    out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
                }
            }
        }
        return out == null ? message : out.toString();
    }

    public String source() {
        return source;
    }

    /** The 1-based line, or 0 when the problem concerns the whole input. */
    public int line() {
        return line;
    }
}
