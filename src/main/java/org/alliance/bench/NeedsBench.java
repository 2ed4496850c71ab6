package org.alliance.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.alliance.needs.IndicatorImports;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The needs import benchmark: a national indicator file in the public health profiles' export
 * layout (indicators × areas × sexes × periods, with counts and denominators), imported into an
 * empty throw-away database, then imported again unchanged.
 */
public final class NeedsBench {

  /** What was measured. */
  public record Result(
      int rows,
      long fileMb,
      double generateSeconds,
      double firstSeconds,
      IndicatorImports.Report first,
      double againSeconds,
      IndicatorImports.Report again,
      long heapMaxMb) {

    public List<String> lines() {
      List<String> lines = new ArrayList<>();
      lines.add(
          "bench-needs: a profiles export of %,d rows (%,d MB), generated in %.1f s"
              .formatted(rows, fileMb, generateSeconds));
      lines.add(
          "first import (every row new): %.1f s (target 30 s: %s); %s"
              .formatted(
                  firstSeconds, firstSeconds < 30 ? "met" : "NOT met", first.lines().get(0)));
      lines.add(
          "the same file again (nothing changes): %.1f s; %s"
              .formatted(againSeconds, again.lines().get(0)));
      lines.add("heap max %,d MB".formatted(heapMaxMb));
      return lines;
    }

    public boolean clean() {
      return first.imported() && again.imported();
    }
  }

  static final String HEADER =
      "Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Area Type,Sex,Age,"
          + "Category Type,Category,Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit,"
          + "Lower CI 99.8 limit,Upper CI 99.8 limit,Count,Denominator,Value note,Recent Trend,"
          + "Compared to England value or percentiles,Compared to percentiles,Time period Sortable,"
          + "New data,Compared to goal,Time period range";

  private static final List<String> SEXES = List.of("Persons", "Male", "Female");

  private final int rows;
  private final Path dataDir;
  private final boolean keep;
  private final long seed;
  private final Supplier<SpringApplicationBuilder> application;
  private final Consumer<String> progress;

  public NeedsBench(
      int rows,
      Path dataDir,
      boolean keep,
      long seed,
      Supplier<SpringApplicationBuilder> application,
      Consumer<String> progress) {
    if (rows < 1 || rows > 2_000_000) {
      throw new IllegalArgumentException("--rows must be from 1 to 2,000,000");
    }
    this.rows = rows;
    this.dataDir = dataDir;
    this.keep = keep;
    this.seed = seed;
    this.application = application;
    this.progress = progress;
  }

  public Result run() throws Exception {
    Path data = DataFolder.prepare(dataDir);
    try {
      progress.accept("Writing a profiles export of %,d rows".formatted(rows));
      long started = System.nanoTime();
      Path file = data.resolve("indicators.csv");
      write(file);
      double generateSeconds = BenchNode.seconds(started);
      try (ConfigurableApplicationContext app =
          application.get().web(WebApplicationType.NONE).run(BenchNode.arguments(data, false))) {
        IndicatorImports imports = app.getBean(IndicatorImports.class);
        progress.accept("Importing it into an empty database");
        started = System.nanoTime();
        IndicatorImports.Report first = importFile(imports, file);
        double firstSeconds = BenchNode.seconds(started);
        progress.accept("%.1f s: %s".formatted(firstSeconds, first.lines().get(0)));
        progress.accept("Importing it again");
        started = System.nanoTime();
        IndicatorImports.Report again = importFile(imports, file);
        double againSeconds = BenchNode.seconds(started);
        progress.accept("%.1f s: %s".formatted(againSeconds, again.lines().get(0)));
        return new Result(
            rows,
            Files.size(file) >> 20,
            generateSeconds,
            firstSeconds,
            first,
            againSeconds,
            again,
            Runtime.getRuntime().maxMemory() >> 20);
      }
    } finally {
      if (!keep) {
        DataFolder.delete(data, dataDir != null);
      }
    }
  }

  private static IndicatorImports.Report importFile(IndicatorImports imports, Path file)
      throws IOException {
    try (java.io.BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return imports.importFile(file.getFileName().toString(), in, "bench-needs");
    }
  }

  /** 40 indicators, 3 sexes and 10 periods, over as many made-up areas as the rows need. */
  private void write(Path file) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    int perArea = 40 * SEXES.size() * 10;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(HEADER);
      out.newLine();
      int written = 0;
      for (int area = 0; written < rows; area++) {
        String code = "E%08d".formatted(area + 1);
        long population = 50_000 + random.nextInt(400_000);
        for (int i = 0; i < perArea && written < rows; i++, written++) {
          int indicator = i / (SEXES.size() * 10);
          String sex = SEXES.get((i / 10) % SEXES.size());
          int year = 2014 + i % 10;
          long people = sex.equals("Persons") ? population : population / 2;
          long count = random.nextInt(2_000);
          double value = count * 100_000.0 / people;
          out.write(
              String.join(
                  ",",
                  Integer.toString(90_000 + indicator),
                  "\"Generated indicator " + indicator + ", per 100,000\"",
                  "E92000001",
                  "England",
                  code,
                  "Area " + (area + 1),
                  "Districts & UAs",
                  sex,
                  "All ages",
                  "",
                  "",
                  year + "/" + ((year + 1) % 100),
                  "%.1f".formatted(value),
                  "",
                  "",
                  "",
                  "",
                  Long.toString(count),
                  Long.toString(people),
                  "",
                  "",
                  "",
                  "",
                  year + "0000",
                  "",
                  "",
                  "1y"));
          out.newLine();
        }
      }
    }
  }
}
