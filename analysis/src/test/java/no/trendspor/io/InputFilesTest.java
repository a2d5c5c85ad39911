package no.trendspor.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.Normalizer;
import java.util.List;
import no.trendspor.ingest.InputException;
import no.trendspor.ingest.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How named paths become the files of a run, and which are refused. */
class InputFilesTest {

    @TempDir
    Path tmp;

    private Path file(String name) throws IOException {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, "Årsrapport 2024\n");
    }

    @Test
    void directoriesContributeTheirTextFilesSortedWhateverTheArgumentOrder() throws IOException {
        Path b = file("d/b.txt");
        Path a = file("d/sub/a.TXT");
        file("d/notes.md");
        Path c = file("c.txt");
        List<Path> one = InputFiles.resolve(List.of(tmp.resolve("d"), c));
        List<Path> two = InputFiles.resolve(List.of(c, tmp.resolve("d")));
        assertEquals(List.of(c, b, a), one);
        assertEquals(one, two);
    }

    @Test
    void directoriesContributeReportPagesAndPdfsInAnyLetterCase() throws IOException {
        Path page = file("d/x/page-2019.json");
        Path pdf = file("d/report-2020.PDF");
        Path text = file("d/report-2021.txt");
        file("d/x/notes.md");
        file("d/x/data.csv");
        assertEquals(List.of(pdf, text, page), InputFiles.resolve(List.of(tmp.resolve("d"))));
    }

    @Test
    void aFileReachedByTwoNamesIsReadOnceUnderTheNameSortingFirst() throws IOException {
        Path a = file("d/a.txt");
        Path link = Files.createSymbolicLink(tmp.resolve("d/z-link.txt"), a);
        assertEquals(List.of(a), InputFiles.resolve(List.of(tmp.resolve("d"))));
        assertEquals(List.of(a), InputFiles.resolve(List.of(link, a, tmp.resolve("d/./a.txt"))));
    }

    @Test
    void symbolicLinkLoopsAreNotFollowed() throws IOException {
        Path a = file("d/a.txt");
        Files.createSymbolicLink(tmp.resolve("d/loop"), tmp.resolve("d"));
        Files.createSymbolicLink(tmp.resolve("d/up"), tmp);
        assertEquals(List.of(a), InputFiles.resolve(List.of(tmp.resolve("d"))));
    }

    @Test
    void namesDifferingOnlyInCaseAreRefusedNamingBoth() throws IOException {
        Path lower = file("d/rapport-2024.txt");
        Path upper = file("d/Rapport-2024.txt");
        assumeFalse(Files.isSameFile(lower, upper), "case-insensitive file system");
        InputException e = assertThrows(InputException.class, () -> InputFiles.resolve(List.of(tmp.resolve("d"))));
        assertEquals(lower.toString(), e.source());
        assertTrue(e.getMessage().contains(upper.toString()) && e.getMessage().contains("letter case"), e.getMessage());
    }

    @Test
    void namesDifferingOnlyInUnicodeNormalisationAreRefused() throws IOException {
        String nfc = Normalizer.normalize("bærum-å-2024.txt", Normalizer.Form.NFC);
        String nfd = Normalizer.normalize("bærum-å-2024.txt", Normalizer.Form.NFD);
        Path composed = file("d/" + nfc);
        Path decomposed;
        try {
            decomposed = file("d/" + nfd);
        } catch (java.nio.file.InvalidPathException e) {
            assumeTrue(false, "file system cannot name NFD: " + e.getMessage());
            return;
        }
        assumeFalse(Files.isSameFile(composed, decomposed), "file system normalises names");
        InputException e = assertThrows(InputException.class, () -> InputFiles.resolve(List.of(tmp.resolve("d"))));
        assertTrue(e.getMessage().contains("Unicode normalisation"), e.getMessage());
    }

    @Test
    void missingPathsAndBrokenLinksAreNamed() throws IOException {
        InputException missing = assertThrows(InputException.class, () -> InputFiles.resolve(List.of(tmp.resolve("nope.txt"))));
        assertEquals(tmp.resolve("nope.txt") + ": no such file or directory", missing.getMessage());
        Path dangling = Files.createSymbolicLink(tmp.resolve("d-dangling.txt"), tmp.resolve("gone.txt"));
        InputException broken = assertThrows(InputException.class, () -> InputFiles.resolve(List.of(dangling)));
        assertTrue(broken.getMessage().endsWith("symbolic link to a missing file"), broken.getMessage());
        Files.createDirectories(tmp.resolve("d"));
        Files.createSymbolicLink(tmp.resolve("d/x.txt"), tmp.resolve("gone.txt"));
        InputException inDir = assertThrows(InputException.class, () -> InputFiles.resolve(List.of(tmp.resolve("d"))));
        assertEquals(tmp.resolve("d/x.txt").toString(), inDir.source());
    }

    @Test
    void aDirectoryWithoutTextFilesAndNoArgumentsAreRefused() throws IOException {
        file("d/notes.md");
        Files.createDirectories(tmp.resolve("d/empty.txt")); // a directory named like a report
        InputException e = assertThrows(InputException.class, () -> InputFiles.resolve(List.of(tmp.resolve("d"))));
        assertEquals(tmp.resolve("d") + ": directory holds no report files (.txt, .json, .pdf)", e.getMessage());
        assertThrows(InputException.class, () -> InputFiles.resolve(List.of()));
    }

    @Test
    void unreadableFilesAreRefusedWhereTheFileSystemEnforcesIt() throws IOException {
        Path f = file("d/locked.txt");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(f), "running as root: permissions are not enforced");
            InputException direct = assertThrows(InputException.class, () -> InputFiles.resolve(List.of(f)));
            assertEquals(f + ": file is not readable (permission denied)", direct.getMessage());
            InputException inDir = assertThrows(InputException.class, () -> InputFiles.resolve(List.of(tmp.resolve("d"))));
            assertEquals(f.toString(), inDir.source());
        } finally {
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void aFileReadWholeAboveTheSizeLimitIsRefusedBeforeItIsReadATextFileIsNot() throws IOException {
        Path big = sparse(tmp.resolve("big.json"), Limits.MAX_BYTES + 1L);
        InputException e = assertThrows(InputException.class, () -> InputFiles.resolve(List.of(big)));
        assertTrue(e.getMessage().startsWith(big + ": file of " + (Limits.MAX_BYTES + 1L) + " bytes is larger than the limit"),
                e.getMessage());
        // report text is streamed: its size alone is no reason to refuse it
        Path text = sparse(tmp.resolve("big.txt"), Limits.MAX_BYTES + 1L);
        assertEquals(List.of(text), InputFiles.resolve(List.of(text)));
    }

    /** A file of {@code size} bytes that costs no disk. */
    private static Path sparse(Path file, long size) throws IOException {
        try (var ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}), size - 1);
        }
        return file;
    }

    @Test
    void aFifoNamedLikeAReportIsNotRead() throws Exception {
        Path fifo = tmp.resolve("pipe.txt");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo");
            return;
        }
        assumeTrue(p.waitFor() == 0 && Files.exists(fifo), "mkfifo failed");
        InputException e = assertThrows(InputException.class, () -> InputFiles.resolve(List.of(fifo)));
        assertEquals(fifo + ": not a regular file", e.getMessage());
    }
}
