package no.trendspor.text;

/**
 * What word knowledge an analysis used, as the report states it.
 *
 * @param hunspell              the Hunspell affix file read, or null when none was used
 * @param thesaurus             the thesaurus file read, or null when none was used
 * @param publicSectorList      whether the bundled public-sector equivalences were used
 * @param analystEquivalences   how many equivalence groups the analyst's decisions added
 */
public record WordKnowledgeUse(String hunspell, String thesaurus, boolean publicSectorList,
                               int analystEquivalences) {
}
