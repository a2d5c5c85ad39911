package no.trendspor.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.trendspor.ingest.IngestHints;
import no.trendspor.ingest.InputException;
import no.trendspor.ingest.ReportParser;
import no.trendspor.model.ReportDocument;

/**
 * Reads report files into documents and applies the checks that need the whole run: two
 * documents may not claim the same municipality, year and sector, and a document that does not
 * name its municipality takes the one all other documents share.
 */
public final class ReportLoader {

    private final ReportParser parser = new ReportParser();

    /**
     * Resolves the paths (files, or directories searched for {@code .txt} files) and parses each.
     *
     * @throws InputException for the first unreadable input, naming its file and line
     */
    public List<ReportDocument> load(List<Path> paths) {
        List<ReportDocument> docs = new ArrayList<>();
        for (Path file : InputFiles.resolve(paths)) {
            docs.add(parser.parse(file.toString(), read(file), IngestHints.NONE));
        }
        return consolidate(docs);
    }

    /** Applies the whole-run checks to documents parsed elsewhere. */
    public static List<ReportDocument> consolidate(List<ReportDocument> docs) {
        List<ReportDocument> withMunicipality = MunicipalityInference.apply(docs);
        DuplicateCheck.requireDistinct(withMunicipality);
        return withMunicipality;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(file.toString(), 0, "cannot read: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            throw new InputException(file.toString(), 0, "file too large to read into memory");
        }
    }
}
