package no.trendspor.match;

/** The trend a statement states for its subject. */
public enum Direction {
    /** The subject grows (øker, økning, økende, vokser, stiger, flere). */
    UP,
    /** The subject shrinks (går ned, redusert, nedgang, synker, færre). */
    DOWN,
    /** No trend stated. */
    NONE
}
