package org.alliance.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.alliance.database.SchemaOwner;
import org.alliance.directory.DirectoryTransfer;
import org.alliance.directory.ImportReport;
import org.alliance.directory.Postcodes;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The directory benchmark, step by step: generate services, import them with the application
 * started without its web server, start the web application on the same data (which builds its
 * search index at start, as any node does), search it over loopback from many clients and from one,
 * then run the same search as bare SQL. Everything happens in the benchmark's own folder with its
 * own embedded PostgreSQL, deleted at the end unless kept.
 */
public final class DirectoryBench {

  private static final int SEQUENTIAL_WARMUP = 20;
  private static final int QUERY_MIX = 1000;

  private final BenchSettings settings;
  private final Supplier<SpringApplicationBuilder> application;
  private final Consumer<String> progress;

  /**
   * @param application a fresh builder for the Alliance application each time it is called
   * @param progress where to say what is happening (the report itself is the result)
   */
  public DirectoryBench(
      BenchSettings settings,
      Supplier<SpringApplicationBuilder> application,
      Consumer<String> progress) {
    this.settings = settings;
    this.application = application;
    this.progress = progress;
  }

  public BenchResult run() throws Exception {
    String loadBefore = MachineLoad.now();
    Path data = DataFolder.prepare(settings.dataDir());
    try {
      progress.accept("Generating %,d services in %s".formatted(settings.services(), data));
      HsdsGenerator generator = new HsdsGenerator(settings.seed(), settings.services());
      long started = System.nanoTime();
      List<Path> folders = generate(generator, data.resolve("generated"));
      double generateSeconds = seconds(started);

      progress.accept(
          "Importing (%d import%s)".formatted(folders.size(), folders.size() == 1 ? "" : "s"));
      Imported imported = importAll(data, folders);

      progress.accept(
          "Starting the web application (it builds the search index from the database)");
      IndexBuildLog indexLog = new IndexBuildLog();
      int port = BenchNode.freePort();
      started = System.nanoTime();
      try (ConfigurableApplicationContext web =
          application
              .get()
              .web(WebApplicationType.SERVLET)
              .listeners(indexLog)
              .run(arguments(data, "--server.port=" + port, "--server.address=127.0.0.1"))) {
        double webStartSeconds = seconds(started);
        List<SearchMix.Query> mix = SearchMix.queries(settings.seed(), QUERY_MIX);
        progress.accept(
            ("Searching from %d clients in a separate JVM: %d s warm-up, then %d s measured;"
                    + " then %d searches from one client")
                .formatted(
                    settings.clients(),
                    settings.warmupSeconds(),
                    settings.seconds(),
                    settings.sqlIterations()));
        LoadClient.Figures api =
            LoadClient.run(
                port, settings, QUERY_MIX, SEQUENTIAL_WARMUP, data.resolve("load-client.log"));
        String loadAfter = MachineLoad.now();
        progress.accept(
            "The same searches on the bare index, in process, from %d threads"
                .formatted(settings.clients()));
        LoadDriver.ByKind bare =
            LoadDriver.closedLoop(
                BareIndex.in(web),
                mix,
                settings.clients(),
                Duration.ofSeconds(settings.warmupSeconds()),
                Duration.ofSeconds(settings.seconds()),
                settings.seed());
        List<SearchMix.Query> sequence =
            mix.subList(0, Math.min(settings.sqlIterations(), mix.size())).stream()
                .filter(SearchMix.Query::near)
                .toList();
        progress.accept("The searches near a postcode as bare SQL, %d".formatted(sequence.size()));
        // The baseline creates its own index, which only the tables' owner may do.
        SqlBaseline sql = new SqlBaseline(web.getBean(SchemaOwner.class).dataSource());
        double sqlPrepareSeconds = sql.prepare();
        LoadDriver.Sequential sqlOne = sql.run(sequence, SEQUENTIAL_WARMUP);
        return new BenchResult(
            settings,
            generator.organizations(),
            generateSeconds,
            DataFolder.size(data.resolve("generated")),
            imported.seconds(),
            imported.rowsCreated(),
            imported.heapPeakMb(),
            imported.heapMaxMb(),
            webStartSeconds,
            indexLog.build(),
            api.load(),
            api.pid(),
            bare,
            api.oneClient(),
            sqlPrepareSeconds,
            sqlOne,
            loadBefore,
            loadAfter,
            settings.keep() ? data.toString() : data + " (deleted)");
      }
    } finally {
      if (!settings.keep()) {
        DataFolder.delete(data, settings.dataDir() != null);
      }
    }
  }

  private List<Path> generate(HsdsGenerator generator, Path root) throws IOException {
    List<Path> folders = new ArrayList<>();
    int batches = settings.batches();
    int size = (settings.services() + batches - 1) / batches;
    for (int b = 0; b < batches; b++) {
      Path folder = batches == 1 ? root : root.resolve("batch-%03d".formatted(b + 1));
      generator.write(folder, b * size, Math.min(settings.services(), (b + 1) * size));
      folders.add(folder);
    }
    return folders;
  }

  /** How the import went. */
  private record Imported(
      double seconds, Map<String, Integer> rowsCreated, long heapPeakMb, long heapMaxMb) {}

  private Imported importAll(Path data, List<Path> folders) throws Exception {
    try (ConfigurableApplicationContext app =
        application.get().web(WebApplicationType.NONE).run(arguments(data))) {
      Path postcodes = BkPostcodes.copyTo(data.resolve("generated"));
      if (!app.getBean(Postcodes.class).importFiles(List.of(postcodes)).accepted()) {
        throw new IllegalStateException("The BK postcodes did not load");
      }
      DirectoryTransfer transfer = app.getBean(DirectoryTransfer.class);
      Map<String, Integer> created = new LinkedHashMap<>();
      System.gc();
      List<MemoryPoolMXBean> heap =
          ManagementFactory.getMemoryPoolMXBeans().stream()
              .filter(pool -> pool.getType() == MemoryType.HEAP)
              .toList();
      heap.forEach(MemoryPoolMXBean::resetPeakUsage);
      long started = System.nanoTime();
      for (Path folder : folders) {
        ImportReport report = transfer.importFrom(folder);
        if (!report.imported()) {
          throw new IllegalStateException(
              "The import was refused:\n"
                  + String.join(
                      "\n", report.lines().subList(0, Math.min(20, report.lines().size()))));
        }
        report.counts().forEach(c -> created.merge(c.resourceType(), c.created(), Integer::sum));
      }
      double seconds = seconds(started);
      long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
      created.values().removeIf(count -> count == 0);
      return new Imported(seconds, created, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }
  }

  private static String[] arguments(Path data, String... more) {
    return BenchNode.arguments(data, false, more);
  }

  private static double seconds(long startedNanos) {
    return BenchNode.seconds(startedNanos);
  }
}
