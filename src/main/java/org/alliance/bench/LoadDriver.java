package org.alliance.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliance.bench.SearchMix.Query;

/**
 * Drives the search over loopback, from its own JVM ({@link LoadClient}), so that the clients'
 * allocation, garbage and JIT are not the server's: a fixed pool of client threads (Java 17 has no
 * virtual threads), each a closed loop sending its next search as soon as the last one answered (no
 * think time). The threads share one HttpClient, so each holds its own keep-alive connection from
 * the client's pool (50 clients, 50 connections) but the load generator runs one selector thread,
 * not one per client: it shares the server's two cores, and 50 selectors measured the generator as
 * much as the server. The API is stateless, so no cookies are kept.
 */
final class LoadDriver {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** The exact match count the API returns with each page. */
  private static final Pattern TOTAL = Pattern.compile("\"total_items\":(\\d+)");

  private final String base;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();

  LoadDriver(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  /**
   * Answers one search: null when it answered, otherwise what went wrong; adds the number of
   * matches to {@code totals} when that is not null.
   */
  interface Searcher {
    String search(Query query, long[] totals);
  }

  /** A run's figures for all searches and for each kind ({@link Query#kind()}). */
  record ByKind(Latencies.Summary all, Map<String, Latencies.Summary> kinds) {}

  ByKind closedLoop(List<Query> queries, int clients, Duration warmup, Duration measured, long seed)
      throws Exception {
    return closedLoop(
        (query, totals) -> send(http, query, totals), queries, clients, warmup, measured, seed);
  }

  /**
   * {@code clients} threads search for {@code warmup} (not measured: JIT, caches, connection
   * set-up) then for {@code measured}; a request counts if it started inside the measured window.
   */
  static ByKind closedLoop(
      Searcher searcher,
      List<Query> queries,
      int clients,
      Duration warmup,
      Duration measured,
      long seed)
      throws Exception {
    // The clock starts once every client has had one answer: connections, the client's own start
    // and the server's first requests on a loaded machine are not the warm-up's to absorb.
    long[] window = new long[2];
    CyclicBarrier started =
        new CyclicBarrier(
            clients,
            () -> {
              window[0] = System.nanoTime() + warmup.toNanos();
              window[1] = window[0] + measured.toNanos();
            });
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<Map<String, Latencies>>> running = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        SplittableRandom random = new SplittableRandom(seed + c);
        running.add(
            pool.submit(
                () -> {
                  searcher.search(queries.get(random.nextInt(queries.size())), null);
                  started.await();
                  long measureFrom = window[0];
                  long stopAt = window[1];
                  Map<String, Latencies> mine = new HashMap<>();
                  for (long at = System.nanoTime(); at < stopAt; at = System.nanoTime()) {
                    Query query = queries.get(random.nextInt(queries.size()));
                    String failure = searcher.search(query, null);
                    if (at >= measureFrom) {
                      record(mine.computeIfAbsent(query.kind(), k -> new Latencies()), at, failure);
                    }
                  }
                  return mine;
                }));
      }
      Map<String, List<Latencies>> parts = new TreeMap<>();
      for (Future<Map<String, Latencies>> part : running) {
        part.get()
            .forEach(
                (kind, times) -> parts.computeIfAbsent(kind, k -> new ArrayList<>()).add(times));
      }
      double seconds = measured.toNanos() / 1e9;
      Map<String, Latencies.Summary> kinds = new LinkedHashMap<>();
      parts.forEach((kind, times) -> kinds.put(kind, Latencies.merge(times).summary(seconds)));
      Latencies all = Latencies.merge(parts.values().stream().flatMap(List::stream).toList());
      return new ByKind(all.summary(seconds), kinds);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Every query once, in order, from one client, after {@code warmup} unmeasured ones. */
  Sequential oneClient(List<Query> queries, int warmup) throws Exception {
    for (int i = 0; i < warmup; i++) {
      send(http, queries.get(i % queries.size()), null);
    }
    Latencies times = new Latencies();
    long[] totals = new long[1];
    long began = System.nanoTime();
    for (Query query : queries) {
      long started = System.nanoTime();
      record(times, started, send(http, query, totals));
    }
    return new Sequential(
        times.summary((System.nanoTime() - began) / 1e9), (double) totals[0] / queries.size());
  }

  /** A one-client run and the mean number of matching services the pages reported. */
  record Sequential(Latencies.Summary summary, double meanMatches) {}

  private static void record(Latencies times, long started, String failure) {
    if (failure == null) {
      times.add(System.nanoTime() - started);
    } else {
      times.error(failure);
    }
  }

  /**
   * Null when the search answered; otherwise what went wrong. Adds the page's match count to {@code
   * totals}.
   */
  private String send(HttpClient http, Query query, long[] totals) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(base + query.path())).timeout(TIMEOUT).GET().build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        return "HTTP " + response.statusCode() + " for " + query.path();
      }
      if (!response.body().contains(SearchMix.ANSWERED)) {
        return "200 without results (the form was refused?) for " + query.path();
      }
      if (totals != null) {
        Matcher total = TOTAL.matcher(response.body());
        totals[0] += total.find() ? Long.parseLong(total.group(1)) : 0;
      }
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    } catch (Exception e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage() + " for " + query.path();
    }
  }
}
