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
 * {@code bench-commissioning} end to end, tiny: forty contracts and two years of ledger for three
 * members, two clients for two seconds a workload through the separate-JVM client, and the OCDS
 * package downloaded with curl. It checks that every figure is reported and every request answered
 * as expected, not how fast anything was.
 */
class BenchCommissioningCommandTests {

  @TempDir Path temp;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void runsEveryWorkloadAndReportsEveryFigure() throws Exception {
    Path report = temp.resolve("report.txt");
    int exit =
        run(
            "bench-commissioning",
            "--contracts",
            "40",
            "--members",
            "3",
            "--years",
            "2",
            "--clients",
            "2",
            "--seconds",
            "2",
            "--warmup-seconds",
            "1",
            "--data-dir",
            temp.resolve("bench-data").toString(),
            "--report",
            report.toString());

    assertThat(exit).as(err + "\n" + out).isZero();
    String text = out.toString();
    assertThat(text)
        .containsPattern("generate in SQL: [\\d.]+ s \\(40 contracts, 2 years of ledger for 3")
        .containsPattern("rows: .*contract [\\d,]+")
        .containsPattern("2 commissioners and 2 alliance managers signed in over HTTP")
        .containsPattern(
            "contract register at 2 clients for 2 s \\(after 1 s warm-up\\), .* \\(pid \\d+\\):"
                + " [1-9][\\d,]* requests, .*, 0 errors")
        .containsPattern(
            "composite financial report at 2 clients .*: [1-9][\\d,]* requests, .*, 0 errors")
        .containsPattern("scenario comparison at 2 clients .*: [1-9][\\d,]* requests, .*, 0 errors")
        .containsPattern("needs page, county at 2 clients .*: [1-9][\\d,]* requests, .*, 0 errors")
        .containsPattern("needs page, wards at 2 clients .*: [1-9][\\d,]* requests, .*, 0 errors")
        .containsPattern(
            "ocds export: GET /api/commissioning/ocds/release-package, 3 full downloads .*"
                + " a release package, 40 of 40 generated contracts named")
        .contains("| workload | clients | p50 / p95 / p99 / max | req/s | errors | target |")
        .contains("EXPLAIN (ANALYZE, BUFFERS): composite report")
        .doesNotContain("NOT run", "(error: ");
    assertThat(Files.readString(report)).contains("contract register", "scenario comparison");
    assertThat(temp.resolve("bench-data")).as("emptied unless --keep").isEmptyDirectory();
  }

  @Test
  void refusesAnUnknownWorkloadAndAFolderThatHoldsAnything() throws Exception {
    assertThat(run("bench-commissioning", "--only", "register,everything")).isEqualTo(2);
    assertThat(err.toString()).contains("--only");
    Files.writeString(temp.resolve("precious.txt"), "not the benchmark's");
    assertThat(run("bench-commissioning", "--data-dir", temp.toString())).isEqualTo(2);
    assertThat(temp.resolve("precious.txt")).exists();
  }

  private int run(String... args) {
    return new CommandLine(new AllianceCommand())
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute(args);
  }
}
