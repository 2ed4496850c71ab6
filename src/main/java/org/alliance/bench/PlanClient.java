package org.alliance.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives a {@link LoadPlan} from outside the server's JVM: with Debian's {@code wrk} and {@code
 * bench/support-load.lua} when wrk is installed, else with this class started as a JVM of its own
 * (one thread per signed-in client, a closed loop each, one shared HttpClient). Both report the
 * same RESULT line, read back here.
 */
public final class PlanClient {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private PlanClient() {}

  /** Figures of one workload's measured run. Latencies include failed requests under wrk. */
  record Figures(Latencies.Summary summary, long redirects, String generator, long pid) {}

  /** Arguments: base URL, plan file, warm-up seconds, measured seconds. */
  public static void main(String[] args) throws Exception {
    String base = args[0];
    LoadPlan plan = LoadPlan.read(Path.of(args[1]));
    Duration warmup = Duration.ofSeconds(Long.parseLong(args[2]));
    Duration measured = Duration.ofSeconds(Long.parseLong(args[3]));
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.println(closedLoop(base, plan, warmup, measured));
  }

  /** Whether wrk is on the PATH. */
  static boolean wrkInstalled() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "wrk"))) {
        return true;
      }
    }
    return false;
  }

  /** Runs the plan under wrk: a warm-up run whose figures are dropped, then the measured one. */
  static Figures wrk(
      String base, Path plan, Path script, int clients, int warmup, int seconds, Path log)
      throws IOException, InterruptedException {
    if (warmup > 0) {
      runWrk(base, plan, script, clients, warmup, log);
    }
    return runWrk(base, plan, script, clients, seconds, log);
  }

  private static Figures runWrk(
      String base, Path plan, Path script, int clients, int seconds, Path log)
      throws IOException, InterruptedException {
    List<String> command =
        List.of(
            "wrk",
            "-t" + clients,
            "-c" + clients,
            "-d" + seconds + "s",
            "--timeout",
            "30s",
            "-s",
            script.toAbsolutePath().toString(),
            base,
            "--",
            plan.toAbsolutePath().toString());
    return await(command, log, seconds, "wrk");
  }

  /** Runs the plan with this class in a JVM of its own. */
  static Figures java(String base, Path plan, int warmup, int seconds, Path log)
      throws IOException, InterruptedException {
    return await(
        ClientProcess.command(PlanClient.class, List.of(base, plan, warmup, seconds)),
        log,
        warmup + seconds,
        "Java HttpClient in a separate JVM");
  }

  private static Figures await(List<String> command, Path log, int seconds, String generator)
      throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(command)
            .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    String result = null;
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.startsWith("RESULT\t")) {
          result = line;
        } else {
          Files.writeString(
              log,
              line + "\n",
              java.nio.file.StandardOpenOption.CREATE,
              java.nio.file.StandardOpenOption.APPEND);
        }
      }
    }
    if (!process.waitFor(seconds + 600L, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("The load generator did not finish; its log: " + log);
    }
    if (process.exitValue() != 0 || result == null) {
      throw new IllegalStateException(
          "The load generator failed (exit "
              + process.exitValue()
              + "): "
              + ClientProcess.tail(log));
    }
    return parse(result, generator, process.pid());
  }

  /**
   * RESULT, requests, socket errors, failures, redirects, duration, p50, p95, p99, max (times in
   * microseconds), first failure.
   */
  static Figures parse(String line, String generator, long pid) {
    String[] f = line.split("\t", -1);
    long requests = Long.parseLong(f[1]);
    long socketErrors = Long.parseLong(f[2]);
    long failures = Long.parseLong(f[3]);
    long redirects = Long.parseLong(f[4]);
    double seconds = Double.parseDouble(f[5]) / 1e6;
    String first = f.length > 10 && !f[10].isEmpty() ? f[10] : null;
    if (first == null && socketErrors > 0) {
      first = socketErrors + " socket errors (connect, read, write or timeout)";
    }
    return new Figures(
        new Latencies.Summary(
            (int) (requests - failures),
            (int) (failures + socketErrors),
            first,
            seconds,
            Double.parseDouble(f[6]) / 1000,
            Double.parseDouble(f[7]) / 1000,
            Double.parseDouble(f[8]) / 1000,
            Double.parseDouble(f[9]) / 1000),
        redirects,
        generator,
        pid);
  }

  /** The Java client's run, as one RESULT line in wrk's units. */
  static String closedLoop(String base, LoadPlan plan, Duration warmup, Duration measured)
      throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(TIMEOUT)
            .build();
    int clients = plan.clients();
    long[] window = new long[2];
    CyclicBarrier started =
        new CyclicBarrier(
            clients,
            () -> {
              window[0] = System.nanoTime() + warmup.toNanos();
              window[1] = window[0] + measured.toNanos();
            });
    AtomicLong redirects = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<Latencies>> running = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int client = c;
        List<LoadPlan.Request> mine = plan.requests().get(client);
        String cookie = plan.cookies().get(client);
        running.add(
            pool.submit(
                () -> {
                  send(http, base, plan, client, cookie, mine.get(0), null);
                  started.await();
                  Latencies times = new Latencies();
                  int i = 1;
                  for (long at = System.nanoTime(); at < window[1]; at = System.nanoTime()) {
                    String failure =
                        send(
                            http,
                            base,
                            plan,
                            client,
                            cookie,
                            mine.get(i++ % mine.size()),
                            at >= window[0] ? redirects : null);
                    if (at >= window[0]) {
                      if (failure == null) {
                        times.add(System.nanoTime() - at);
                      } else {
                        times.error(failure);
                      }
                    }
                  }
                  return times;
                }));
      }
      List<Latencies> parts = new ArrayList<>();
      for (Future<Latencies> part : running) {
        parts.add(part.get());
      }
      Latencies.Summary s = Latencies.merge(parts).summary(measured.toNanos() / 1e9);
      return String.join(
          "\t",
          "RESULT",
          String.valueOf(s.count() + s.errors()),
          "0",
          String.valueOf(s.errors()),
          String.valueOf(redirects.get()),
          micros(s.seconds() * 1000),
          micros(s.p50()),
          micros(s.p95()),
          micros(s.p99()),
          micros(s.max()),
          s.firstError() == null ? "" : s.firstError().replace('\t', ' ').replace('\n', ' '));
    } finally {
      pool.shutdownNow();
    }
  }

  private static String micros(double millis) {
    return String.format(Locale.ROOT, "%.0f", Double.isNaN(millis) ? 0 : millis * 1000);
  }

  /** Null when the page answered as the plan expects; else what went wrong. */
  private static String send(
      HttpClient http,
      String base,
      LoadPlan plan,
      int client,
      String cookie,
      LoadPlan.Request request,
      AtomicLong redirects) {
    try {
      HttpRequest.Builder builder =
          HttpRequest.newBuilder(URI.create(base + request.path()))
              .timeout(TIMEOUT)
              .header("Cookie", cookie)
              .header("Accept", "text/html");
      if (request.method().equals("POST")) {
        builder
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", plan.origin())
            .POST(HttpRequest.BodyPublishers.ofString(request.body()));
      } else {
        builder.GET();
      }
      HttpResponse<String> response =
          http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 200 && plan.holdsWhatIsExpected(client, response.body())) {
        return null;
      }
      if (response.statusCode() == 302 && plan.redirectOk()) {
        if (redirects != null) {
          redirects.incrementAndGet();
        }
        return null;
      }
      return "HTTP "
          + response.statusCode()
          + (response.statusCode() == 200 ? " without the expected text" : "")
          + " "
          + response.headers().firstValue("Location").orElse("")
          + " for "
          + request.path();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    } catch (Exception e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage() + " for " + request.path();
    }
  }
}
