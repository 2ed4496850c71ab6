package org.alliance.bench;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The benchmark's figures as plain text: one line per step, then the figures the issue asks for.
 */
public final class BenchReport {

  static final double IMPORT_TARGET_SECONDS = 60;
  static final double P95_TARGET_MS = 50;

  private BenchReport() {}

  public static List<String> lines(BenchResult r, LocalDateTime when) {
    BenchSettings s = r.settings();
    List<String> lines = new ArrayList<>();
    lines.add(
        f(
            "Alliance bench-directory, %s: %d processors, max heap %,d MB, seed %d",
            when.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")),
            MachineLoad.processors(),
            r.heapMaxMb(),
            s.seed()));
    lines.add(
        f(
            "load average (1, 5, 15 min): %s before, %s after the %d-client run",
            r.loadBefore(), r.loadAfter(), s.clients()));
    lines.add(
        f(
            "generate %,d services (%,d organizations): %.1f s, %,d MB of HSDS JSON",
            s.services(), r.organizations(), r.generateSeconds(), r.generatedBytes() >> 20));
    lines.add(
        f(
            "import: %.1f s, %s (target under %.0f s: %s); heap peak at most %,d MB",
            r.importSeconds(),
            s.batches() == 1
                ? "one importFrom call"
                : f("%d importFrom calls of up to %,d services", s.batches(), s.batchSize()),
            IMPORT_TARGET_SECONDS,
            r.importSeconds() < IMPORT_TARGET_SECONDS ? "met" : "NOT met",
            r.heapPeakMb()));
    lines.add(
        "  rows created: "
            + r.rowsCreated().entrySet().stream()
                .map(e -> f("%s %,d", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", ")));
    lines.add(
        r.indexBuild()
            .map(
                b ->
                    f(
                        "index build: %.1f s for %,d services (web application start %.1f s in all)",
                        b.millis() / 1000.0, b.services(), r.webStartSeconds()))
            .orElse(
                f(
                    "index build: not logged (web application start %.1f s in all)",
                    r.webStartSeconds())));
    Latencies.Summary load = r.load().all();
    lines.add(
        f(
            "search at %d clients for %d s (after %d s warm-up), clients in a separate JVM (pid %d):"
                + " %,d requests, %,.0f req/s, %s, %,d errors (target p95 under %.0f ms: %s)",
            s.clients(),
            s.seconds(),
            s.warmupSeconds(),
            r.loadClientPid(),
            load.count(),
            load.perSecond(),
            percentiles(load),
            load.errors(),
            P95_TARGET_MS,
            load.p95() < P95_TARGET_MS ? "met" : "NOT met"));
    Latencies.Summary bareAll = r.bareIndex().all();
    lines.add(
        f(
            "bare index, same searches in process from %d threads (no HTTP): %,.0f searches/s, %s;"
                + " API at %.0f%% of its rate",
            s.clients(), bareAll.perSecond(), percentiles(bareAll), share(load, bareAll)));
    for (String kind : SearchMix.kinds()) {
      Latencies.Summary api = r.load().kinds().get(kind);
      Latencies.Summary bare = r.bareIndex().kinds().get(kind);
      if (api == null || bare == null) {
        continue;
      }
      lines.add(
          f(
              "  %s: API %,.0f req/s, p50 %s ms, p95 %s ms; bare index %,.0f/s, p50 %s ms, p95 %s ms;"
                  + " API at %.0f%% of the bare index's rate",
              kind,
              api.perSecond(),
              ms(api.p50()),
              ms(api.p95()),
              bare.perSecond(),
              ms(bare.p50()),
              ms(bare.p95()),
              share(api, bare)));
    }
    Latencies.Summary api = r.apiOneClient().summary();
    Latencies.Summary sql = r.sqlOneClient().summary();
    lines.add(
        f(
            "API at 1 client (%d searches): %s, %,d errors; %,.0f matches a search on average",
            api.count(), percentiles(api), api.errors(), r.apiOneClient().meanMatches()));
    lines.add(
        f(
            "those near a postcode as bare SQL (1 client, %d searches; full-text GIN index made first in %.1f s): %s;"
                + " %,.0f matches a search on average",
            sql.count(), r.sqlPrepareSeconds(), percentiles(sql), r.sqlOneClient().meanMatches()));
    lines.add(f("ratio: bare SQL p50 / API p50 at 1 client = %s", ratio(sql.p50() / api.p50())));
    lines.add(
        "searched: GET "
            + SearchMix.URL_TEMPLATE
            + " and "
            + SearchMix.WORDS_ONLY_TEMPLATE
            + " (SearchMix), per_page 10 or 50; bare SQL for those near a postcode");
    if (load.firstError() != null || api.firstError() != null) {
      lines.add(
          "first error: " + (load.firstError() != null ? load.firstError() : api.firstError()));
    }
    lines.add("data: " + r.dataDir());
    return lines;
  }

  private static double share(Latencies.Summary api, Latencies.Summary bare) {
    return 100 * api.perSecond() / bare.perSecond();
  }

  /** "11x", or "0.42x" when SQL is the faster. */
  private static String ratio(double value) {
    return value >= 10 ? f("%.0fx", value) : f("%.2fx", value);
  }

  private static String percentiles(Latencies.Summary s) {
    return f(
        "p50 %s ms, p95 %s ms, p99 %s ms, max %s ms",
        ms(s.p50()), ms(s.p95()), ms(s.p99()), ms(s.max()));
  }

  /** A tenth of a millisecond below 10 ms, whole milliseconds above. */
  private static String ms(double value) {
    return value < 10 ? f("%.1f", value) : f("%,.0f", value);
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.UK, format, args);
  }
}
