package no.trendspor.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.Warning;

/**
 * Fills in the municipality of documents whose text (and page) does not name it, so that reports
 * of different municipalities are never pooled silently. In this order:
 * <ol>
 *   <li>the name of the folder the file sits in, when it names a Norwegian municipality
 *   ({@link FolderMunicipality});</li>
 *   <li>the one municipality every other document of the run names (a report page often names its
 *   municipality only on the front page);</li>
 *   <li>otherwise the municipality stays unknown. When two or more documents are left so, one
 *   warning (on the first of them) says how many, and when they sit in more than one folder each
 *   folder's documents form their own unknown municipality, {@code "unknown (FOLDER)"}, so files of
 *   different folders are never compared as one municipality.</li>
 * </ol>
 */
final class MunicipalityInference {

    /** The label of the unknown municipality of the documents of one folder. */
    static String unknownIn(String folder) {
        return "unknown (" + (folder.isEmpty() ? "." : folder) + ")";
    }

    private MunicipalityInference() {
    }

    static List<ReportDocument> apply(List<ReportDocument> docs) {
        return unknownApart(fromOthers(fromFolders(docs)));
    }

    private static List<ReportDocument> fromFolders(List<ReportDocument> docs) {
        if (docs.stream().allMatch(d -> d.municipality() != null)) {
            return docs;
        }
        List<ReportDocument> out = new ArrayList<>(docs.size());
        for (ReportDocument d : docs) {
            String folder = FolderMunicipality.folderOf(d.source());
            Optional<String> named = d.municipality() != null || folder.isEmpty() ? Optional.empty()
                    : FolderMunicipality.bundled().municipality(FolderMunicipality.lastName(folder));
            if (named.isEmpty()) {
                out.add(d);
                continue;
            }
            out.add(withWarning(d.withMunicipality(named.get()), new Warning("municipality-from-folder",
                    "the text names no municipality; taken as " + named.get() + ", the name of its folder", 0)));
        }
        return out;
    }

    private static List<ReportDocument> fromOthers(List<ReportDocument> docs) {
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
            out.add(withWarning(d.withMunicipality(only), new Warning("municipality-inferred",
                    "the text names no municipality; taken as " + only
                            + ", the only municipality the other documents name", 0)));
        }
        return out;
    }

    private static List<ReportDocument> unknownApart(List<ReportDocument> docs) {
        List<ReportDocument> unknown = docs.stream().filter(d -> d.municipality() == null).toList();
        if (unknown.size() < 2) {
            return docs; // one document alone cannot be pooled with another
        }
        TreeSet<String> folders = new TreeSet<>();
        unknown.forEach(d -> folders.add(FolderMunicipality.folderOf(d.source())));
        boolean apart = folders.size() > 1;
        String how = apart ? "each folder's files are kept apart as their own unknown municipality ("
                + folders.size() + " folders)"
                : "they sit in one folder and are taken as one unknown municipality";
        Warning warning = new Warning("municipality-unknown", unknown.size() + " files name no municipality in "
                + "their text, page or folder name; " + how + "; name it in the text, a page's \"municipality\" "
                + "field or the folder's name (e.g. reports/Bærum/2020.txt)", 0);
        List<ReportDocument> out = new ArrayList<>(docs.size());
        boolean warned = false;
        for (ReportDocument d : docs) {
            if (d.municipality() != null) {
                out.add(d);
                continue;
            }
            ReportDocument kept = apart ? d.withMunicipality(unknownIn(FolderMunicipality.folderOf(d.source()))) : d;
            out.add(warned ? kept : withWarning(kept, warning));
            warned = true;
        }
        return out;
    }

    private static ReportDocument withWarning(ReportDocument d, Warning w) {
        List<Warning> warnings = new ArrayList<>(d.warnings());
        warnings.add(w);
        return d.withWarnings(warnings);
    }
}
