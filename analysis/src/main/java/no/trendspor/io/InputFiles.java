package no.trendspor.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import no.trendspor.ingest.InputException;
import no.trendspor.ingest.Limits;

/**
 * Resolves the paths a user names into the report files to read: a file is taken as it is, a
 * directory contributes every report file below it, in any form Trendspor reads ({@code .txt}
 * text, {@code .json} report pages, {@code .pdf}; the extension in any letter case). The result is sorted, so neither the
 * order of the arguments nor the file system's listing order changes the output.
 *
 * <ul>
 *   <li>One file reached by several names (named twice, through a symbolic link, or both as a
 *   file and inside a named directory) is read once, under the name that sorts first.</li>
 *   <li>Two different files whose names differ only in letter case or Unicode normalisation
 *   (NFC / NFD, e.g. "Bærum" typed on macOS and on Linux) are refused: a case-insensitive file
 *   system would hold only one of them, and a reader of the report could not tell their sources
 *   apart.</li>
 *   <li>Symbolic links to directories are not followed, so a link loop cannot make the walk run
 *   forever; links to files are read.</li>
 *   <li>A file read whole (PDF, JSON report page) larger than {@link Limits#MAX_BYTES} is refused
 *   before it is read; a text file is read as a stream and has no size limit of its own.</li>
 * </ul>
 */
public final class InputFiles {

    /** The extension of report text files picked up from directories. */
    public static final String TEXT_EXTENSION = ".txt";

    /** The extensions of the report files picked up from directories: text, JSON report pages, PDF. */
    public static final List<String> REPORT_EXTENSIONS = List.of(TEXT_EXTENSION, ".json", ".pdf");

    private InputFiles() {
    }

    /**
     * @throws InputException for a missing, unreadable or too large file, a directory without
     *                        report files, or two files whose names differ only in case or Unicode form
     */
    public static List<Path> resolve(List<Path> paths) {
        if (paths.isEmpty()) {
            throw new InputException("(arguments)", 0, "no input path given");
        }
        List<Path> named = new ArrayList<>();
        for (Path given : paths) {
            named.addAll(resolveOne(given));
        }
        named.sort(Comparator.comparing(Path::toString));
        // Sorted first, so the name kept for a file reached twice does not depend on argument order.
        Map<Path, Path> byRealPath = new TreeMap<>();
        Map<String, Path> byFoldedName = new TreeMap<>();
        List<Path> out = new ArrayList<>();
        for (Path p : named) {
            if (byRealPath.putIfAbsent(realPath(p), p) != null) {
                continue;
            }
            Path clash = byFoldedName.putIfAbsent(folded(p), p);
            if (clash != null) {
                throw new InputException(p.toString(), 0, "its name differs from " + clash
                        + " only in letter case or Unicode normalisation; rename one of them");
            }
            out.add(p);
        }
        return List.copyOf(out);
    }

    /**
     * Whether a file is read into memory whole (a PDF or a JSON report page) rather than as a
     * stream of lines (report text, whatever its extension).
     */
    public static boolean readWhole(Path file) {
        String name = file.toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".pdf") || name.endsWith(".json");
    }

    /** Whether a file of this name is taken from a directory as a report (see {@link #REPORT_EXTENSIONS}). */
    public static boolean isReportFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return REPORT_EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    /** The key under which two names count as the same to a person or a case-insensitive disk. */
    static String folded(Path p) {
        return Normalizer.normalize(p.toString(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            throw new InputException(p.toString(), 0, "cannot resolve path: " + reason(e));
        }
    }

    private static List<Path> resolveOne(Path given) {
        String name = given.toString();
        if (!Files.exists(given)) {
            throw new InputException(name, 0, Files.isSymbolicLink(given)
                    ? "symbolic link to a missing file" : "no such file or directory");
        }
        if (Files.isDirectory(given)) {
            List<Path> found = reportFilesBelow(given);
            if (found.isEmpty()) {
                throw new InputException(name, 0, "directory holds no report files ("
                        + String.join(", ", REPORT_EXTENSIONS) + ")");
            }
            found.forEach(InputFiles::requireReadableFile);
            return found;
        }
        Path file = given.normalize();
        requireReadableFile(file);
        return List.of(file);
    }

    private static void requireReadableFile(Path file) {
        if (!Files.exists(file)) {
            throw new InputException(file.toString(), 0, "symbolic link to a missing file");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputException(file.toString(), 0, "not a regular file");
        }
        if (!Files.isReadable(file)) {
            throw new InputException(file.toString(), 0, "file is not readable (permission denied)");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new InputException(file.toString(), 0, "cannot read: " + reason(e));
        }
        if (size > Limits.MAX_BYTES && readWhole(file)) {
            throw new InputException(file.toString(), 0, "file of " + size + " bytes is larger than the limit of "
                    + Limits.MAX_BYTES + " bytes; split it into one file per report");
        }
    }

    // Links to directories are not followed (no FOLLOW_LINKS), so a link loop cannot make the walk
    // run forever; a link to a file passes Files.isRegularFile and is read.
    private static List<Path> reportFilesBelow(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName() != null && isReportFileName(p.getFileName().toString()))
                    .filter(p -> !Files.isDirectory(p))
                    .map(Path::normalize)
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new InputException(dir.toString(), 0, "cannot list directory: " + reason(e));
        } catch (UncheckedIOException e) {
            throw new InputException(dir.toString(), 0, "cannot list directory: " + reason(e.getCause()));
        }
    }

    /**
     * The exception's message without the Java class name, e.g. "x: Permission denied".
     *
     * @param e the failure
     * @return a message for a user
     */
    public static String reason(IOException e) {
        String kind = e.getClass().getSimpleName();
        String message = e.getMessage() == null ? "" : e.getMessage();
        return switch (kind) {
            case "AccessDeniedException" -> message + ": permission denied";
            case "NoSuchFileException" -> message + ": no such file";
            case "FileSystemLoopException" -> message + ": file system loop";
            default -> message.isEmpty() ? kind : message;
        };
    }
}
