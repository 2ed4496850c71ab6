package org.alliance.bench;

import java.util.List;
import java.util.Map;

/**
 * What {@code bench-commissioning} measured.
 *
 * @param workloads the HTTP workloads, in the order they ran, those skipped among them
 * @param ocds the OCDS export's downloads; null when not asked for (--only)
 * @param plans EXPLAIN (ANALYZE, BUFFERS) of the SQL behind the pages, by what it is
 */
public record CommissioningResult(
    CommissioningBenchSettings settings,
    double webStartSeconds,
    double membersSeconds,
    CommissioningData.Generated generated,
    int commissioners,
    int managers,
    double signInSeconds,
    List<Workload> workloads,
    Ocds ocds,
    long heapMaxMb,
    Map<String, String> plans,
    String loadBefore,
    String loadAfter,
    String dataDir) {

  /**
   * One HTTP workload's run, or why it did not run.
   *
   * @param figures the load generator's figures; null when the workload did not run
   * @param skipped why it did not run because the build has no such page (not a failure); else null
   * @param failed why it did not run because its page answered wrongly (a failure); else null
   */
  public record Workload(
      String key,
      String name,
      String request,
      int clients,
      double targetP95Ms,
      PlanClient.Figures figures,
      String skipped,
      String failed) {

    /** Met only with requests answered and none failed: a run that finished none met nothing. */
    boolean met() {
      if (figures == null) {
        return false;
      }
      Latencies.Summary s = figures.summary();
      return s.count() > 0 && s.errors() == 0 && s.p95() < targetP95Ms;
    }
  }

  /**
   * The OCDS release package, downloaded in full with curl a few times one after another.
   *
   * @param contractsNamed how many of the generated contracts' references the last download holds
   * @param skipped why it was not downloaded because the build has no such route; else null
   */
  public record Ocds(
      String path,
      List<Curl.Download> downloads,
      int contractsNamed,
      boolean isReleasePackage,
      double targetSeconds,
      String skipped) {

    boolean clean() {
      return skipped != null
          || (!downloads.isEmpty()
              && isReleasePackage
              && downloads.stream().allMatch(d -> d.error() == null));
    }

    boolean met() {
      return skipped == null
          && clean()
          && downloads.stream().allMatch(d -> d.seconds() < targetSeconds);
    }
  }

  /** Every page that ran answered as expected, and every download arrived. */
  public boolean clean() {
    return workloads.stream()
            .allMatch(
                w ->
                    w.failed() == null
                        && (w.figures() == null || w.figures().summary().errors() == 0))
        && (ocds == null || ocds.clean());
  }
}
