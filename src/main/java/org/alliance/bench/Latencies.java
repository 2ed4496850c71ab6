package org.alliance.bench;

import java.util.Arrays;
import java.util.Collection;

/**
 * Request times in nanoseconds, kept whole (a 30 s run at a few hundred requests a second is tens
 * of thousands of longs), so percentiles are exact ranks rather than a histogram's buckets. Not
 * thread-safe: each client thread keeps its own and they are merged at the end.
 */
final class Latencies {

  private long[] nanos = new long[1024];
  private int count;
  private int errors;
  private String firstError;

  void add(long elapsedNanos) {
    if (count == nanos.length) {
      nanos = Arrays.copyOf(nanos, count * 2);
    }
    nanos[count++] = elapsedNanos;
  }

  /** A failed request: counted apart and not timed, so errors cannot flatter the percentiles. */
  void error(String what) {
    errors++;
    if (firstError == null) {
      firstError = what;
    }
  }

  static Latencies merge(Collection<Latencies> parts) {
    Latencies all = new Latencies();
    for (Latencies part : parts) {
      for (int i = 0; i < part.count; i++) {
        all.add(part.nanos[i]);
      }
      all.errors += part.errors;
      if (all.firstError == null) {
        all.firstError = part.firstError;
      }
    }
    return all;
  }

  /** Percentiles by nearest rank over the sorted times; {@code seconds} is the measured window. */
  Summary summary(double seconds) {
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    return new Summary(
        count,
        errors,
        firstError,
        seconds,
        ms(sorted, 50),
        ms(sorted, 95),
        ms(sorted, 99),
        count == 0 ? Double.NaN : sorted[count - 1] / 1e6);
  }

  private static double ms(long[] sorted, double percentile) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(percentile / 100 * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }

  /** The figures a run reports. Throughput counts successful requests only. */
  record Summary(
      int count,
      int errors,
      String firstError,
      double seconds,
      double p50,
      double p95,
      double p99,
      double max) {

    double perSecond() {
      return seconds > 0 ? count / seconds : Double.NaN;
    }
  }
}
