package org.alliance;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.alliance.bench.FeedsBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "bench-feeds",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark feeds: generate a publisher's ORUK 3.0 feed, serve it on loopback, pull it into a",
      "directory of Alliance's own entries (some repeated in the feed) and fill the duplicate queue,",
      "time the matching alone, then pull it again unchanged. Prints a report (also --report).",
      "Uses its own embedded PostgreSQL in a fresh temporary folder (never ./data), deleted unless --keep.",
      "Large runs need heap: JAVA_OPTS=-Xmx4g ./alliance bench-feeds"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:both pulls imported", "1:a pull failed", "2:bad options"})
class BenchFeedsCommand implements Callable<Integer> {

  @Option(
      names = "--services",
      defaultValue = "50000",
      description = "services in the feed (default ${DEFAULT-VALUE})")
  int services;

  @Option(
      names = "--own",
      defaultValue = "100000",
      description = "Alliance's own entries already in the directory (default ${DEFAULT-VALUE})")
  int own;

  @Option(
      names = "--repeats",
      defaultValue = "10000",
      description =
          "how many of the feed's services repeat own entries in the feed's words (default ${DEFAULT-VALUE})")
  int repeats;

  @Option(
      names = "--data-dir",
      description = "a new or empty folder for the benchmark's database (default: a temporary one)")
  Path dataDir;

  @Option(names = "--keep", description = "keep the data folder afterwards")
  boolean keep;

  @Option(names = "--seed", defaultValue = "20261204", description = "seed for the generated feed")
  long seed;

  @Option(
      names = "--report",
      description = "where to write the report (default target/bench-feeds-<time>.txt)")
  Path report;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    return BenchRun.run(
        "bench-feeds",
        report,
        spec.commandLine().getOut(),
        spec.commandLine().getErr(),
        progress ->
            new FeedsBench(
                    new FeedsBench.Sizes(services, own, repeats),
                    dataDir,
                    keep,
                    seed,
                    BenchRun::application,
                    progress)
                .run(),
        (result, when) -> result.lines(),
        FeedsBench.Result::clean);
  }
}
