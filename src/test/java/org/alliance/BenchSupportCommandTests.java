package org.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code bench-support} end to end, tiny: a few hundred people, three clients for two seconds a
 * workload (the plan's too, and three people opening their own plans), through wrk when it is
 * installed and through the separate-JVM client otherwise, then each member's NDTMS extract through
 * curl; and once with {@code --only my-plan}. It checks that every figure is reported and every
 * request answered, not how fast anything was.
 */
class BenchSupportCommandTests {

  @TempDir Path temp;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void runsEveryWorkloadAndReportsEveryFigure() throws Exception {
    Path data = temp.resolve("bench-data");
    Path report = temp.resolve("report.txt");
    int exit =
        run(
            "bench-support",
            "--people",
            "400",
            "--contacts",
            "12000",
            "--referrals",
            "1200",
            "--clients",
            "3",
            "--my-plan-clients",
            "3",
            "--person-accounts",
            "6",
            "--seconds",
            "2",
            "--warmup-seconds",
            "1",
            "--per-client",
            "10",
            "--sql-iterations",
            "10",
            "--data-dir",
            data.toString(),
            "--report",
            report.toString());

    assertThat(exit).as(err.toString()).isZero();
    String text = out.toString();
    assertThat(text)
        .containsPattern("generate in SQL: [\\d.]+ s .*; ANALYZE [\\d.]+ s")
        .containsPattern(
            "rows: person [\\d,]+, .*contact [\\d,]+, case_note [\\d,]+, referral [\\d,]+")
        .contains("3 practitioners signed in over HTTP")
        .containsPattern(
            "open a record at 3 clients for 2 s \\(after 1 s warm-up\\), .* \\(pid \\d+\\):"
                + " [\\d,]+ requests, [\\d,]+ req/s, p50 [\\d.,]+ ms, p95 [\\d.,]+ ms, p99 [\\d.,]+ ms,"
                + " max [\\d.,]+ ms, 0 errors")
        .containsPattern("find by name and date of birth at 3 clients .*, 0 errors")
        .containsPattern("registration's match check at 3 clients .*, 0 errors")
        .containsPattern("open a plan and its journey chart at 3 clients .*, 0 errors")
        .containsPattern(
            "own accounts: 6 people's own accounts \\(relation self, every part\\) and 1 proxies"
                + " .* made in [\\d.]+ s, .*; 3 people signed in over HTTP in [\\d.]+ s")
        .containsPattern(
            "my plan page at this build: first goal shown, journey chart shown; a proxy's page"
                + " opens the person's plan, without the person's own links; one person's plan"
                + " holds plan_entry 10, plan_network_member 8, plan_goal 20, .*plan_goal_rating 400")
        .containsPattern(
            "a person opens their own plan \\(/my-plan\\) at 3 clients for 2 s \\(after 1 s"
                + " warm-up\\), .*: [\\d,]+ requests, .*, 0 errors \\(target p95 under 100 ms: ")
        .containsPattern(
            "\\| a person opens their own plan \\(/my-plan\\) \\| 3 \\| [\\d.,]+ / [\\d.,]+ /"
                + " [\\d.,]+ ms \\| [\\d,]+ \\| 0 \\| [\\d,]+/s, p50 [\\d.,]+ ms \\| [\\d.,]+ ms \\|"
                + " 100 ms: (met|not met) \\|")
        .contains("EXPLAIN (ANALYZE, BUFFERS): my plan: the goals")
        .containsPattern(
            "plan page at this build: journey chart shown; one plan holds plan_entry 10,"
                + " plan_network_member 8, plan_goal 20, .*plan_review 20, plan_goal_rating 400,"
                + " plan_contribution 5, measure_recording 1[23], contact [\\d,]+")
        .containsPattern("plans and NDTMS details in SQL: [\\d.]+ s; rows: plan [\\d,]+, ")
        .containsPattern(
            "ndtms extract for \\d{4}-\\d{2}: [1-9][\\d,]* rows, [\\d.,]+ MB in [\\d.]+ s over \\d+"
                + " members, .*; heap peak [\\d,]+ MB of max [\\d,]+ MB\\R")
        .containsPattern("  .+: HTTP 200, [\\d,]+ rows, [\\d.,]+ MB, [\\d.]+ s\\R")
        .doesNotContain("extracts failed", "(error: ")
        .containsPattern(
            "bare SQL, same work from 3 connections: [\\d,]+/s, p50 [\\d.,]+ ms.*; app/SQL: p50 [\\d.]+x,"
                + " p95 [\\d.]+x")
        .containsPattern("bare SQL from 1 connection \\(10 requests\\): p50 [\\d.,]+ ms")
        .containsPattern("heap: [\\d,]+ MB in use after the HTTP runs")
        .contains(
            "caseload (the /people page without a search", "EXPLAIN (ANALYZE, BUFFERS): search for")
        .contains("load average");
    assertThat(Files.readString(report)).contains("registration's match check", "app/SQL");
    assertThat(data).as("the benchmark's folder is emptied unless --keep").isEmptyDirectory();
  }

  /** One workload alone, through the separate-JVM client (the other test uses wrk if it can). */
  @Test
  void runsOnlyTheWorkloadsNamed() throws Exception {
    int exit =
        run(
            "bench-support",
            "--people",
            "300",
            "--contacts",
            "6000",
            "--referrals",
            "600",
            "--clients",
            "2",
            "--my-plan-clients",
            "2",
            "--person-accounts",
            "3",
            "--only",
            "my-plan",
            "--load-generator",
            "java",
            "--seconds",
            "1",
            "--warmup-seconds",
            "0",
            "--per-client",
            "5",
            "--sql-iterations",
            "5",
            "--data-dir",
            temp.resolve("only").toString(),
            "--report",
            temp.resolve("only.txt").toString());

    assertThat(exit).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains(
            "workloads run: my-plan (--only)",
            "practitioners not signed in",
            "ndtms extract: not run")
        .containsPattern(
            "a person opens their own plan \\(/my-plan\\) at 2 clients .*, Java HttpClient in a"
                + " separate JVM \\(pid \\d+\\): [1-9][\\d,]* requests, .*, 0 errors")
        .containsPattern("bare SQL from 1 connection \\(5 requests\\)")
        .doesNotContain(
            "open a record at", "find by name", "match check at", "journey chart at", "caseload (");
  }

  @Test
  void refusesAnUnknownWorkload() {
    assertThat(run("bench-support", "--only", "my-plan,everything")).isEqualTo(2);
    assertThat(err.toString())
        .contains("--only takes workloads of record, search, match, plan, my-plan, ndtms");
  }

  @Test
  void refusesAFolderThatHoldsAnything() throws Exception {
    Files.writeString(temp.resolve("precious.txt"), "not the benchmark's");
    assertThat(run("bench-support", "--people", "100", "--data-dir", temp.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--data-dir must be a new or empty folder");
    assertThat(temp.resolve("precious.txt")).exists();
  }

  @Test
  void refusesAnUnknownLoadGenerator() {
    assertThat(run("bench-support", "--load-generator", "ab")).isEqualTo(2);
    assertThat(err.toString()).contains("--load-generator must be auto, wrk or java");
  }

  @Test
  void theCommandIsListed() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("bench-support");
  }

  private int run(String... args) {
    return new CommandLine(new AllianceCommand())
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute(args);
  }
}
