package no.trendspor.io;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import no.trendspor.ingest.InputException;

/**
 * Resolves the paths a user names into the report files to read: a file is taken as it is, a
 * directory contributes every {@code .txt} file below it. The result is sorted, so the file
 * system's listing order never changes the output.
 */
public final class InputFiles {

    /** The extension of report text files picked up from directories. */
    public static final String TEXT_EXTENSION = ".txt";

    private InputFiles() {
    }

    /**
     * @throws InputException for a missing or unreadable path, or a directory without report files
     */
    public static List<Path> resolve(List<Path> paths) {
        if (paths.isEmpty()) {
            throw new InputException("(arguments)", 0, "no input path given");
        }
        Set<Path> files = new LinkedHashSet<>();
        for (Path given : paths) {
            files.addAll(resolveOne(given));
        }
        List<Path> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(p -> p.toString()));
        return List.copyOf(sorted);
    }

    private static List<Path> resolveOne(Path given) {
        String name = given.toString();
        if (!Files.exists(given)) {
            throw new InputException(name, 0, "no such file or directory");
        }
        if (Files.isDirectory(given)) {
            List<Path> found = textFilesBelow(given);
            if (found.isEmpty()) {
                throw new InputException(name, 0, "directory holds no " + TEXT_EXTENSION + " files");
            }
            return found;
        }
        if (!Files.isReadable(given)) {
            throw new InputException(name, 0, "file is not readable");
        }
        return List.of(given.normalize());
    }

    // Links are not followed, so a link loop cannot make the walk run forever.
    private static List<Path> textFilesBelow(Path dir) {
        try (Stream<Path> walk = Files.walk(dir, new FileVisitOption[0])) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(TEXT_EXTENSION))
                    .map(Path::normalize)
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputException(dir.toString(), 0, "cannot list directory: " + e.getMessage());
        }
    }
}
