package no.trendspor.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;

/**
 * Delivers a finished report to stdout or to the file the user named, never clobbering what is
 * there by surprise:
 *
 * <ul>
 *   <li>a regular file, or a name not yet taken: written to a temporary file in the same folder
 *   and moved into place, so a failure never leaves half a report (an earlier report stays as
 *   it was);</li>
 *   <li>a symbolic link: followed, and the file it points to written (the same way, when that is
 *   a regular file or not yet there); the link stays a link;</li>
 *   <li>a FIFO or a device (e.g. {@code /dev/stdout}, a named pipe a reader waits on): written
 *   directly, never replaced by a regular file;</li>
 *   <li>anything else (a directory, a socket): refused.</li>
 * </ul>
 *
 * <p>A refusal found before the work starts is an {@link OutputException} (exit status
 * {@value Main#OUTPUT_ERROR}); a failure while the report is written (disk full, a closed pipe,
 * a device error) a {@link WriteFailedException} (exit status {@value Main#WRITE_ERROR}). Both
 * name the destination as the user gave it.
 */
final class ReportOutput {

    /** More links in a row than this is a loop (the kernel's own limit is 40). */
    private static final int MAX_LINKS = 40;

    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;

    private ReportOutput() {
    }

    /** How a destination is written. */
    enum Mode {
        /** A temporary file beside it, then moved into place. */
        REPLACE,
        /** Opened and written as it is (FIFO, device). */
        DIRECT
    }

    /**
     * Where the report goes: {@code path} is the file finally written (a link's target), {@code
     * given} what the user named.
     */
    record Target(Path given, Path path, Mode mode) {
    }

    /** Checks before any work is done that the report can go where the user asked. */
    static void validate(Path out, List<Path> inputs) {
        if (out == null) {
            return;
        }
        Target target = resolve(out);
        for (Path in : inputs) {
            if (isSameFile(in, target.path())) {
                throw new OutputException(out + ": is one of the input files; refusing to overwrite it");
            }
        }
        if (target.mode() == Mode.REPLACE && !Files.isWritable(target.path().getParent())) {
            throw new OutputException(out + ": cannot write (the directory " + target.path().getParent()
                    + " is not writable)");
        }
    }

    /**
     * The file a name finally stands for, and how to write it.
     *
     * @throws OutputException for a missing folder, a directory, a link loop or a kind of file
     *                         that cannot hold a report
     */
    static Target resolve(Path out) {
        Path path = out.toAbsolutePath().normalize();
        try {
            for (int links = 0; Files.isSymbolicLink(path); links++) {
                if (links == MAX_LINKS) {
                    throw new OutputException(out + ": too many levels of symbolic links (a loop?)");
                }
                Path dir = path.getParent();
                path = dir.resolve(Files.readSymbolicLink(path)).normalize();
            }
            Path dir = path.getParent();
            if (dir == null || !Files.isDirectory(dir)) {
                throw new OutputException(out + ": the directory to write into does not exist");
            }
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                return new Target(out, path, Mode.REPLACE);
            }
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (attributes.isRegularFile()) {
                return new Target(out, path, Mode.REPLACE);
            }
            if (attributes.isDirectory()) {
                throw new OutputException(out + ": is a directory; name a file");
            }
            int type = fileType(path);
            if (type == FIFO || type == CHARACTER_DEVICE || type == BLOCK_DEVICE) {
                return new Target(out, path, Mode.DIRECT);
            }
            throw new OutputException(out + ": is not a regular file, a FIFO or a device (a socket?); name a file");
        } catch (IOException e) {
            throw new OutputException(out + ": cannot write (" + reason(e) + ")");
        }
    }

    /** The file type bits of st_mode, or -1 where the file system does not tell. */
    private static int fileType(Path path) {
        try {
            Object mode = Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            return mode instanceof Integer m ? m & TYPE_MASK : -1;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return -1;
        }
    }

    /** A report that writes itself, so large ones can be streamed instead of held as one string. */
    @FunctionalInterface
    interface Body {
        void writeTo(Writer out) throws IOException;

        /** The same text as UTF-8 bytes (a body that can encode faster says so by overriding). */
        default void writeTo(OutputStream out) throws IOException {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writeTo(w);
            w.flush();
        }
    }

    static void deliver(String report, Path out, List<Path> inputs, PrintWriter stdout) {
        deliver(w -> w.write(report), out, inputs, stdout);
    }

    /**
     * Writes the report. To stdout when {@code out} is null: a failure there is detected by
     * {@link Main} for every command, from the stream's error state.
     */
    static void deliver(Body report, Path out, List<Path> inputs, PrintWriter stdout) {
        if (out == null) {
            try {
                report.writeTo(stdout);
            } catch (IOException e) {
                throw new WriteFailedException("standard output: cannot write (" + reason(e) + ")");
            }
            stdout.flush();
            return;
        }
        validate(out, inputs);
        Target target = resolve(out);
        if (target.mode() == Mode.DIRECT) {
            writeDirectly(report, target);
        } else {
            replace(report, target);
        }
    }

    private static void writeDirectly(Body report, Target target) {
        // WRITE only: a FIFO or device is neither created nor truncated.
        try (OutputStream stream = Files.newOutputStream(target.path(), StandardOpenOption.WRITE)) {
            report.writeTo(stream);
        } catch (IOException e) {
            throw new WriteFailedException(target.given() + ": cannot write (" + reason(e) + ")");
        }
    }

    private static void replace(Body report, Target target) {
        Path dir = target.path().getParent();
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, ".trendspor-", ".tmp");
        } catch (IOException e) {
            throw new OutputException(target.given() + ": cannot write (" + reason(e) + ")");
        }
        try {
            // Encoded in chunks: Files.writeString would hold a second, byte[] copy of the report.
            try (OutputStream stream = Files.newOutputStream(tmp)) {
                report.writeTo(stream);
            }
            keepPermissions(tmp, target.path());
            try {
                Files.move(tmp, target.path(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target.path(), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new WriteFailedException(target.given() + ": cannot write (" + reason(e) + ")");
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the report itself is in place or the error above says why not
            }
        }
    }

    /**
     * What went wrong, without the paths a file-system exception puts in its message (they
     * would name the temporary file, not the user's).
     */
    static String reason(IOException e) {
        if (e instanceof FileSystemException fs) {
            if (fs instanceof java.nio.file.AccessDeniedException) {
                return "permission denied";
            }
            if (fs instanceof java.nio.file.NoSuchFileException) {
                return "no such file or directory";
            }
            return fs.getReason() != null ? fs.getReason() : fs.getClass().getSimpleName();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /**
     * A temporary file is private to its owner (rw-------); the report should have the permissions
     * the file it replaces had, or those of a file created the usual way (rw-r--r--).
     */
    private static void keepPermissions(Path tmp, Path target) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> perms = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, perms);
    }

    private static boolean isSameFile(Path input, Path target) {
        try {
            return Files.exists(target) && Files.isSameFile(input, target);
        } catch (IOException e) {
            return false;
        }
    }
}
