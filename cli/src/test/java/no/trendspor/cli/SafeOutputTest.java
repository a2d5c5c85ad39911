package no.trendspor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import no.trendspor.seeds.Seeds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, safe output: {@code --out} never replaces a link, FIFO or device by a regular file,
 * and a report that cannot be written completely (to a file or to stdout) ends with one line
 * naming the destination and exit status 74, never 0.
 */
class SafeOutputTest {

    @TempDir
    Path tmp;

    private Path input;

    @BeforeEach
    void seed() throws IOException {
        input = Files.write(tmp.resolve("baerum-2018.txt"), Seeds.bytes(Seeds.BAERUM_2018));
    }

    private static void oneLine(CliRunner r, int status, String destination, String reason) {
        assertEquals(status, r.status(), r::toString);
        String line = r.err().strip();
        assertEquals(1, line.lines().count(), r.err());
        assertTrue(line.startsWith("trendspor: " + destination + ": "), line);
        assertTrue(line.contains(reason), line);
        assertFalse(line.contains(".trendspor-") || line.contains(".tmp"), "never the temporary file: " + line);
    }

    private String expectedReport() {
        CliRunner r = CliRunner.run("analyze", input.toString());
        assertEquals(0, r.status(), r::toString);
        return r.out();
    }

    private List<Path> leftOver() throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    @Test
    void aSymbolicLinkIsFollowedAndStaysALink() throws IOException {
        Path real = Files.writeString(tmp.resolve("real.json"), "old report");
        Path link = Files.createSymbolicLink(tmp.resolve("link.json"), real.getFileName());
        Path chain = Files.createSymbolicLink(tmp.resolve("chain.json"), link.getFileName());
        CliRunner r = CliRunner.run("analyze", "--out", chain.toString(), input.toString());
        assertEquals(0, r.status(), r::toString);
        assertTrue(Files.isSymbolicLink(link) && Files.isSymbolicLink(chain), "the links stay links");
        assertEquals(expectedReport(), Files.readString(real));
        assertEquals(List.of(), leftOver());
        // a link to a name not yet taken: the file it names is created
        Path dangling = Files.createSymbolicLink(tmp.resolve("new-link.json"), tmp.resolve("new-report.json"));
        assertEquals(0, CliRunner.run("analyze", "--out", dangling.toString(), input.toString()).status());
        assertTrue(Files.isSymbolicLink(dangling));
        assertEquals(expectedReport(), Files.readString(tmp.resolve("new-report.json")));
    }

    @Test
    void aLinkLoopIsRefused() throws IOException {
        Path a = tmp.resolve("a.json");
        Path b = tmp.resolve("b.json");
        Files.createSymbolicLink(a, b.getFileName());
        Files.createSymbolicLink(b, a.getFileName());
        oneLine(CliRunner.run("analyze", "--out", a.toString(), input.toString()), Main.OUTPUT_ERROR, a.toString(),
                "symbolic links");
    }

