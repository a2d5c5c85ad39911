package no.trendspor.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.Warning;

/**
 * Fills in the municipality of documents whose text does not name it, when every other document
 * of the run names one and the same municipality. A report page often names its municipality only
 * on the front page; without this, its sectors could not be compared with other years.
 */
final class MunicipalityInference {

    private MunicipalityInference() {
    }

    static List<ReportDocument> apply(List<ReportDocument> docs) {
        TreeSet<String> named = new TreeSet<>();
        docs.stream().map(ReportDocument::municipality).filter(Objects::nonNull).forEach(named::add);
        if (named.size() != 1) {
            return docs;
        }
        String only = named.first();
        List<ReportDocument> out = new ArrayList<>(docs.size());
        for (ReportDocument d : docs) {
            if (d.municipality() != null) {
                out.add(d);
                continue;
            }
            List<Warning> warnings = new ArrayList<>(d.warnings());
            warnings.add(new Warning("municipality-inferred",
                    "the text names no municipality; taken as " + only
                            + ", the only municipality the other documents name", 0));
            out.add(d.withMunicipality(only).withWarnings(warnings));
        }
        return out;
    }
}
