package no.trendspor.stats;

/** The sign of last value minus first value, without any claim of significance. */
public enum ChangeSign {
    INCREASE, DECREASE, UNCHANGED;

    static ChangeSign of(double change) {
        return change > 0 ? INCREASE : change < 0 ? DECREASE : UNCHANGED;
    }
}
