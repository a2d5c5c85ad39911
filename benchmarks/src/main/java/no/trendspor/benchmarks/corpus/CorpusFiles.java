package no.trendspor.benchmarks.corpus;

import java.nio.file.Path;

/**
 * Summary of a corpus written to disk by {@link SyntheticCorpus#writeTo(Path)}.
 *
 * @param directory    where the files are
 * @param reportFiles  number of report {@code .txt} files
 * @param reportBytes  total UTF-8 size of the report files
 * @param statements   missions + results + challenges
 * @param challenges   planted challenges (rows of {@code truth-challenges.tsv})
 * @param plantedPairs positive pairs (rows of {@code truth-pairs.tsv})
 */
public record CorpusFiles(
    Path directory, int reportFiles, long reportBytes, int statements, int challenges,
    int plantedPairs) {}
