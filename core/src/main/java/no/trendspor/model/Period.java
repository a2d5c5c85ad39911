package no.trendspor.model;

/**
 * The years a document covers, both inclusive: one year for an annual report, several for a plan
 * ("Handlingsprogram 2018–2021" covers 2018 to 2021).
 *
 * @param first the first year
 * @param last  the last year, not before {@code first}
 */
public record Period(int first, int last) {

    public Period {
        if (last < first) {
            throw new IllegalArgumentException("bad period " + first + "-" + last);
        }
    }

    @Override
    public String toString() {
        return first == last ? Integer.toString(first) : first + "–" + last;
    }
}
