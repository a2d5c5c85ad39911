package no.trendspor.match;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The threads of an analysis ({@link ChallengeAnalysis#THREADS_PROPERTY}): a pool for one run,
 * and work spread over it with results in input order, so the output is the same for any number
 * of threads. Public so that reading, indicators and the analysis share one rule for threads.
 */
public final class Parallel {

    private Parallel() {
    }

    /**
     * The thread count of {@link ChallengeAnalysis#THREADS_PROPERTY}, or the available processors.
     *
     * @return a positive count
     * @throws IllegalArgumentException when the property is set to something else than a positive integer
     */
    public static int threads() {
        String value = System.getProperty(ChallengeAnalysis.THREADS_PROPERTY);
        if (value == null || value.isBlank()) {
            return Runtime.getRuntime().availableProcessors();
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(ChallengeAnalysis.THREADS_PROPERTY + " must be a positive integer, not '"
                + value + "'");
    }

    /**
     * Runs {@code work} with a pool of {@code threads} daemon threads (null for 1: the calling
     * thread), then ends the pool.
     *
     * @param threads how many threads, at least 1
     * @param work    the work, given the pool
     * @param <R>     its result type
     * @return the work's result
     */
    public static <R> R run(int threads, Function<Executor, R> work) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive: " + threads);
        }
        if (threads == 1) {
            return work.apply(null);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, new AnalysisThreads());
        try {
            return work.apply(pool);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * {@code f} of each item, in the items' order: on the pool (a caller's {@link Executor} or one of
     * {@link #run}) when there is one and more than one item, else on the calling thread. A task's
     * exception is rethrown as it was thrown.
     */
    public static <T, R> List<R> inOrder(List<T> items, Function<T, R> f, Executor pool) {
        List<R> out = new ArrayList<>(items.size());
        if (pool == null || items.size() < 2) {
            for (T item : items) {
                out.add(f.apply(item));
            }
            return out;
        }
        List<Future<R>> futures = new ArrayList<>(items.size());
        for (T item : items) {
            FutureTask<R> task = new FutureTask<>(() -> f.apply(item));
            pool.execute(task);
            futures.add(task);
        }
        for (Future<R> future : futures) {
            out.add(result(future));
        }
        return out;
    }

    /**
     * The value of a task run on a pool; the task's exception is rethrown as it was thrown.
     *
     * @param future the task
     * @param <R>    its result type
     * @return its value
     */
    public static <R> R result(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("analysis interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Daemon threads named after the analysis, so a forgotten pool never keeps a JVM alive. */
    private static final class AnalysisThreads implements ThreadFactory {
        private static final AtomicInteger POOLS = new AtomicInteger();
        private final int pool = POOLS.incrementAndGet();
        private final AtomicInteger next = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "trendspor-analysis-" + pool + "-" + next.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
