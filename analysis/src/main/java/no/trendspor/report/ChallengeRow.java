package no.trendspor.report;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import no.trendspor.match.RecurringChallenge;

/**
 * One row of a sector's year-by-challenge table: a challenge and a mark for each report year it
 * is named in.
 *
 * @param id        the recurring challenge's id, or the statement id of a one-year challenge
 * @param label     a short readable label
 * @param marks     report year → mark, ascending by year
 * @param recurring the recurring challenge behind the row, or {@code null} when the challenge is
 *                  named in one year only
 */
public record ChallengeRow(String id, String label, SortedMap<Integer, ChallengeMark> marks,
        RecurringChallenge recurring) {

    /** Copies the marks into an unmodifiable sorted map. */
    public ChallengeRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        marks = Collections.unmodifiableSortedMap(new TreeMap<>(marks));
    }

    /** True when the challenge is named in two or more report years. */
    public boolean isRecurring() {
        return recurring != null;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(label).append(' ');
        marks.forEach((year, mark) -> sb.append(year).append(mark.symbol()).append(' '));
        return sb.toString().strip();
    }
}
