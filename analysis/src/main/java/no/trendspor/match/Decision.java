package no.trendspor.match;

import java.util.List;
import java.util.Objects;

/**
 * One analyst decision: confirm or reject the link between two statements, or declare words or
 * phrases equivalent.
 *
 * @param kind        what is decided
 * @param from        the first statement ({@link Kind#CONFIRM}, {@link Kind#REJECT}), else null
 * @param to          the second statement, else null
 * @param equivalents the words or phrases declared equivalent ({@link Kind#EQUIVALENT}), else empty
 * @param line        the line of the decisions file it was read from (0 when made in code)
 */
public record Decision(Kind kind, StatementKey from, StatementKey to, List<String> equivalents, int line) {

    /** What a decision decides. */
    public enum Kind {
        /** The two statements are the same challenge: link them. */
        CONFIRM,
        /** They are not: never link them, directly or through their chains. */
        REJECT,
        /** These words or phrases mean the same in the reports. */
        EQUIVALENT
    }

    public Decision {
        Objects.requireNonNull(kind, "kind");
        equivalents = List.copyOf(equivalents);
        if (kind == Kind.EQUIVALENT ? equivalents.size() < 2 : from == null || to == null) {
            throw new IllegalArgumentException(kind == Kind.EQUIVALENT ? "an equivalence needs two or more members"
                    : "a link decision needs two statements");
        }
    }

    /** Confirms the link between two statements. */
    public static Decision confirm(StatementKey from, StatementKey to) {
        return new Decision(Kind.CONFIRM, from, to, List.of(), 0);
    }

    /** Rejects the link between two statements. */
    public static Decision reject(StatementKey from, StatementKey to) {
        return new Decision(Kind.REJECT, from, to, List.of(), 0);
    }

    /** Declares words or phrases equivalent. */
    public static Decision equivalent(List<String> members) {
        return new Decision(Kind.EQUIVALENT, null, null, members, 0);
    }

    /** The decision as a line of a decisions file. */
    @Override
    public String toString() {
        return switch (kind) {
            case CONFIRM -> "confirm " + from + " -> " + to;
            case REJECT -> "reject " + from + " -> " + to;
            case EQUIVALENT -> "equivalent " + String.join(", ", equivalents);
        };
    }
}
