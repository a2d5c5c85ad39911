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
        super(source + (line > 0 ? ":" + line : "") + ": " + reason);
        this.source = source;
        this.line = line;
    }

    public String source() {
        return source;
    }

    /** The 1-based line, or 0 when the problem concerns the whole input. */
    public int line() {
        return line;
    }
}
