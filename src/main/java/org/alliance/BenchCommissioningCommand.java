package org.alliance;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import org.alliance.bench.CommissioningBench;
import org.alliance.bench.CommissioningBenchSettings;
import org.alliance.bench.CommissioningReport;
import org.alliance.bench.CommissioningResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "bench-commissioning",
    mixinStandardHelpOptions = true,
    description = {
      // One string a paragraph: picocli wraps each at the terminal's width.
      "Benchmark commissioning: start the web application on a fresh embedded database (demo"
          + " alliance loaded), add member organisations, generate contracts (providers, council"
          + " shares, options, values and funding by year), years of open-book ledger (budgets,"
          + " lines, allocations, spend, corrections) and options-appraisal scenarios in SQL, sign"
          + " commissioners and alliance managers in over HTTP, then open the contract register,"
          + " the composite financial report, a scenario comparison and the needs page (for the"
          + " county, given 100 generated wards through the needs importer, and for each ward) from"
          + " a load generator in a JVM of its own; last, download the OCDS release package with curl. Prints a report"
          + " (also written to --report). Never touches ./data.",
      "Large runs need heap: JAVA_OPTS=-Xmx4g ./alliance bench-commissioning"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the benchmark ran and every request answered as expected",
      "1:a request failed or a step could not run",
      "2:bad options"
    })
class BenchCommissioningCommand implements Callable<Integer> {

  @Option(
      names = "--contracts",
      defaultValue = "2000",
      description = "contracts to generate (default ${DEFAULT-VALUE})")
  int contracts;

  @Option(
      names = "--members",
      defaultValue = "50",
      description = "member organisations to add, each with its ledger (default ${DEFAULT-VALUE})")
  int members;

  @Option(
      names = "--years",
      defaultValue = "10",
      description = "financial years of ledger, to this one (default ${DEFAULT-VALUE})")
  int years;

  @Option(
      names = "--clients",
      defaultValue = "20",
      description = "concurrent signed-in sessions in each workload (default ${DEFAULT-VALUE})")
  int clients;

  @Option(
      names = "--seconds",
      defaultValue = "30",
      description = "measured seconds of load per workload (default ${DEFAULT-VALUE})")
  int seconds;

  @Option(
      names = "--warmup-seconds",
      defaultValue = "10",
      description = "unmeasured seconds of load first, per workload (default ${DEFAULT-VALUE})")
  int warmupSeconds;

  @Option(
      names = "--only",
      split = ",",
      paramLabel = "WORKLOAD",
      description =
          "run only these workloads, of register, report, scenarios, ocds and needs (the data is"
              + " generated all the same; default: all)")
  Set<String> only;

  @Option(
      names = "--data-dir",
      description = "a new or empty folder for the benchmark's database (default: a temporary one)")
  Path dataDir;

  @Option(
      names = "--keep",
      description = "keep the data folder (database, request plans, load logs) afterwards")
  boolean keep;

  @Option(
      names = "--report",
      description = "where to write the report (default target/bench-commissioning-<time>.txt)")
  Path report;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CommissioningBenchSettings settings;
    try {
      settings =
          new CommissioningBenchSettings(
              contracts, members, years, clients, seconds, warmupSeconds, dataDir, keep, only);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return 2;
    }
    return BenchRun.run(
        "bench-commissioning",
        report,
        out,
        err,
        progress -> new CommissioningBench(settings, BenchRun::application, progress).run(),
        CommissioningReport::lines,
        CommissioningResult::clean);
  }
}
