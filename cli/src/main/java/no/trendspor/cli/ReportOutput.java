package no.trendspor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;

/**
 * Delivers a finished report to stdout or to a file. A file is written to a temporary file beside
 * it and moved into place, so a failure never leaves half a report.
 */
final class ReportOutput {

    private ReportOutput() {
    }

    /** Checks before any work is done that the report can go where the user asked. */
    static void validate(Path out, List<Path> inputs) {
        if (out == null) {
            return;
        }
        Path target = out.toAbsolutePath().normalize();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new OutputException(out + ": the directory to write into does not exist");
        }
        if (Files.isDirectory(target)) {
            throw new OutputException(out + ": is a directory; name a file");
        }
        for (Path in : inputs) {
            if (isSameFile(in, target)) {
                throw new OutputException(out + ": is one of the input files; refusing to overwrite it");
            }
        }
    }

    /** A report that writes itself, so large ones can be streamed instead of held as one string. */
    @FunctionalInterface
    interface Body {
        void writeTo(Writer out) throws IOException;
    }

    static void deliver(String report, Path out, List<Path> inputs, PrintWriter stdout) {
        deliver(w -> w.write(report), out, inputs, stdout);
    }

    static void deliver(Body report, Path out, List<Path> inputs, PrintWriter stdout) {
        if (out == null) {
            try {
                report.writeTo(stdout);
            } catch (IOException e) {
                throw new OutputException("(stdout): cannot write (" + e.getMessage() + ")");
            }
            stdout.flush();
            return;
        }
        validate(out, inputs);
        Path target = out.toAbsolutePath().normalize();
        Path dir = target.getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, ".trendspor-", ".tmp");
            // Encoded in chunks: Files.writeString would hold a second, byte[] copy of the report.
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                report.writeTo(w);
            }
            keepPermissions(tmp, target);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new OutputException(out + ": cannot write (" + e.getMessage() + ")");
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the report itself is in place or the error above says why not
                }
            }
        }
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