    @Test
    void aFifoIsWrittenDirectlyAndStaysAFifo() throws Exception {
        Path fifo = tmp.resolve("report.fifo");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo not available");
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        CliRunner r = CliRunner.run("analyze", "--out", fifo.toString(), input.toString());
        assertEquals(0, r.status(), r::toString);
        assertEquals(expectedReport(), reader.get(30, TimeUnit.SECONDS));
        assertFalse(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS), "still a FIFO");
        assertEquals("p", fifoType(fifo));
    }

    private static String fifoType(Path p) throws IOException {
        int mode = (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
        return (mode & 0170000) == 0010000 ? "p" : Integer.toOctalString(mode);
    }

    @Test
    void aDeviceIsWrittenDirectly() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/null")) && Files.exists(Path.of("/dev/full")));
        assertEquals(0, CliRunner.run("analyze", "--out", "/dev/null", input.toString()).status());
        assertFalse(Files.isRegularFile(Path.of("/dev/null")));
        // the always-full device: the failed write is said, with the user's name for it
        oneLine(CliRunner.run("analyze", "--out", "/dev/full", input.toString()), Main.WRITE_ERROR, "/dev/full",
                "No space left on device");
        assertFalse(Files.isRegularFile(Path.of("/dev/full")));
    }

    @Test
    void aSocketIsRefused() throws IOException {
        Path socket = tmp.resolve("report.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            oneLine(CliRunner.run("analyze", "--out", socket.toString(), input.toString()), Main.OUTPUT_ERROR,
                    socket.toString(), "not a regular file, a FIFO or a device");
            assertFalse(Files.isRegularFile(socket, LinkOption.NOFOLLOW_LINKS), "the socket is not replaced");
        }
    }

    /** stdout that fails (a full disk, a closed pipe) in-process: exit 74, never 0, for every command. */
    @Test
    void aFailedWriteToStdoutIsExit74() {
        for (String[] args : List.of(new String[] {"analyze", input.toString()},
                new String[] {"trend", "--years", "2018,2019", "--values", "1,2"}, new String[] {"--help"})) {
            StringWriter err = new StringWriter();
            PrintWriter out = new PrintWriter(new Writer() {
                @Override
                public void write(char[] cbuf, int off, int len) throws IOException {
                    throw new IOException("No space left on device");
                }

                @Override
                public void flush() {
                }

                @Override
                public void close() {
                }
            });
            int status = Main.run(args, System.in, out, new PrintWriter(err, true),
                    () -> new IOException("No space left on device"));
            assertEquals(Main.WRITE_ERROR, status, String.join(" ", args) + ": " + err);
            assertEquals("trendspor: standard output: cannot write (No space left on device)", err.toString().strip());
        }
    }

    /** The real process: stdout to /dev/full, and stdout a pipe closed by its reader. */
    @Test
    void aFailedWriteToTheRealStdoutIsExit74() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/full")));
        Process full = java("analyze", input.toString()).redirectOutput(Path.of("/dev/full").toFile()).start();
        String fullErr = new String(full.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(Main.WRITE_ERROR, full.waitFor(), fullErr);
        assertEquals("trendspor: standard output: cannot write (No space left on device)", fullErr.strip());

        Path big = Files.writeString(tmp.resolve("big-2018.txt"), bigPage(), StandardCharsets.UTF_8);
        Process closed = java("analyze", big.toString()).start();
        closed.getInputStream().close(); // the reader goes away before the report is written
        String closedErr = new String(closed.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(Main.WRITE_ERROR, closed.waitFor(), closedErr);
        assertTrue(closedErr.strip().startsWith("trendspor: standard output: cannot write ("), closedErr);
        assertEquals(1, closedErr.strip().lines().count(), closedErr);
    }

    /** A page whose report is larger than a pipe's buffer. */
    private static String bigPage() {
        StringBuilder b = new StringBuilder("Oppvekst skole\n\nViktige resultater og innsatser i 2018\n\n");
        for (int i = 0; i < 300; i++) {
            b.append(" • Tiltak nummer ").append(i).append(" er gjennomført for alle elever i kommunen.\n");
        }
        return b.toString();
    }

    private static ProcessBuilder java(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "no.trendspor.cli.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd);
    }

    /**
     * A failure while the temporary file is written names the user's file and the cause, never
     * the temporary file (a file-system exception carries its path in the message); the earlier
     * report stays and no temporary file is left.
     */
    @Test
    void aFailureWhileReplacingNamesTheUsersFileNotTheTemporaryOne() throws IOException {
        Path out = Files.writeString(tmp.resolve("report.json"), "earlier report");
        WriteFailedException e = org.junit.jupiter.api.Assertions.assertThrows(WriteFailedException.class,
                () -> ReportOutput.deliver(w -> {
                    w.write("{\"half\": ");
                    throw new java.nio.file.FileSystemException(tmp.resolve(".trendspor-123.tmp").toString(), null,
                            "No space left on device");
                }, out, List.of(input), new PrintWriter(new StringWriter())));
        assertEquals(out + ": cannot write (No space left on device)", e.getMessage());
        assertEquals("earlier report", Files.readString(out));
        assertEquals(List.of(), leftOver());
    }
}
