package org.alliance.bench;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code bench-commissioning}'s figures as plain text: one line per step, a table, the plans. */
public final class CommissioningReport {

  private CommissioningReport() {}

  public static List<String> lines(CommissioningResult r, LocalDateTime when) {
    CommissioningBenchSettings s = r.settings();
    List<String> lines = new ArrayList<>();
    lines.add(
        f(
            "Alliance bench-commissioning, %s: %d processors, max heap %,d MB",
            when.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")),
            MachineLoad.processors(),
            r.heapMaxMb()));
    lines.add(
        f(
            "load average (1, 5, 15 min): %s before, %s after the HTTP runs",
            r.loadBefore(), r.loadAfter()));
    lines.add(
        f(
            "web application start: %.1f s (demo alliance); %d member organisations added through"
                + " the organisations register in %.1f s",
            r.webStartSeconds(), s.members(), r.membersSeconds()));
    lines.add(
        f(
            "generate in SQL: %.1f s (%,d contracts, %d years of ledger for %d members; ANALYZE"
                + " included)",
            r.generated().seconds(), s.contracts(), s.years(), s.members()));
    lines.add(
        "  rows: "
            + r.generated().rows().entrySet().stream()
                .map(e -> f("%s %,d", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", ")));
    if (!s.all()) {
      lines.add(
          "workloads run: "
              + String.join(
                  ", ", CommissioningBenchSettings.WORKLOADS.stream().filter(s::runs).toList())
              + " (--only); the data generated is the whole data set all the same");
    }
    if (Double.isNaN(r.signInSeconds())) {
      lines.add("nobody signed in: no workload needing a session ran");
    } else {
      lines.add(
          f(
              "%d commissioners and %d alliance managers signed in over HTTP in %.1f s (one"
                  + " session each)",
              r.commissioners(), r.managers(), r.signInSeconds()));
    }
    for (CommissioningResult.Workload w : r.workloads()) {
      if (w.figures() == null) {
        lines.add(
            f(
                "%s: %s (%s)",
                w.name(),
                w.skipped() != null ? "not run" : "NOT run, failed",
                w.skipped() != null ? w.skipped() : w.failed()));
        continue;
      }
      Latencies.Summary api = w.figures().summary();
      lines.add(
          f(
              "%s at %d clients for %d s (after %d s warm-up), %s (pid %d): %,d requests,"
                  + " %,.1f req/s, %s, %,d errors (target p95 under %.0f ms: %s)",
              w.name(),
              w.clients(),
              s.seconds(),
              s.warmupSeconds(),
              w.figures().generator(),
              w.figures().pid(),
              api.count(),
              api.perSecond(),
              percentiles(api),
              api.errors(),
              w.targetP95Ms(),
              w.met() ? "met" : "NOT met"));
      lines.add("  requests: " + w.request());
      if (api.firstError() != null) {
        lines.add("  first error: " + api.firstError());
      }
    }
    CommissioningResult.Ocds o = r.ocds();
    if (o == null) {
      lines.add("ocds export: not run (--only)");
    } else if (o.skipped() != null) {
      lines.add("ocds export: not run (" + o.skipped() + ")");
    } else {
      lines.add(
          f(
              "ocds export: GET %s, %d full downloads with curl one after another, as a"
                  + " commissioner: %s; %s, %,d of %,d generated contracts named (target each"
                  + " under %.0f s: %s)",
              o.path(),
              o.downloads().size(),
              o.downloads().stream()
                  .map(
                      d ->
                          f(
                              "HTTP %d, %s MB in %.2f s (first byte %.2f s)%s",
                              d.status(),
                              ms(d.bytes() / 1048576.0),
                              d.seconds(),
                              d.firstByteSeconds(),
                              d.error() == null ? "" : " (error: " + d.error() + ")"))
                  .collect(Collectors.joining("; ")),
              o.isReleasePackage() ? "a release package" : "NOT a release package",
              o.contractsNamed(),
              s.contracts(),
              o.targetSeconds(),
              o.met() ? "met" : "NOT met"));
    }
    lines.addAll(table(r));
    lines.add("data: " + r.dataDir());
    for (Map.Entry<String, String> plan : r.plans().entrySet()) {
      lines.add("");
      lines.add("EXPLAIN (ANALYZE, BUFFERS): " + plan.getKey());
      plan.getValue().lines().forEach(line -> lines.add("  " + line));
    }
    return lines;
  }

  /** Every workload in one table (Markdown, for docs/benchmarks.md). */
  private static List<String> table(CommissioningResult r) {
    List<String> lines = new ArrayList<>();
    lines.add("");
    lines.add("| workload | clients | p50 / p95 / p99 / max | req/s | errors | target |");
    lines.add("|---|---|---|---|---|---|");
    for (CommissioningResult.Workload w : r.workloads()) {
      if (w.figures() == null) {
        lines.add(
            f(
                "| %s | %d | %s | | | p95 %.0f ms |",
                w.name(),
                w.clients(),
                w.skipped() != null ? "not run" : "failed",
                w.targetP95Ms()));
        continue;
      }
      Latencies.Summary api = w.figures().summary();
      lines.add(
          f(
              "| %s | %d | %s / %s / %s / %s ms | %,.1f | %,d | p95 %.0f ms: %s |",
              w.name(),
              w.clients(),
              ms(api.p50()),
              ms(api.p95()),
              ms(api.p99()),
              ms(api.max()),
              api.perSecond(),
              api.errors(),
              w.targetP95Ms(),
              w.met() ? "met" : "not met"));
    }
    CommissioningResult.Ocds o = r.ocds();
    if (o != null) {
      if (o.skipped() != null || o.downloads().isEmpty()) {
        lines.add(f("| OCDS release package | 1 | not run | | | %.0f s |", o.targetSeconds()));
      } else {
        double worst =
            o.downloads().stream().mapToDouble(Curl.Download::seconds).max().orElse(Double.NaN);
        lines.add(
            f(
                "| OCDS release package | 1 | slowest of %d: %.2f s, %s MB | | %d | %.0f s: %s |",
                o.downloads().size(),
                worst,
                ms(o.downloads().get(0).bytes() / 1048576.0),
                o.downloads().stream().filter(d -> d.error() != null).count(),
                o.targetSeconds(),
                o.met() ? "met" : "not met"));
      }
    }
    lines.add("");
    return lines;
  }

  private static String percentiles(Latencies.Summary s) {
    return f(
        "p50 %s ms, p95 %s ms, p99 %s ms, max %s ms",
        ms(s.p50()), ms(s.p95()), ms(s.p99()), ms(s.max()));
  }

  /** A tenth below 10, whole numbers above. */
  private static String ms(double value) {
    return value < 10 ? f("%.1f", value) : f("%,.0f", value);
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.UK, format, args);
  }
}
