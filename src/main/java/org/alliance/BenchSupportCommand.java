package org.alliance;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.alliance.bench.SupportBench;
import org.alliance.bench.SupportBenchSettings;
import org.alliance.bench.SupportReport;
import org.alliance.bench.SupportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "bench-support",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark the shared person record: start the web application on a fresh embedded database",
      "(demo alliance loaded), generate people, contacts, case notes and referrals in SQL (with five-year",
      "plans for five people a client and every episode's NDTMS details), sign practitioners in over HTTP,",
      "then open records, find people by name and date of birth, run registration's match check and open",
      "plans from a load generator outside the server's JVM (wrk when installed), each beside the same",
      "work as bare SQL; then, signed in as people to their own accounts, open \"My plan\" (each person",
      "a five-year plan); last, download last month's NDTMS extract for each member with curl as its",
      "data lead. Prints a report (also written to --report). Never touches ./data.",
      "Large runs need heap: JAVA_OPTS=-Xmx4g ./alliance bench-support",
      "One workload only (the data is generated all the same): --only my-plan"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the benchmark ran and every request answered as expected",
      "1:a request failed or a step could not run",
      "2:bad options"
    })
class BenchSupportCommand implements Callable<Integer> {

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
      names = "--case-notes",
      defaultValue = "-1",
      description = "case notes, about (default: two a person)")
  long caseNotes;

  @Option(
      names = "--clients",
      defaultValue = "20",
      description = "concurrent clients, each a practitioner signed in (default ${DEFAULT-VALUE})")
  int clients;

  @Option(
      names = "--my-plan-clients",
      defaultValue = "50",
      description =
          "concurrent people in the my-plan workload, each signed in to their own account"
              + " (default ${DEFAULT-VALUE})")
  int myPlanClients;

  @Option(
      names = "--person-accounts",
      defaultValue = "200",
      description =
          "people given their own account and a five-year plan, at least --my-plan-clients; a few"
              + " proxies besides (default ${DEFAULT-VALUE})")
  int personAccounts;

  @Option(
      names = "--only",
      split = ",",
      paramLabel = "WORKLOAD",
      description =
          "run only these workloads, of record, search, match, plan, my-plan and ndtms (the data is"
              + " generated all the same; default: all)")
  java.util.Set<String> only;

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
      names = "--per-client",
      defaultValue = "200",
      description = "different requests in each client's list (default ${DEFAULT-VALUE})")
  int perClient;

  @Option(
      names = "--sql-iterations",
      defaultValue = "200",
      description = "requests in each one-connection bare SQL run (default ${DEFAULT-VALUE})")
  int sqlIterations;

  @Option(
      names = "--load-generator",
      defaultValue = "auto",
      description =
          "wrk, java (a separate JVM) or auto: wrk when installed (default ${DEFAULT-VALUE})")
  String generator;

  @Option(
      names = "--wrk-script",
      defaultValue = "bench/support-load.lua",
      description = "the Lua script wrk runs (default ${DEFAULT-VALUE})")
  Path wrkScript;

  @Option(
      names = "--data-dir",
      description = "a new or empty folder for the benchmark's database (default: a temporary one)")
  Path dataDir;

  @Option(
      names = "--keep",
      description = "keep the data folder (database, request plans, load logs) afterwards")
  boolean keep;

  @Option(names = "--seed", defaultValue = "20260601", description = "seed for the generated data")
  long seed;

  @Option(
      names = "--report",
      description = "where to write the report (default target/bench-support-<time>.txt)")
  Path report;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SupportBenchSettings settings;
    try {
      settings =
          new SupportBenchSettings(
              people,
              contacts,
              referrals,
              caseNotes < 0 ? 2L * people : caseNotes,
              clients,
              seconds,
              warmupSeconds,
              perClient,
              sqlIterations,
              dataDir,
              keep,
              seed,
              generator,
              wrkScript,
              myPlanClients,
              personAccounts,
              only);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return 2;
    }
    return BenchRun.run(
        "bench-support",
        report,
        out,
        err,
        progress -> new SupportBench(settings, BenchRun::application, progress).run(),
        SupportReport::lines,
        SupportResult::clean);
  }
}
