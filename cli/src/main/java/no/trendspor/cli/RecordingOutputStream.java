package no.trendspor.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * An output stream that remembers the first write failure before passing it on. A
 * {@link java.io.PrintWriter} (what picocli hands the commands) swallows write errors and only
 * says that one happened; this keeps the cause ("No space left on device", "Broken pipe") for
 * the one-line message.
 */
final class RecordingOutputStream extends FilterOutputStream {

    private volatile IOException failure;

    RecordingOutputStream(OutputStream out) {
        super(out);
    }

    /** The first failure, or {@code null}. */
    IOException failure() {
        return failure;
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw remember(e);
        }
    }

    private IOException remember(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }
}
