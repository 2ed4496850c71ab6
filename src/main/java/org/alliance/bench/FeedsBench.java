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
import org.alliance.directory.feeds.FeedPull;
import org.alliance.directory.feeds.Feeds;
import org.alliance.directory.feeds.PullSummary;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The feeds benchmark: a publisher's feed of generated services (bench-directory's generator, made
 * to look like another publisher's: terms inside the records, and one record in ten with a quirk to
 * repair), written as pages of 100 and served from a loopback HTTP server; then pulled into an
 * empty directory (every record new), and pulled again unchanged (every record compared, nothing
 * written). The publisher serves files already written, so it takes little of the machine.
 */
public final class FeedsBench {

  /** What was measured. */
  public record Result(
      int services,
      int pages,
      double generateSeconds,
      PullSummary first,
      double firstSeconds,
      PullSummary again,
      double againSeconds,
      long heapMaxMb) {

    public List<String> lines() {
      List<String> lines = new ArrayList<>();
      lines.add(
          "bench-feeds: a generated ORUK 3.0 feed of %,d services in %,d pages of 100, served on loopback"
              .formatted(services, pages));
      lines.add("generated in %.1f s".formatted(generateSeconds));
      lines.add(
          "first pull (every record new): %.1f s (target 120 s: %s); %s"
              .formatted(firstSeconds, firstSeconds < 120 ? "met" : "NOT met", first.line()));
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

  private final int services;
  private final Path dataDir;
  private final boolean keep;
  private final long seed;
  private final Supplier<SpringApplicationBuilder> application;
  private final Consumer<String> progress;

  public FeedsBench(
      int services,
      Path dataDir,
      boolean keep,
      long seed,
      Supplier<SpringApplicationBuilder> application,
      Consumer<String> progress) {
    if (services < 1 || services > 1_000_000) {
      throw new IllegalArgumentException("--services must be from 1 to 1,000,000");
    }
    this.services = services;
    this.dataDir = dataDir;
    this.keep = keep;
    this.seed = seed;
    this.application = application;
    this.progress = progress;
  }

  public Result run() throws Exception {
    Path data = DataFolder.prepare(dataDir);
    try {
      progress.accept("Generating %,d services as a feed's pages".formatted(services));
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
        FeedPull pull = app.getBean(FeedPull.class);
        progress.accept("Pulling it into an empty directory");
        started = System.nanoTime();
        PullSummary first = pull.pull(added.feed().id());
        double firstSeconds = BenchNode.seconds(started);
        progress.accept("%.1f s: %s".formatted(firstSeconds, first.line()));
        progress.accept("Pulling it again, unchanged");
        started = System.nanoTime();
        PullSummary again = pull.pull(added.feed().id());
        double againSeconds = BenchNode.seconds(started);
        progress.accept("%.1f s: %s".formatted(againSeconds, again.line()));
        return new Result(
            services,
            pageCount,
            generateSeconds,
            first,
            firstSeconds,
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
    HsdsGenerator generator = new HsdsGenerator(seed, services);
    int pages = (services + PER_PAGE - 1) / PER_PAGE;
    for (int page = 1; page <= pages; page++) {
      ObjectNode body = JSON.createObjectNode();
      body.put("total_items", services).put("total_pages", pages).put("page_number", page);
      ArrayNode contents = body.putArray("contents");
      for (int i = (page - 1) * PER_PAGE; i < Math.min(services, page * PER_PAGE); i++) {
        contents.add(asPublished(generator.service(i), i));
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
