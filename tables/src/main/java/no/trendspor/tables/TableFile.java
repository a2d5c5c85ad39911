package no.trendspor.tables;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import no.trendspor.ingest.InputException;
import no.trendspor.ingest.Limits;

/**
 * Reads a table file as a stream, never more than {@link #MAX_BYTES}: a regular file larger than
 * that is refused from its size before it is opened; a FIFO is read like a file (waiting for its
 * writer, as {@code cat} does) and refused as soon as it has given more; a device, a directory or a
 * socket is refused without being opened, so an endless device cannot fill the memory. Every
 * message names the file.
 */
final class TableFile {

    /** Largest table read (64 MiB, as for report files read whole): SSB extracts are far smaller. */
    static final int MAX_BYTES = Limits.MAX_BYTES;

    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;

    private TableFile() {
    }

    /** Checks, without opening it, that {@code file} can be read as a table. */
    static void check(Path file) {
        kind(file);
    }

    /** The bytes of a table file; see the class comment. */
    static byte[] read(Path file) {
        return read(file, MAX_BYTES);
    }

    static byte[] read(Path file, int limit) {
        String name = file.toString();
        boolean regular = kind(file);
        if (regular) {
            long size = size(file);
            if (size > limit) {
                throw tooLarge(name, "table of " + size + " bytes is", limit);
            }
        }
        try (InputStream in = Files.newInputStream(file)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > limit) {
                    throw tooLarge(name, "table is", limit);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new InputException(name, 0, "cannot read: " + reason(e));
        }
    }

    /** True for a regular file, false for a FIFO; refuses everything else. */
    private static boolean kind(Path file) {
        String name = file.toString();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new InputException(name, 0, Files.isSymbolicLink(file) ? "symbolic link to a missing file"
                    : "no such file");
        } catch (IOException e) {
            throw new InputException(name, 0, "cannot read: " + reason(e));
        }
        if (attributes.isRegularFile()) {
            if (!Files.isReadable(file)) {
                throw new InputException(name, 0, "file is not readable (permission denied)");
            }
            return true;
        }
        if (attributes.isDirectory()) {
            throw new InputException(name, 0, "is a directory; name a table file (CSV or JSON-stat)");
        }
        if (fileType(file) == FIFO) {
            return false;
        }
        throw new InputException(name, 0, "is a device or another special file, not a table file (CSV or JSON-stat)");
    }

    private static int fileType(Path path) {
        try {
            Object mode = Files.getAttribute(path, "unix:mode");
            return mode instanceof Integer m ? m & TYPE_MASK : -1;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return -1;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new InputException(file.toString(), 0, "cannot read: " + reason(e));
        }
    }

    private static InputException tooLarge(String name, String what, int limit) {
        return new InputException(name, 0, what + " larger than the limit of " + limit + " bytes; split it");
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
