package no.trendspor.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import no.trendspor.ingest.IngestHints;
import no.trendspor.ingest.InputException;
import no.trendspor.ingest.Limits;
import no.trendspor.ingest.ReportParser;
import no.trendspor.model.ReportDocument;
import no.trendspor.spi.Providers;
import no.trendspor.spi.ReportFileReader;

/**
 * Reads report files into documents and applies the checks that need the whole run: two
 * documents may not claim the same municipality, year and sector, and a document that does not
 * name its municipality takes the one all other documents share.
 *
 * <p>Files are read and parsed in parallel, a bounded window of files at a time, and taken in
 * sorted order, so the result does not depend on the number of threads. Report text is read as a
 * stream of lines, so memory
 * grows with the text kept (a passage that repeats earlier text of its file is set aside), not
 * with the file's size; PDF files and JSON report pages are read whole. The documents (every
 * statement with its original text) are kept for the analysis. Before reading, the total size of
 * the files read whole is compared with the Java heap: input that could not fit is refused at once
 * with a message saying how to give Java more memory, instead of failing after minutes of work.
 */
public final class ReportLoader {

    /**
     * Heap bytes ingest needs per byte of a file read whole (bytes, text, blocks and statements at
     * once); measured with report pages in a 256 MiB heap (docs/bad-input.md, HeavyInputTest).
     * Running out later anyway is caught and reported in one line.
     */
    static final int HEAP_PER_INPUT_BYTE = 8;

    /**
     * Strict: a key twice in one object and anything after the document are errors (a page that
     * says two things, or two pages glued, is not read as whichever Jackson keeps).
     */
    private static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final List<ReportFileReader> READERS = Providers.of(ReportFileReader.class);

    private final ReportParser parser = new ReportParser();

    /**
     * Resolves the paths (files, or directories searched for report files) and parses each, on
     * the threads of {@link no.trendspor.match.ChallengeAnalysis#THREADS_PROPERTY}.
     *
     * @throws InputException for the first unreadable input (in sorted order), naming its file and
     *                        line, or when the inputs are too large for the Java heap
     */
    public List<ReportDocument> load(List<Path> paths) {
        return load(paths, threads(), file -> { });
    }

    /**
     * Resolves the paths and parses the files on {@code threads} threads (1: the calling thread).
     * Files are parsed in parallel but taken in sorted order: at most a few files per thread are in
     * flight at once (so memory holds the documents read plus a bounded window of files being
     * read), the documents come back in file order, and the error reported is the first file's in
     * that order, whatever the number of threads. {@code onRead} is told of each file as its
     * document is taken, in order (e.g. for a progress bar).
     */
    public List<ReportDocument> load(List<Path> paths, int threads, Consumer<Path> onRead) {
        return consolidate(read(InputFiles.resolve(paths), threads, onRead));
    }

    /**
     * {@link #load(List, int, Consumer)} of files already resolved by {@link InputFiles#resolve}
     * (so a caller that counted them does not resolve them twice), without the whole-run checks:
     * the documents as parsed, in file order, for a caller that adds documents of its own before
     * {@link #consolidate}.
     */
    public List<ReportDocument> read(List<Path> files, int threads, Consumer<Path> onRead) {
        requireHeapFor(files, Runtime.getRuntime().maxMemory());
        List<ReportDocument> docs = new ArrayList<>(files.size());
        if (threads <= 1 || files.size() < 2) {
            for (Path file : files) {
                docs.add(parseOrExplain(file));
                onRead.accept(file);
            }
            return docs;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "trendspor-read-" + READ_THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            int window = WINDOW_PER_THREAD * threads;
            ArrayDeque<Future<ReportDocument>> inFlight = new ArrayDeque<>();
            int next = 0;
            for (Path file : files) {
                while (next < files.size() && inFlight.size() < window) {
                    Path f = files.get(next++);
                    inFlight.add(pool.submit(() -> parseOrExplain(f)));
                }
                docs.add(no.trendspor.match.Parallel.result(inFlight.poll()));
                onRead.accept(file);
            }
        } finally {
            pool.shutdownNow();
        }
        return docs;
    }

    /**
     * Parses one input given as bytes rather than as a file (e.g. standard input): a PDF when it
     * starts with {@code %PDF-}, a report page saved as JSON when it starts with '{', else report text
     * in any of the encodings the text ingest reads.
     *
     * @param source the name to report it under, e.g. {@code (stdin)}
     */
    public ReportDocument parse(String source, byte[] bytes) {
        int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (ReportFileReader reader : READERS) {
            if (reader.readsContent(bytes)) {
                return reader.read(source, bytes);
            }
        }
        if (bytes.length >= 5 && new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw new InputException(source, 0, "reading PDF input needs the artifact no.trendspor:trendspor-pdf "
                    + "on the class path");
        }
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        if (i < bytes.length && bytes[i] == '{') {
            return parseJsonPage(source, bytes);
        }
        return parser.parse(source, new java.io.ByteArrayInputStream(bytes), IngestHints.NONE);
    }

    /** Files in flight per reading thread: enough to keep the threads busy, few enough to bound memory. */
    private static final int WINDOW_PER_THREAD = 4;

    private static final AtomicInteger READ_THREADS = new AtomicInteger();

    /** The thread count of {@link no.trendspor.match.ChallengeAnalysis#THREADS_PROPERTY}, or the processors. */
    public static int threads() {
        return no.trendspor.match.Parallel.threads();
    }

    private ReportDocument parseOrExplain(Path file) {
        try {
            return parse(file);
        } catch (OutOfMemoryError e) {
            throw new InputException(file.toString(), 0, outOfMemoryMessage());
        }
    }

