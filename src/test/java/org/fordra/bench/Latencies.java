package org.fordra.bench;

import java.util.Arrays;

/** Latencies of one kind of request, in nanoseconds, read as percentiles in milliseconds. */
record Latencies(long[] sortedNanos) {

  static Latencies of(long[] nanos) {
    long[] copy = nanos.clone();
    Arrays.sort(copy);
    return new Latencies(copy);
  }

  double p50Ms() {
    return percentileMs(50);
  }

  double p99Ms() {
    return percentileMs(99);
  }

  /** Nearest-rank percentile. */
  double percentileMs(int percent) {
    if (sortedNanos.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(percent / 100.0 * sortedNanos.length);
    return sortedNanos[Math.max(0, rank - 1)] / 1_000_000.0;
  }
}
