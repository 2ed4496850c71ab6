package org.alliance;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.alliance.bench.OutcomesBench;
import org.alliance.bench.OutcomesBenchSettings;
import org.alliance.bench.OutcomesResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "bench-outcomes",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark the outcomes framework: start the web application on a fresh embedded database",
      "(demo alliance loaded), generate bench-support's data set (people, contacts, referrals, plans,",
      "NDTMS details) in SQL, fill the monthly tallies, then time recomputing the whole framework for",
      "the last twelve full months, time how long ten missed appointments take to show in the public",
      "API, and drive the dashboards with signed-in commissioners from a separate JVM over loopback.",
      "Prints a report (also written to --report). Never touches ./data.",
      "Large runs need heap: JAVA_OPTS=-Xmx4g ./alliance bench-outcomes"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the benchmark ran and every request answered as expected",
      "1:a request failed or a step could not run",
      "2:bad options"
    })
class BenchOutcomesCommand implements Callable<Integer> {

  @Option(
      names = "--people",
      defaultValue = "300000",
      description = "people to generate (default ${DEFAULT-VALUE})")
  int people;

  @Option(
      names = "--contacts",
      defaultValue = "10000000",
      description = "contacts and appointments, about (default ${DEFAULT-VALUE})")
  long contacts;

  @Option(
      names = "--referrals",
      defaultValue = "1000000",
      description = "referrals, about (default ${DEFAULT-VALUE})")
  long referrals;

  @Option(
      names = "--plan-people",
      defaultValue = "2000",
      description = "people given five years of plan with goal ratings (default ${DEFAULT-VALUE})")
  int planPeople;

  @Option(
      names = "--clients",
      defaultValue = "20",
      description = "concurrent signed-in commissioners (default ${DEFAULT-VALUE})")
  int clients;

  @Option(
      names = "--seconds",
      defaultValue = "30",
      description = "measured seconds of load per page (default ${DEFAULT-VALUE})")
  int seconds;

  @Option(
      names = "--warmup-seconds",
      defaultValue = "10",
      description = "unmeasured seconds of load first (default ${DEFAULT-VALUE})")
  int warmupSeconds;

  @Option(
      names = "--recomputations",
      defaultValue = "3",
      description = "times the whole framework is recomputed (default ${DEFAULT-VALUE})")
  int recomputations;

  @Option(
      names = "--data-dir",
      description = "a new or empty folder for the benchmark's database (default: a temporary one)")
  Path dataDir;

  @Option(names = "--keep", description = "keep the data folder afterwards")
  boolean keep;

  @Option(names = "--seed", defaultValue = "20260601", description = "seed for the generated data")
  long seed;

  @Option(
      names = "--report",
      description = "where to write the report (default target/bench-outcomes-<time>.txt)")
  Path report;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    OutcomesBenchSettings settings;
    try {
      settings =
          new OutcomesBenchSettings(
              people,
              contacts,
              referrals,
              planPeople,
              clients,
              seconds,
              warmupSeconds,
              recomputations,
              dataDir,
              keep,
              seed);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return 2;
    }
    return BenchRun.run(
        "bench-outcomes",
        report,
        out,
        err,
        progress -> new OutcomesBench(settings, BenchRun::application, progress).run(),
        OutcomesResult::lines,
        OutcomesResult::clean);
  }
}
