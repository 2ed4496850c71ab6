package org.alliance.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What {@code bench-support} was asked for.
 *
 * @param perClient requests in each client's own list (each client replays its list round and
 *     round)
 * @param generator "wrk", "java" or "auto" (wrk when installed)
 * @param wrkScript the Lua script wrk runs
 * @param myPlanClients people signed in at once to their own accounts in the my-plan workload, each
 *     a different person
 * @param personAccounts people given an own account (and a five-year plan), at least as many as
 *     {@code myPlanClients}
 * @param only the workloads to run, of {@link #WORKLOADS}; all of them by default
 */
public record SupportBenchSettings(
    int people,
    long contacts,
    long referrals,
    long caseNotes,
    int clients,
    int seconds,
    int warmupSeconds,
    int perClient,
    int sqlIterations,
    Path dataDir,
    boolean keep,
    long seed,
    String generator,
    Path wrkScript,
    int myPlanClients,
    int personAccounts,
    Set<String> only) {

  /** The workloads' short names, in the order they run, for {@code --only}. */
  public static final List<String> WORKLOADS =
      List.of("record", "search", "match", "plan", "my-plan", "ndtms");

  public SupportBenchSettings {
    if (people < 100
        || contacts < 0
        || referrals < 0
        || caseNotes < 0
        || clients < 1
        || seconds < 1
        || warmupSeconds < 0
        || perClient < 1
        || sqlIterations < 1) {
      throw new IllegalArgumentException(
          "people must be at least 100; clients, seconds, per-client and sql-iterations at least 1;"
              + " contacts, referrals, case notes and warm-up at least 0");
    }
    if (!generator.equals("auto") && !generator.equals("wrk") && !generator.equals("java")) {
      throw new IllegalArgumentException("--load-generator must be auto, wrk or java");
    }
    if (myPlanClients < 1 || personAccounts < myPlanClients) {
      throw new IllegalArgumentException(
          "--my-plan-clients must be at least 1, and --person-accounts at least as many");
    }
    only = only == null || only.isEmpty() ? Set.copyOf(WORKLOADS) : Set.copyOf(only);
    if (!WORKLOADS.containsAll(only)) {
      throw new IllegalArgumentException(
          "--only takes workloads of " + String.join(", ", WORKLOADS) + ", separated by commas");
    }
  }

  /** Whether this workload is to run. */
  public boolean runs(String workload) {
    return only.contains(workload);
  }

  /** Whether every workload runs (no {@code --only}, or all of them named). */
  public boolean all() {
    return only.containsAll(WORKLOADS);
  }
}
