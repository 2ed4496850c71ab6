package org.alliance.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP clients in a JVM of their own: {@code bench-directory} starts this class as a separate
 * process (the same classes, so the same searches from the same seed) and reads its figures back
 * from its standard output, one tab-separated line per run and kind. In the server's JVM the
 * clients' threads, garbage and JIT were measured as the server's.
 */
public final class LoadClient {

  private static final String LOAD = "load";
  private static final String ONE = "one";

  private LoadClient() {}

  /** The figures the separate process reports. */
  record Figures(LoadDriver.ByKind load, LoadDriver.Sequential oneClient, long pid) {}

  /**
   * Arguments: port, clients, warm-up seconds, measured seconds, seed, size of the query mix,
   * searches at one client, unmeasured ones before them.
   */
  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    int clients = Integer.parseInt(args[1]);
    Duration warmup = Duration.ofSeconds(Long.parseLong(args[2]));
    Duration measured = Duration.ofSeconds(Long.parseLong(args[3]));
    long seed = Long.parseLong(args[4]);
    List<SearchMix.Query> mix = SearchMix.queries(seed, Integer.parseInt(args[5]));
    int sequential = Integer.parseInt(args[6]);
    int sequentialWarmup = Integer.parseInt(args[7]);
    LoadDriver driver = new LoadDriver(port);
    LoadDriver.ByKind load = driver.closedLoop(mix, clients, warmup, measured, seed);
    LoadDriver.Sequential one =
        driver.oneClient(mix.subList(0, Math.min(sequential, mix.size())), sequentialWarmup);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.println(line(LOAD, "all", load.all(), 0));
    load.kinds().forEach((kind, summary) -> out.println(line(LOAD, kind, summary, 0)));
    out.println(line(ONE, "all", one.summary(), one.meanMatches()));
  }

  /** Starts the clients in their own JVM against this port and waits for their figures. */
  static Figures run(int port, BenchSettings settings, int mixSize, int sequentialWarmup, Path log)
      throws IOException, InterruptedException {
    List<String> command =
        ClientProcess.command(
            LoadClient.class,
            List.of(
                port,
                settings.clients(),
                settings.warmupSeconds(),
                settings.seconds(),
                settings.seed(),
                mixSize,
                settings.sqlIterations(),
                sequentialWarmup));
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.to(log.toFile())).start();
    Map<String, Latencies.Summary> kinds = new LinkedHashMap<>();
    Latencies.Summary all = null;
    LoadDriver.Sequential one = null;
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String[] f = line.split("\t", -1);
        if (f.length != 11) {
          continue;
        }
        Latencies.Summary summary =
            new Latencies.Summary(
                Integer.parseInt(f[2]),
                Integer.parseInt(f[3]),
                f[10].isEmpty() ? null : f[10],
                Double.parseDouble(f[4]),
                Double.parseDouble(f[5]),
                Double.parseDouble(f[6]),
                Double.parseDouble(f[7]),
                Double.parseDouble(f[8]));
        if (f[0].equals(ONE)) {
          one = new LoadDriver.Sequential(summary, Double.parseDouble(f[9]));
        } else if (f[1].equals("all")) {
          all = summary;
        } else {
          kinds.put(f[1], summary);
        }
      }
    }
    long timeout = settings.warmupSeconds() + settings.seconds() + 600L;
    if (!process.waitFor(timeout, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("The load client did not finish; its log: " + log);
    }
    if (process.exitValue() != 0 || all == null || one == null) {
      throw new IllegalStateException(
          "The load client failed (exit " + process.exitValue() + "): " + ClientProcess.tail(log));
    }
    return new Figures(new LoadDriver.ByKind(all, kinds), one, process.pid());
  }

  private static String line(String run, String kind, Latencies.Summary s, double matches) {
    return String.join(
        "\t",
        run,
        kind,
        String.valueOf(s.count()),
        String.valueOf(s.errors()),
        number(s.seconds()),
        number(s.p50()),
        number(s.p95()),
        number(s.p99()),
        number(s.max()),
        number(matches),
        s.firstError() == null ? "" : s.firstError().replace('\t', ' ').replace('\n', ' '));
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.6f", value);
  }
}
