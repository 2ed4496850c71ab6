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
 * @param detailRows rows written for the plan workload and the NDTMS return, by table
 * @param detailSeconds how long writing them took
 * @param planShows what the plan page was seen to show, and one plan's parts; null when the plan
 *     workload did not run
 * @param recordShows null when the record workload did not run
 * @param caseloadSql null when none of the practitioners' list workloads ran
 * @param ownAccounts how the people's own accounts were made and signed in; null without my-plan
 * @param myPlanShows what "My plan" was seen to show, to a person and to a proxy; null without
 *     my-plan
 * @param ndtms the NDTMS extract's figures; null when it did not run
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
    Map<String, Long> detailRows,
    double detailSeconds,
    double signInSeconds,
    List<Workload> workloads,
    Latencies.Summary caseloadSql,
    long heapUsedAfterMb,
    long heapAfterGcMb,
    long heapPeakMb,
    long heapMaxMb,
    String recordShows,
    String planShows,
    String ownAccounts,
    String myPlanShows,
    Ndtms ndtms,
    Map<String, String> plans,
    String loadBefore,
    String loadAfter,
    String dataDir) {

  /**
   * One workload: the application under load, and the same work as bare SQL.
   *
   * @param key its name for {@code --only}
   * @param clients concurrent clients (and bare SQL connections)
   */
  public record Workload(
      String key,
      String name,
      int clients,
      String request,
      double targetP95Ms,
      PlanClient.Figures api,
      Latencies.Summary sql,
      Latencies.Summary sqlOneClient) {}

  /**
   * The NDTMS extract of one month, downloaded by each member's data lead in turn with curl.
   *
   * @param heapPeakMb the sum of the server's heap pools' peaks during the downloads
   */
  public record Ndtms(
      String month, List<Extract> extracts, double seconds, long heapPeakMb, long heapMaxMb) {

    public long rows() {
      return extracts.stream().mapToLong(Extract::rows).sum();
    }

    public long bytes() {
      return extracts.stream().mapToLong(Extract::bytes).sum();
    }

    public long errors() {
      return extracts.stream().filter(e -> e.error() != null).count();
    }
  }

  /**
   * One member's extract: curl's HTTP status, the CSV's rows (lines less the header), its bytes and
   * curl's total time; error is null when it answered 200.
   */
  public record Extract(
      String member, int status, long rows, long bytes, double seconds, String error) {}

  /** Every HTTP request answered as expected, and every extract downloaded. */
  public boolean clean() {
    return workloads.stream().allMatch(w -> w.api().summary().errors() == 0)
        && (ndtms == null || ndtms.errors() == 0);
  }
}
