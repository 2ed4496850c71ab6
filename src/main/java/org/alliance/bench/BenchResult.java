package org.alliance.bench;

import java.util.Map;
import java.util.Optional;

/**
 * Every figure a run produced, for {@link BenchReport} to print.
 *
 * @param rowsCreated rows created by the import, by HSDS table, in the data package's order
 * @param heapPeakMb the sum of the heap pools' peaks during the import (an upper bound of the true
 *     peak)
 * @param loadClientPid the process that ran the HTTP clients (not the server's)
 * @param bareIndex the same searches on the index in the server's process, without HTTP
 * @param loadBefore the machine's load averages (1, 5, 15 min) before the run, as /proc/loadavg
 *     gives them
 */
public record BenchResult(
    BenchSettings settings,
    int organizations,
    double generateSeconds,
    long generatedBytes,
    double importSeconds,
    Map<String, Integer> rowsCreated,
    long heapPeakMb,
    long heapMaxMb,
    double webStartSeconds,
    Optional<IndexBuildLog.Build> indexBuild,
    LoadDriver.ByKind load,
    long loadClientPid,
    LoadDriver.ByKind bareIndex,
    LoadDriver.Sequential apiOneClient,
    double sqlPrepareSeconds,
    LoadDriver.Sequential sqlOneClient,
    String loadBefore,
    String loadAfter,
    String dataDir) {

  /** Every HTTP request answered, in both runs. */
  public boolean clean() {
    return load.all().errors() == 0 && apiOneClient.summary().errors() == 0;
  }
}
