package no.trendspor.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Peak heap use over a stretch of work, two ways: a daemon thread sampling used heap
 * ({@code total − free}) every few milliseconds, and the sum of the heap pools' own peak
 * counters (an upper bound: each pool may peak at a different moment).
 */
final class HeapPeak implements AutoCloseable {

  private final Thread sampler;
  private volatile boolean running = true;
  private volatile long peakSampled;

  private HeapPeak() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
    sampler = new Thread(this::sample, "heap-peak-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  /** Starts measuring now. */
  static HeapPeak start() {
    return new HeapPeak();
  }

  private void sample() {
    Runtime rt = Runtime.getRuntime();
    while (running) {
      long used = rt.totalMemory() - rt.freeMemory();
      if (used > peakSampled) {
        peakSampled = used;
      }

      try {
        Thread.sleep(2);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** Highest sampled used heap, bytes. */
  long sampledPeak() {
    return peakSampled;
  }

  /** Sum of the heap pools' peak usage since start, bytes. */
  static long poolPeakSum() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  @Override
  public void close() {
    running = false;
    try {
      sampler.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
