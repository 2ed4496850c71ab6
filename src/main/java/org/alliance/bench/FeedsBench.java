package org.alliance.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliance.directory.duplicates.DuplicateQueue;
import org.alliance.directory.feeds.FeedPull;
import org.alliance.directory.feeds.Feeds;
import org.alliance.directory.feeds.PullSummary;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The feeds benchmark: a publisher's feed of generated services (bench-directory's generator, made
 * to look like another publisher's: terms inside the records, and one record in ten with a quirk to
 * repair), written as pages of 100 and served from a loopback HTTP server; then pulled into a
 * directory that already holds Alliance's own entries ({@link OwnServices}, some of which the feed
 * repeats in its own words), with the duplicate queue filled after the pull as in service; then the
 * matching alone, timed again; then pulled again unchanged (every record compared, nothing
 * written). The publisher serves files already written, so it takes little of the machine.
 */
public final class FeedsBench {

  /** What was measured. */
  public record Result(
      Sizes sizes,
      int pages,
      double generateSeconds,
      double ownSeconds,
      PullSummary first,
      double firstSeconds,
      Matching matching,
      PullSummary again,
      double againSeconds,
      long heapMaxMb) {

    public List<String> lines() {
      List<String> lines = new ArrayList<>();
      lines.add(
          "bench-feeds: a generated ORUK 3.0 feed of %,d services in %,d pages of 100, served on loopback"
              .formatted(sizes.services(), pages));
      lines.add(
          "generated in %.1f s; %,d of Alliance's own entries written in %.1f s, %,d of them repeated in the feed in its own words"
              .formatted(generateSeconds, sizes.own(), ownSeconds, sizes.repeats()));
      lines.add(
          "first pull and reconcile (every record new, then the duplicate queue filled): %.1f s (target 120 s: %s); %s"
              .formatted(firstSeconds, firstSeconds < 120 ? "met" : "NOT met", first.line()));
      lines.add(
          "duplicate matching alone, %,d feed records against %,d own: %.1f s (target 60 s: %s); %,d pairs wait for review"
              .formatted(
                  sizes.services(),
                  sizes.own(),
                  matching.seconds(),
                  matching.seconds() < 60 ? "met" : "NOT met",
                  matching.waiting()));
      lines.add(
          "of the %,d repeats, %,d found (%.1f%%); %,d other pairs"
              .formatted(
                  sizes.repeats(),
                  matching.repeatsFound(),
                  sizes.repeats() == 0 ? 100.0 : 100.0 * matching.repeatsFound() / sizes.repeats(),
                  matching.waiting() - matching.repeatsFound()));
      lines.add(
          "second pull (unchanged, no validators, so every page again): %.1f s; %s"
              .formatted(againSeconds, again.line()));
      lines.add("heap max %,d MB".formatted(heapMaxMb));
      return lines;
    }

    public boolean clean() {
      return "imported".equals(first.outcome()) && "imported".equals(again.outcome());
    }
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int PER_PAGE = 100;
  private static final Pattern PAGE = Pattern.compile("page=(\\d+)");

  /**
   * How big: the feed's services, Alliance's own entries, and how many of the feed's first services
   * repeat own entries.
   */
  public record Sizes(int services, int own, int repeats) {
    public Sizes {
      if (services < 1 || services > 1_000_000) {
        throw new IllegalArgumentException("--services must be from 1 to 1,000,000");
      }
      if (own < 0 || own > OwnServices.most()) {
        throw new IllegalArgumentException(
            "--own must be from 0 to %,d".formatted(OwnServices.most()));
      }
      if (repeats < 0 || repeats > Math.min(services, own)) {
        throw new IllegalArgumentException(
            "--repeats must be from 0 to the smaller of --services and --own");
      }
    }
  }

  /** The matching, timed on its own after the pull. */
  public record Matching(double seconds, int waiting, int repeatsFound) {}

  private final Sizes sizes;
  private final Path dataDir;
  private final boolean keep;
  private final long seed;
  private final Supplier<SpringApplicationBuilder> application;
  private final Consumer<String> progress;

  public FeedsBench(
      Sizes sizes,
      Path dataDir,
      boolean keep,
      long seed,
      Supplier<SpringApplicationBuilder> application,
      Consumer<String> progress) {
    this.sizes = sizes;
    this.dataDir = dataDir;
    this.keep = keep;
    this.seed = seed;
    this.application = application;
    this.progress = progress;
  }

  public Result run() throws Exception {
    Path data = DataFolder.prepare(dataDir);
    try {
      progress.accept("Generating %,d services as a feed's pages".formatted(sizes.services()));
      long started = System.nanoTime();
      Path pages = data.resolve("feed");
      int pageCount = write(pages);
      double generateSeconds = BenchNode.seconds(started);
      HttpServer publisher = serve(pages);
      try (ConfigurableApplicationContext app =
          application
              .get()
              .web(WebApplicationType.NONE)
              .run(
                  BenchNode.arguments(
                      data,
                      false,
                      "--alliance.feeds.allow-private-addresses=true",
                      "--alliance.feeds.pause=0ms"))) {
        String url =
            "http://127.0.0.1:" + publisher.getAddress().getPort() + "/openreferral/services";
        Feeds.Added added =
            app.getBean(Feeds.class)
                .addFromCommand(
                    new Feeds.Draft(url, "oruk3", "Generated feed", "24"), "bench-feeds");
        if (!added.problems().isEmpty()) {
          throw new IllegalStateException("The feed was not registered: " + added.problems());
        }
        progress.accept("Writing %,d of Alliance's own entries".formatted(sizes.own()));
        started = System.nanoTime();
        new OwnServices(seed).insert(app.getBean(JdbcTemplate.class), sizes.own());
        double ownSeconds = BenchNode.seconds(started);
        FeedPull pull = app.getBean(FeedPull.class);
        progress.accept("Pulling it, then filling the duplicate queue");
        started = System.nanoTime();
        PullSummary first = pull.pull(added.feed().id());
        double firstSeconds = BenchNode.seconds(started);
        progress.accept("%.1f s: %s".formatted(firstSeconds, first.line()));
        progress.accept("Matching again, timed on its own");
        DuplicateQueue queue = app.getBean(DuplicateQueue.class);
        started = System.nanoTime();
        DuplicateQueue.Refreshed refreshed = queue.refresh();
        Matching matching =
            new Matching(
                BenchNode.seconds(started),
                refreshed.waiting(),
                repeatsFound(app.getBean(JdbcTemplate.class)));
        progress.accept(
            "%.1f s: %,d pairs, %,d repeats found"
                .formatted(matching.seconds(), matching.waiting(), matching.repeatsFound()));
        progress.accept("Pulling it again, unchanged");
        started = System.nanoTime();
        PullSummary again = pull.pull(added.feed().id());
        double againSeconds = BenchNode.seconds(started);
        progress.accept("%.1f s: %s".formatted(againSeconds, again.line()));
        return new Result(
            sizes,
            pageCount,
            generateSeconds,
            ownSeconds,
            first,
            firstSeconds,
            matching,
            again,
            againSeconds,
            Runtime.getRuntime().maxMemory() >> 20);
      } finally {
        publisher.stop(0);
      }
    } finally {
      if (!keep) {
        DataFolder.delete(data, dataDir != null);
      }
    }
  }

  private int write(Path folder) throws IOException {
    Files.createDirectories(folder);
    int services = sizes.services();
    HsdsGenerator generator = new HsdsGenerator(seed, services);
    OwnServices own = new OwnServices(seed);
    int pages = (services + PER_PAGE - 1) / PER_PAGE;
    for (int page = 1; page <= pages; page++) {
      ObjectNode body = JSON.createObjectNode();
      body.put("total_items", services).put("total_pages", pages).put("page_number", page);
      ArrayNode contents = body.putArray("contents");
      for (int i = (page - 1) * PER_PAGE; i < Math.min(services, page * PER_PAGE); i++) {
        contents.add(
            i < sizes.repeats()
                ? own.asAnotherPublisher(JSON, i)
                : asPublished(generator.service(i), i));
      }
      Files.writeString(folder.resolve(page + ".json"), JSON.writeValueAsString(body));
    }
    return pages;
  }

  /** As another publisher would have it: its terms inside the record, and now and then a quirk. */
  private ObjectNode asPublished(ObjectNode service, int index) {
    ArrayNode attributes = service.putArray("attributes");
    SplittableRandom random = new SplittableRandom(seed ^ index);
    String need = Vocabulary.pick(random, Vocabulary.THEMES).termCode();
    attributes
        .addObject()
        .put("id", "attr-" + index)
        .putObject("taxonomy_term")
        .put("id", "term-" + need)
        .put("name", need.replace('-', ' '))
        .put("description", need.replace('-', ' '));
    if (index % 10 == 3) {
      service.put("description", "<p>" + service.get("description").asString() + "</p>");
      service.put("minimum_age", -1);
      service.set("assuredDate", service.remove("assured_date"));
    }
    return service;
  }

  /** Waiting pairs that are a repeat and the own entry it repeats. */
  private static int repeatsFound(JdbcTemplate jdbc) {
    Integer found =
        jdbc.queryForObject(
            """
            select count(*) from directory.duplicate_pair p
              join directory.feed_record r on r.service_id in (p.first_id, p.second_id)
             where p.decision is null and r.source_id like 'repeat-%'
               and 'bench-own-' || substr(r.source_id, 8) in (p.first_id, p.second_id)
            """,
            Integer.class);
    return found == null ? 0 : found;
  }

  private HttpServer serve(Path folder) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newSingleThreadExecutor());
    server.createContext(
        "/",
        exchange -> {
          try (exchange) {
            String query = exchange.getRequestURI().getRawQuery();
            Matcher page = PAGE.matcher(query == null ? "" : query);
            Path file = folder.resolve((page.find() ? page.group(1) : "1") + ".json");
            if (!Files.exists(file)) {
              exchange.sendResponseHeaders(404, -1);
              return;
            }
            byte[] bytes = Files.readAllBytes(file);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(bytes);
            }
          }
        });
    server.start();
    return server;
  }
}
