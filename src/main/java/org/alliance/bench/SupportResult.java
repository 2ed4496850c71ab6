package org.alliance.bench;

import java.util.List;
import java.util.Map;

/**
 * Every figure a {@code bench-support} run produced, for {@link SupportReport} to print.
 *
 * @param rows rows generated, by table of the support schema
 * @param workloads each workload's figures, in the order run
 * @param heapUsedAfterMb heap in use after the HTTP runs (before any collection)
 * @param heapAfterGcMb heap in use after a full collection once the HTTP runs were over
 * @param heapPeakMb the sum of the heap pools' peaks during the HTTP runs (an upper bound)
 * @param recordShows what the record page was seen to show: events, open referrals
 * @param plans EXPLAIN (ANALYZE, BUFFERS) of the main queries, by name
 */
public record SupportResult(
    SupportBenchSettings settings,
    int members,
    double webStartSeconds,
    double generateSeconds,
    double indexSeconds,
    double analyzeSeconds,
    Map<String, Long> rows,
    double signInSeconds,
    List<Workload> workloads,
    Latencies.Summary caseloadSql,
    long heapUsedAfterMb,
    long heapAfterGcMb,
    long heapPeakMb,
    long heapMaxMb,
    String recordShows,
    Map<String, String> plans,
    String loadBefore,
    String loadAfter,
    String dataDir) {

  /** One workload: the application under load, and the same work as bare SQL. */
  public record Workload(
      String name,
      String request,
      double targetP95Ms,
      PlanClient.Figures api,
      Latencies.Summary sql,
      Latencies.Summary sqlOneClient) {}

  /** Every HTTP request answered as expected. */
  public boolean clean() {
    return workloads.stream().allMatch(w -> w.api().summary().errors() == 0);
  }
}
