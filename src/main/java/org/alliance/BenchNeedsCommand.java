package org.alliance;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.alliance.bench.NeedsBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "bench-needs",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark the needs import: write a national indicator file in the public health profiles'",
      "export layout, import it into an empty database, then import it again unchanged. Prints a",
      "report (also written to --report). Uses its own embedded PostgreSQL in a fresh temporary",
      "folder (never ./data), deleted unless --keep."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:both imports done", "1:an import was refused", "2:bad options"})
class BenchNeedsCommand implements Callable<Integer> {

  @Option(
      names = "--rows",
      defaultValue = "500000",
      description = "rows in the file (default ${DEFAULT-VALUE})")
  int rows;

  @Option(
      names = "--data-dir",
      description = "a new or empty folder for the benchmark's database (default: a temporary one)")
  Path dataDir;

  @Option(names = "--keep", description = "keep the data folder afterwards")
  boolean keep;

  @Option(names = "--seed", defaultValue = "20261204", description = "seed for the generated file")
  long seed;

  @Option(
      names = "--report",
      description = "where to write the report (default target/bench-needs-<time>.txt)")
  Path report;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    return BenchRun.run(
        "bench-needs",
        report,
        spec.commandLine().getOut(),
        spec.commandLine().getErr(),
        progress ->
            new NeedsBench(rows, dataDir, keep, seed, BenchRun::application, progress).run(),
        (result, when) -> result.lines(),
        NeedsBench.Result::clean);
  }
}
