package no.trendspor.match;

import java.util.List;

/**
 * What changed in the challenges of one sector between two consecutive report years present.
 *
 * @param municipality the municipality
 * @param sector       the aligned sector name
 * @param fromYear     the earlier report year
 * @param toYear       the later report year
 * @param persisting   challenges in both years, with score and explanation
 * @param newChallenges challenges of the later year that occur in no earlier year
 * @param returning    challenges of the later year absent from the earlier year but present in an
 *                     older one (a gap year)
 * @param dropped      challenges of the earlier year that occur in no later year
 * @param pausing      challenges of the earlier year absent from the later year that come back
 *                     in a year after it
 * @param reversed     the persisting challenges whose stated trend flipped
 * @param keyTerms     terms whose frequency in the sector's statements changed most (G²)
 */
public record ThemeDiff(
        String municipality,
        String sector,
        int fromYear,
        int toYear,
        List<PersistingChallenge> persisting,
        List<Occurrence> newChallenges,
        List<Occurrence> returning,
        List<Occurrence> dropped,
        List<Occurrence> pausing,
        List<PersistingChallenge> reversed,
        List<KeyTerm> keyTerms) {

    public ThemeDiff {
        persisting = List.copyOf(persisting);
        newChallenges = List.copyOf(newChallenges);
        returning = List.copyOf(returning);
        dropped = List.copyOf(dropped);
        pausing = List.copyOf(pausing);
        reversed = List.copyOf(reversed);
        keyTerms = List.copyOf(keyTerms);
    }

    @Override
    public String toString() {
        return municipality + "/" + sector + " " + fromYear + "→" + toYear + ": " + persisting.size()
                + " persisting (" + reversed.size() + " reversed), " + newChallenges.size() + " new, "
                + returning.size() + " returning, " + dropped.size() + " dropped, " + pausing.size() + " pausing";
    }
}
