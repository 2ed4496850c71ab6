package org.alliance;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.alliance.bench.BenchReport;
import org.alliance.bench.BenchResult;
import org.alliance.bench.BenchSettings;
import org.alliance.bench.DirectoryBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "bench-directory",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark the directory: generate HSDS services with locations, schedules and taxonomy, import them,",
      "start the web application on them (it builds its search index), search it over loopback from many",
      "clients, then from one, and run the same search as bare SQL. Prints a report (also written to --report).",
      "Uses its own embedded PostgreSQL in a fresh temporary folder (never ./data), deleted unless --keep.",
      "Large runs need heap: JAVA_OPTS=-Xmx4g ./alliance bench-directory"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the benchmark ran and every search answered",
      "1:a search failed or the import was refused",
      "2:bad options"
    })
class BenchDirectoryCommand implements Callable<Integer> {

  @Option(
      names = "--services",
      defaultValue = "100000",
      description = "services to generate (default ${DEFAULT-VALUE})")
  int services;

  @Option(
      names = "--clients",
      defaultValue = "50",
      description = "concurrent HTTP clients (default ${DEFAULT-VALUE})")
  int clients;

  @Option(
      names = "--seconds",
      defaultValue = "30",
      description = "measured seconds of load (default ${DEFAULT-VALUE})")
  int seconds;

  @Option(
      names = "--warmup-seconds",
      defaultValue = "10",
      description = "unmeasured seconds of load first (default ${DEFAULT-VALUE})")
  int warmupSeconds;

  @Option(
      names = "--data-dir",
      description = "a new or empty folder for the benchmark's database (default: a temporary one)")
  Path dataDir;

  @Option(
      names = "--keep",
      description = "keep the data folder (database and generated JSON) afterwards")
  boolean keep;

  @Option(
      names = "--batch-size",
      defaultValue = "0",
      description = "import in several calls of this many services (default: all in one import)")
  int batchSize;

  @Option(
      names = "--sql-iterations",
      defaultValue = "200",
      description = "searches in the one-client runs, API and bare SQL (default ${DEFAULT-VALUE})")
  int sqlIterations;

  @Option(
      names = "--seed",
      defaultValue = "20260601",
      description = "seed for the generated data and searches")
  long seed;

  @Option(
      names = "--report",
      description = "where to write the report (default target/bench-directory-<time>.txt)")
  Path report;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    BenchSettings settings;
    try {
      settings =
          new BenchSettings(
              services,
              clients,
              seconds,
              warmupSeconds,
              dataDir,
              keep,
              batchSize,
              sqlIterations,
              seed);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return 2;
    }
    return BenchRun.run(
        "bench-directory",
        report,
        out,
        err,
        progress -> new DirectoryBench(settings, BenchRun::application, progress).run(),
        BenchReport::lines,
        BenchResult::clean);
  }
}
