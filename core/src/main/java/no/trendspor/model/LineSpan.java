package no.trendspor.model;

/**
 * An inclusive range of 1-based line numbers in a source document.
 *
 * @param first first line, at least 1
 * @param last  last line, at least {@code first}
 */
public record LineSpan(int first, int last) implements Comparable<LineSpan> {

    public LineSpan {
        if (first < 1 || last < first) {
            throw new IllegalArgumentException("bad line span " + first + ".." + last);
        }
    }

    /** A span of one line. */
    public static LineSpan of(int line) {
        return new LineSpan(line, line);
    }

    public boolean contains(int line) {
        return line >= first && line <= last;
    }

    public int length() {
        return last - first + 1;
    }

    @Override
    public int compareTo(LineSpan o) {
        return first != o.first ? Integer.compare(first, o.first) : Integer.compare(last, o.last);
    }

    @Override
    public String toString() {
        return first == last ? "line " + first : "lines " + first + "-" + last;
    }
}
