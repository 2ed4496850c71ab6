package org.alliance.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What {@code bench-commissioning} was asked for.
 *
 * @param contracts contracts to generate in the register
 * @param members member organisations to add, each given {@code years} of ledger entries
 * @param years financial years of ledger, up to and including this one
 * @param clients signed-in sessions at once in each HTTP workload
 * @param only the workloads to run, of {@link #WORKLOADS}; all of them by default
 */
public record CommissioningBenchSettings(
    int contracts,
    int members,
    int years,
    int clients,
    int seconds,
    int warmupSeconds,
    Path dataDir,
    boolean keep,
    Set<String> only) {

  /** The workloads' short names, in the order they run, for {@code --only}. */
  public static final List<String> WORKLOADS =
      List.of("register", "report", "scenarios", "ocds", "needs");

  public CommissioningBenchSettings {
    if (contracts < 1
        || members < 1
        || years < 1
        || years > 50
        || clients < 1
        || seconds < 1
        || warmupSeconds < 0) {
      throw new IllegalArgumentException(
          "contracts, members, clients and seconds must be at least 1; years from 1 to 50;"
              + " warm-up at least 0");
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
