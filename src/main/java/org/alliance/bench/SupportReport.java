package org.alliance.bench;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code bench-support}'s figures as plain text: one line per step, then the plans. */
public final class SupportReport {

  private SupportReport() {}

  public static List<String> lines(SupportResult r, LocalDateTime when) {
    SupportBenchSettings s = r.settings();
    List<String> lines = new ArrayList<>();
    lines.add(
        f(
            "Alliance bench-support, %s: %d processors, max heap %,d MB, seed %d",
            when.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")),
            MachineLoad.processors(),
            r.heapMaxMb(),
            s.seed()));
    lines.add(
        f(
            "load average (1, 5, 15 min): %s before, %s after the HTTP runs",
            r.loadBefore(), r.loadAfter()));
    lines.add(
        f(
            "web application start: %.1f s (demo alliance: %d members)",
            r.webStartSeconds(), r.members()));
    lines.add(
        f(
            "generate in SQL: %.1f s (of which secondary indexes of contact, case_note, referral rebuilt in %.1f s); ANALYZE %.1f s",
            r.generateSeconds(), r.indexSeconds(), r.analyzeSeconds()));
    lines.add(
        "  rows: "
            + r.rows().entrySet().stream()
                .map(e -> f("%s %,d", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", ")));
    lines.add(
        f(
            "plans and NDTMS details in SQL: %.1f s; rows: %s",
            r.detailSeconds(),
            r.detailRows().entrySet().stream()
                .map(e -> f("%s %,d", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "))));
    if (!s.all()) {
      lines.add(
          "workloads run: "
              + String.join(", ", SupportBenchSettings.WORKLOADS.stream().filter(s::runs).toList())
              + " (--only); the data generated is the whole data set all the same");
    }
    if (Double.isNaN(r.signInSeconds())) {
      lines.add("practitioners not signed in: none of their workloads ran");
    } else {
      lines.add(
          f(
              "%d practitioners signed in over HTTP in %.1f s (one session each, over %d members)",
              s.clients(), r.signInSeconds(), Math.min(s.clients(), r.members())));
    }
    if (r.ownAccounts() != null) {
      lines.add("own accounts: " + r.ownAccounts());
    }
    if (r.recordShows() != null) {
      lines.add("record page at this build: " + r.recordShows());
    }
    if (r.planShows() != null) {
      lines.add("plan page at this build: " + r.planShows());
    }
    if (r.myPlanShows() != null) {
      lines.add("my plan page at this build: " + r.myPlanShows());
    }
    for (SupportResult.Workload w : r.workloads()) {
      Latencies.Summary api = w.api().summary();
      lines.add(
          f(
              "%s at %d clients for %d s (after %d s warm-up), %s (pid %d): %,d requests, %,.0f req/s, %s, %,d errors (target p95 under %.0f ms: %s)",
              w.name(),
              w.clients(),
              s.seconds(),
              s.warmupSeconds(),
              w.api().generator(),
              w.api().pid(),
              api.count(),
              api.perSecond(),
              percentiles(api),
              api.errors(),
              w.targetP95Ms(),
              met(w) ? "met" : "NOT met"));
      if (w.api().redirects() > 0) {
        lines.add(
            f(
                "  %,d of them found no likely match and registered the person (a redirect)",
                w.api().redirects()));
      }
      Latencies.Summary sql = w.sql();
      lines.add(
          f(
              "  bare SQL, same work from %d connections: %,.0f/s, %s, %,d errors; app/SQL: p50 %s, p95 %s, throughput %.0f%% of SQL's",
              w.clients(),
              sql.perSecond(),
              percentiles(sql),
              sql.errors(),
              ratio(api.p50() / sql.p50()),
              ratio(api.p95() / sql.p95()),
              100 * api.perSecond() / sql.perSecond()));
      Latencies.Summary one = w.sqlOneClient();
      lines.add(f("  bare SQL from 1 connection (%d requests): %s", one.count(), percentiles(one)));
      lines.add("  request: " + w.request());
      if (api.firstError() != null) {
        lines.add("  first error: " + api.firstError());
      }
      if (sql.firstError() != null) {
        lines.add("  first SQL error: " + sql.firstError());
      }
    }
    lines.addAll(table(r.workloads()));
    lines.add(
        f(
            "heap: %,d MB in use after the HTTP runs, %,d MB after a full GC; pools' peak during the runs at most %,d MB; max %,d MB",
            r.heapUsedAfterMb(), r.heapAfterGcMb(), r.heapPeakMb(), r.heapMaxMb()));
    if (r.caseloadSql() != null) {
      lines.add(
          f(
              "caseload (the /people page without a search lists it) as bare SQL, 1 connection, %d practitioners: %s",
              r.caseloadSql().count(), percentiles(r.caseloadSql())));
    }
    lines.add(
        "bare SQL is the support module's own queries (copied), one transaction a request with its"
            + " audit rows; the record's also reads its latest 50 events and open referrals");
    SupportResult.Ndtms n = r.ndtms();
    if (n == null) {
      lines.add("ndtms extract: not run (--only)");
    }
    lines.addAll(n == null ? List.of() : ndtms(n));
    lines.add("data: " + r.dataDir());
    for (Map.Entry<String, String> plan : r.plans().entrySet()) {
      lines.add("");
      lines.add("EXPLAIN (ANALYZE, BUFFERS): " + plan.getKey());
      plan.getValue().lines().forEach(line -> lines.add("  " + line));
    }
    return lines;
  }

  /**
   * Every workload in one table (Markdown, for docs/benchmarks.md): the application's percentiles
   * and rate beside the same work as bare SQL, and the target.
   */
  private static List<String> table(List<SupportResult.Workload> workloads) {
    List<String> lines = new ArrayList<>();
    lines.add("");
    lines.add(
        "| workload | clients | app p50 / p95 / p99 | app req/s | errors | bare SQL, same"
            + " connections | bare SQL, 1 conn. p50 | target p95 |");
    lines.add("|---|---|---|---|---|---|---|---|");
    for (SupportResult.Workload w : workloads) {
      Latencies.Summary api = w.api().summary();
      lines.add(
          f(
              "| %s | %d | %s / %s / %s ms | %,.0f | %,d | %,.0f/s, p50 %s ms | %s ms | %.0f ms: %s |",
              w.name(),
              w.clients(),
              ms(api.p50()),
              ms(api.p95()),
              ms(api.p99()),
              api.perSecond(),
              api.errors(),
              w.sql().perSecond(),
              ms(w.sql().p50()),
              ms(w.sqlOneClient().p50()),
              w.targetP95Ms(),
              met(w) ? "met" : "not met"));
    }
    lines.add("");
    return lines;
  }

  /** Met only with requests answered and none failed: a run that finished none met nothing. */
  private static boolean met(SupportResult.Workload w) {
    Latencies.Summary api = w.api().summary();
    return api.count() > 0 && api.errors() == 0 && api.p95() < w.targetP95Ms();
  }

  private static List<String> ndtms(SupportResult.Ndtms n) {
    List<String> lines = new ArrayList<>();
    lines.add(
        f(
            "ndtms extract for %s: %,d rows, %s MB in %.1f s over %d members, one after another"
                + " through curl (target under 60 s: %s); heap peak %,d MB of max %,d MB%s",
            n.month(),
            n.rows(),
            ms(n.bytes() / 1048576.0),
            n.seconds(),
            n.extracts().size(),
            n.errors() == 0 && n.seconds() < 60 ? "met" : "NOT met",
            n.heapPeakMb(),
            n.heapMaxMb(),
            n.errors() == 0 ? "" : f(", %d extracts failed", n.errors())));
    for (SupportResult.Extract e : n.extracts()) {
      lines.add(
          f(
              "  %s: HTTP %d, %,d rows, %s MB, %.2f s%s",
              e.member(),
              e.status(),
              e.rows(),
              ms(e.bytes() / 1048576.0),
              e.seconds(),
              e.error() == null ? "" : " (error: " + e.error() + ")"));
    }
    return lines;
  }

  private static String ratio(double value) {
    return value >= 10 ? f("%.0fx", value) : f("%.1fx", value);
  }

  private static String percentiles(Latencies.Summary s) {
    return f(
        "p50 %s ms, p95 %s ms, p99 %s ms, max %s ms",
        ms(s.p50()), ms(s.p95()), ms(s.p99()), ms(s.max()));
  }

  private static String ms(double value) {
    return value < 10 ? f("%.1f", value) : f("%,.0f", value);
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.UK, format, args);
  }
}
