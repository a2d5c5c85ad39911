package no.trendspor.match;

import java.util.List;

/**
 * What changed in the challenges of one sector between two consecutive report years present.
 *
 * <p>A year's challenge list is <em>cut short</em> when one of the sector's pages of that year ends
 * before its challenge list is complete ({@link no.trendspor.model.Sector#challengeListCutShort()}):
 * an excerpt, so challenges may be missing from it. A challenge absent from a cut-short list is not
 * evidence of a change, so it goes to {@link #unconfirmedDropped} or {@link #unconfirmedNew}
 * instead of {@link #dropped} or {@link #newChallenges}.
 *
 * @param municipality       the municipality
 * @param sector             the aligned sector name
 * @param fromYear           the earlier report year
 * @param toYear             the later report year
 * @param fromListCutShort   the earlier year's challenge list is cut short in the source
 * @param toListCutShort     the later year's challenge list is cut short in the source
 * @param persisting         challenges in both years, with score and explanation
 * @param newChallenges      challenges of the later year that occur in no earlier year, the earlier
 *                           year's list being complete
 * @param unconfirmedNew     challenges of the later year not found in the earlier year's cut-short
 *                           list nor in any older year: new, or in the missing part of that list
 * @param returning          challenges of the later year absent from the earlier year but present
 *                           in an older one (a gap year)
 * @param dropped            challenges of the earlier year that occur in no later year, the later
 *                           year's list being complete
 * @param unconfirmedDropped challenges of the earlier year not seen in the later year's cut-short
 *                           list (nor later): dropped, or in the missing part of that list
 * @param pausing            challenges of the earlier year absent from the later year that come
 *                           back in a year after it
 * @param reversed           the persisting challenges whose stated trend flipped
 * @param keyTerms           terms whose frequency in the sector's statements changed most (G²)
 */
public record ThemeDiff(
        String municipality,
        String sector,
        int fromYear,
        int toYear,
        boolean fromListCutShort,
        boolean toListCutShort,
        List<PersistingChallenge> persisting,
        List<Occurrence> newChallenges,
        List<Occurrence> unconfirmedNew,
        List<Occurrence> returning,
        List<Occurrence> dropped,
        List<Occurrence> unconfirmedDropped,
        List<Occurrence> pausing,
        List<PersistingChallenge> reversed,
        List<KeyTerm> keyTerms) {

    public ThemeDiff {
        persisting = List.copyOf(persisting);
        newChallenges = List.copyOf(newChallenges);
        unconfirmedNew = List.copyOf(unconfirmedNew);
        returning = List.copyOf(returning);
        dropped = List.copyOf(dropped);
        unconfirmedDropped = List.copyOf(unconfirmedDropped);
        pausing = List.copyOf(pausing);
        reversed = List.copyOf(reversed);
        keyTerms = List.copyOf(keyTerms);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(municipality).append('/').append(sector).append(' ').append(fromYear)
                .append('→').append(toYear).append(": ").append(persisting.size()).append(" persisting (")
                .append(reversed.size()).append(" reversed), ").append(newChallenges.size()).append(" new, ")
                .append(returning.size()).append(" returning, ").append(dropped.size()).append(" dropped, ")
                .append(pausing.size()).append(" pausing");
        if (fromListCutShort) {
            sb.append("; ").append(fromYear).append(" list cut short: ").append(unconfirmedNew.size())
                    .append(" unconfirmed new");
        }
        if (toListCutShort) {
            sb.append("; ").append(toYear).append(" list cut short: ").append(unconfirmedDropped.size())
                    .append(" unconfirmed dropped");
        }
        return sb.toString();
    }
}
