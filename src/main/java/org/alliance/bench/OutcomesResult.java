package org.alliance.bench;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code bench-outcomes} measured.
 *
 * @param firstFillSeconds the refresher's first catch-up over every month of the generated data
 * @param recomputations each full recomputation of the last twelve full months: the tallies in SQL,
 *     then every indicator's figures (by month, for everyone and by member) through disclosure
 * @param changeSeconds from committing ten missed appointments to the public API showing them
 * @param workloads the dashboard pages under load; a page this build lacks is skipped
 */
public record OutcomesResult(
    OutcomesBenchSettings settings,
    double webStartSeconds,
    double generateSeconds,
    long contacts,
    long tallyRows,
    double firstFillSeconds,
    List<Recomputation> recomputations,
    double changeSeconds,
    String changeNote,
    List<CommissioningResult.Workload> workloads,
    long heapMaxMb,
    String loadBefore,
    String loadAfter,
    String dataDir) {

  static final double RECOMPUTE_TARGET_SECONDS = 5;
  static final double CHANGE_TARGET_SECONDS = 60;
  static final double DASHBOARD_TARGET_P95_MS = 100;

  public record Recomputation(double tallySeconds, double figuresSeconds, int indicators) {
    double total() {
      return tallySeconds + figuresSeconds;
    }
  }

  public boolean clean() {
    return changeSeconds >= 0
        && workloads.stream().allMatch(w -> w.failed() == null)
        && workloads.stream()
            .filter(w -> w.figures() != null)
            .allMatch(w -> w.figures().summary().errors() == 0);
  }

  public List<String> lines(LocalDateTime at) {
    List<String> out = new ArrayList<>();
    out.add("bench-outcomes " + at);
    out.add(
        "Data: %,d people, %,d contacts, %,d referrals (bench-support's generator), plans for %,d"
                .formatted(settings.people(), contacts, settings.referrals(), settings.planPeople())
            + " people; generated in %.0f s; web application started in %.1f s"
                .formatted(generateSeconds, webStartSeconds));
    out.add(
        "First fill of the monthly tallies (every month of the data, by the refresher): %.1f s, %,d rows"
            .formatted(firstFillSeconds, tallyRows));
    out.add("");
    out.add(
        "Recomputing the whole framework for the last twelve full months (target %.0f s):"
            .formatted(RECOMPUTE_TARGET_SECONDS));
    for (Recomputation r : recomputations) {
      out.add(
          "  tallies %.2f s + %d indicators' figures (by month; everyone and by member, disclosed) %.2f s = %.2f s %s"
              .formatted(
                  r.tallySeconds(),
                  r.indicators(),
                  r.figuresSeconds(),
                  r.total(),
                  r.total() < RECOMPUTE_TARGET_SECONDS ? "met" : "NOT met"));
    }
    out.add("");
    out.add(
        "A record change in the figures (target %.0f s): %s"
            .formatted(
                CHANGE_TARGET_SECONDS,
                changeSeconds < 0
                    ? "NOT seen: " + changeNote
                    : "%.1f s %s (%s)"
                        .formatted(
                            changeSeconds,
                            changeSeconds < CHANGE_TARGET_SECONDS ? "met" : "NOT met",
                            changeNote)));
    out.add("");
    out.add(
        "Dashboards, %d signed-in clients in a separate JVM over loopback, %d s warm-up, %d s measured (target p95 %.0f ms):"
            .formatted(
                settings.clients(),
                settings.warmupSeconds(),
                settings.seconds(),
                DASHBOARD_TARGET_P95_MS));
    for (CommissioningResult.Workload w : workloads) {
      if (w.figures() == null) {
        out.add(
            "  %s: %s"
                .formatted(
                    w.name(),
                    w.skipped() != null ? "not run, " + w.skipped() : "FAILED, " + w.failed()));
        continue;
      }
      Latencies.Summary s = w.figures().summary();
      out.add(
          "  %s: %,d requests, %.1f req/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, %d errors %s"
              .formatted(
                  w.name(),
                  s.count(),
                  s.perSecond(),
                  s.p50(),
                  s.p95(),
                  s.p99(),
                  s.max(),
                  s.errors(),
                  w.met() ? "met" : "NOT met"));
      out.add("    " + w.request());
    }
    out.add("");
    out.add(
        "Heap max %,d MB; machine load before: %s; after: %s"
            .formatted(heapMaxMb, loadBefore, loadAfter));
    out.add("Data folder: " + dataDir);
    return out;
  }
}
