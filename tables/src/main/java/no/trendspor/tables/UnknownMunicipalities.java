package no.trendspor.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.trendspor.keyfigures.TableObservation;
import no.trendspor.keyfigures.TableWarning;

/**
 * Finds the municipality numbers of key-figure tables that the registry does not know: a mistyped
 * number, or one from outside the years the registry covers, joins no series across a reform, and
 * the analyst should hear of it rather than see two series where one was meant.
 */
public final class UnknownMunicipalities {

    private UnknownMunicipalities() {
    }

    /**
     * One warning per table file and unknown four-digit number, at its first row, in source order.
     * Other region codes (counties, "0" for the whole country, Svalbard's 21xx) are not
     * municipality numbers and are not checked.
     */
    public static List<TableWarning> check(List<TableObservation> observations, MunicipalityRegistry registry) {
        Map<String, TableObservation> first = new LinkedHashMap<>();
        for (TableObservation o : observations) {
            String code = o.municipalityCode();
            if (code == null || !code.matches("\\d{4}") || code.startsWith("21") || code.equals("0000")
                    || registry.isKnown(code)) {
                continue;
            }
            first.merge(o.source() + "\u0000" + code, o, (a, b) -> b.row() < a.row() ? b : a);
        }
        List<TableWarning> out = new ArrayList<>();
        for (TableObservation o : first.values()) {
            out.add(new TableWarning(o.source(), o.row(), "unknown-municipality", "municipality number "
                    + o.municipalityCode() + (o.municipalityName() == null ? "" : " (" + o.municipalityName() + ")")
                    + " is not in SSB's list of municipality numbers 2017–2024; its figures are kept under that "
                    + "number and joined with no other"));
        }
        return List.copyOf(out);
    }
}
