package no.trendspor;

/**
 * Told what an analysis started by {@link Trendspor#builder()} is doing: one call per input file
 * read, then one for the analysis. Called on the thread that runs {@link Trendspor.Builder#analyze()}.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores every step. */
    ProgressListener NONE = (step, done, total) -> { };

    /**
     * A step starts.
     *
     * @param step  what it does, e.g. "reading rapport-2019.txt" or "analysing"
     * @param done  how many steps finished before this one
     * @param total how many steps the run has (the input files, then the analysis)
     */
    void step(String step, int done, int total);
}
