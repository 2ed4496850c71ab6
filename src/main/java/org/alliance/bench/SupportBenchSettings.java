package org.alliance.bench;

import java.nio.file.Path;

/**
 * What {@code bench-support} was asked for.
 *
 * @param perClient requests in each client's own list (each client replays its list round and
 *     round)
 * @param generator "wrk", "java" or "auto" (wrk when installed)
 * @param wrkScript the Lua script wrk runs
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
    Path wrkScript) {

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
  }
}