    /** Applies the whole-run checks to documents parsed elsewhere. */
    public static List<ReportDocument> consolidate(List<ReportDocument> docs) {
        List<ReportDocument> withMunicipality = MunicipalityInference.apply(docs);
        DuplicateCheck.requireDistinct(withMunicipality);
        return withMunicipality;
    }

    // Formats other than text and JSON pages (PDF) come from the artifacts on the class path.
    private ReportDocument parse(Path file) {
        String source = file.toString();
        String lower = source.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".json")) {
            return parseJsonPage(source, read(file));
        }
        for (ReportFileReader reader : READERS) {
            if (reader.reads(lower)) {
                return reader.read(file);
            }
        }
        if (lower.endsWith(".pdf")) {
            throw new InputException(source, 0, "reading PDF files needs the artifact no.trendspor:trendspor-pdf "
                    + "on the class path");
        }
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return parser.parse(source, in, IngestHints.NONE);
        } catch (IOException e) {
            throw new InputException(source, 0, "cannot read: " + InputFiles.reason(e));
        }
    }

    /** What to tell a user whose input did not fit into the Java heap. */
    public static String outOfMemoryMessage() {
        return "out of memory: the input is too large for this Java heap (" + mebibytes(Runtime.getRuntime().maxMemory())
                + " MiB); give Java more (e.g. TRENDSPOR_JAVA_OPTS=-Xmx2g) or analyse fewer or smaller files at once";
    }

    /** Refuses files read whole whose total size the heap cannot hold, naming the largest. */
    static void requireHeapFor(List<Path> files, long maxHeap) {
        long total = 0;
        Path largest = null;
        long largestSize = -1;
        for (Path f : files) {
            if (!InputFiles.readWhole(f)) {
                continue;
            }
            long size = size(f);
            total += size;
            if (size > largestSize) {
                largest = f;
                largestSize = size;
            }
        }
        if (maxHeap == Long.MAX_VALUE || total <= maxHeap / HEAP_PER_INPUT_BYTE) {
            return;
        }
        String what = files.size() == 1 ? "is " + mebibytes(total) + " MiB"
                : "is the largest of " + files.size() + " files totalling " + mebibytes(total) + " MiB";
        throw new InputException(largest.toString(), 0, what + "; a Java heap of " + mebibytes(maxHeap)
                + " MiB analyses about " + mebibytes(maxHeap / HEAP_PER_INPUT_BYTE)
                + " MiB at once; give Java more (e.g. TRENDSPOR_JAVA_OPTS=-Xmx2g) or analyse fewer files");
    }

    private static long mebibytes(long bytes) {
        return bytes / (1024 * 1024);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new InputException(file.toString(), 0, "cannot read: " + InputFiles.reason(e));
        }
    }

    /**
     * A report page saved as JSON, as web-scraped corpora keep them: the page text in {@code text},
     * and what the page's address or catalogue says about it in {@code year}, {@code municipality}
     * and {@code sector}, used where the text itself is silent.
     *
     * @throws InputException naming {@code source}, for bytes that are not such a page
     */
    public ReportDocument parseJsonPage(String source, byte[] bytes) {
        JsonNode page;
        try {
            page = JSON.readTree(bytes);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            String problem = e.getOriginalMessage();
            if (problem != null && problem.startsWith("Duplicate field ")) {
                throw new InputException(source, line, "not readable JSON (the key "
                        + problem.substring("Duplicate field ".length()) + " appears twice in one object)");
            }
            if (problem != null && problem.startsWith("Trailing token")) {
                throw new InputException(source, line, "not readable JSON (more text after the end of the document)");
            }
            throw new InputException(source, line, "not readable JSON (" + problem + ")");
        } catch (IOException e) {
            throw new InputException(source, 0, "not readable JSON (" + e.getMessage() + ")");
        }
        if (page == null || !page.isObject() || !page.path("text").isTextual()) {
            throw new InputException(source, 0, "a JSON report page needs a \"text\" field holding the page text");
        }
        Integer year = year(source, page.get("year"));
        String municipality = textOrNull(source, page, "municipality");
        String sector = textOrNull(source, page, "sector");
        String docType = textOrNull(source, page, "doc_type");
        return parser.parse(source, page.path("text").asText(),
                new IngestHints(year, municipality, sector, IngestHints.kindOf(docType)));
    }

    /**
     * A page's "year": absent or null, a whole number, or a string of digits ("2018", as some
     * crawlers store it), from 1990 to 2100 like a year read from the text. Anything else is
     * refused, saying what it is.
     */
    static Integer year(String source, JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        String shown = node.toString().length() > 40 ? node.toString().substring(0, 37) + "…" : node.toString();
        long value;
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            value = node.asLong();
        } else if (node.isTextual() && node.asText().strip().matches("[0-9]{1,9}")) {
            value = Long.parseLong(node.asText().strip());
        } else {
            throw new InputException(source, 0, "\"year\" must be a whole number (or a string of digits) from "
                    + Limits.MIN_YEAR + " to " + Limits.MAX_YEAR + ", not " + shown);
        }
        if (value < Limits.MIN_YEAR || value > Limits.MAX_YEAR) {
            throw new InputException(source, 0, "\"year\" " + shown + " is not a year from " + Limits.MIN_YEAR + " to "
                    + Limits.MAX_YEAR);
        }
        return (int) value;
    }

    private static String textOrNull(String source, JsonNode page, String field) {
        JsonNode node = page.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new InputException(source, 0, "\"" + field + "\" must be a string, not " + node.getNodeType()
                    .name().toLowerCase(java.util.Locale.ROOT));
        }
        return node.asText();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(file.toString(), 0, "cannot read: " + InputFiles.reason(e));
        }
    }
}
