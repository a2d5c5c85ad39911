package no.trendspor.ingest;

/**
 * Size limits of the ingest. Input beyond them is refused with an {@link InputException} that names
 * the source (and the line where it applies), so a hostile or broken file can never exhaust memory
 * or the stack. Every stage is iterative; none of them recurses on input size.
 */
public final class Limits {

    /**
     * Largest input read whole, in bytes (64 MiB: far above any annual report's text): PDF files
     * and JSON report pages (by the CLI's loader), and {@link
     * no.trendspor.ingest.decode.ByteDecoder}'s whole-text decoding. The parser reads a stream
     * and has no size limit of its own: what it keeps counts (see {@link #MAX_LINES}).
     */
    public static final int MAX_BYTES = 64 * 1024 * 1024;

    /** Longest line accepted, in chars. */
    public static final int MAX_LINE_LENGTH = 1_000_000;

    /**
     * Most lines kept in one document; lines of passages that repeat earlier text of the document
     * (set aside by {@link no.trendspor.ingest.block.RepeatedPassages}) do not count.
     */
    public static final int MAX_LINES = 2_000_000;

    /**
     * Most statements in one section of one sector (a real page has tens; ten thousand still pass).
     * Beyond it the input is refused, naming the line of the first statement too many.
     */
    public static final int MAX_STATEMENTS_PER_SECTION = 100_000;

    /** Share of control characters (other than tab, CR, LF, FF) above which input counts as binary. */
    public static final double MAX_CONTROL_SHARE = 0.05;

    /**
     * Earliest report year accepted, from the text, the file name or a caller's hint (a JSON
     * page's "year"): the first municipal reports on the web; an earlier "year" is a number that
     * is not one.
     */
    public static final int MIN_YEAR = 1990;

    /** Latest report year accepted (see {@link #MIN_YEAR}). */
    public static final int MAX_YEAR = 2100;

    private Limits() {
    }
}
