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
 * {@code bench-outcomes} end to end, tiny: three hundred people, two clients for two seconds a page
 * through the separate-JVM client. It checks that every figure is reported and every step ran, not
 * how fast anything was.
 */
class BenchOutcomesCommandTests {

  @TempDir Path temp;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void recomputesSeesAChangeAndReportsEveryFigure() throws Exception {
    Path report = temp.resolve("report.txt");
    int exit =
        run(
            "bench-outcomes",
            "--people",
            "300",
            "--contacts",
            "6000",
            "--referrals",
            "600",
            "--plan-people",
            "10",
            "--clients",
            "2",
            "--seconds",
            "2",
            "--warmup-seconds",
            "1",
            "--recomputations",
            "1",
            "--data-dir",
            temp.resolve("bench-data").toString(),
            "--report",
            report.toString());

    assertThat(exit).as(err + "\n" + out).isZero();
    assertThat(out.toString())
        .containsPattern("First fill of the monthly tallies .*: [\\d.]+ s, [1-9][\\d,]* rows")
        .containsPattern(
            "tallies [\\d.]+ s \\+ 11 indicators' figures .* [\\d.]+ s = [\\d.]+ s (met|NOT met)")
        .containsPattern("A record change in the figures \\(target 60 s\\): [\\d.]+ s")
        .doesNotContain("NOT seen", "FAILED");
    assertThat(Files.readString(report)).contains("Recomputing the whole framework");
    assertThat(temp.resolve("bench-data")).as("emptied unless --keep").isEmptyDirectory();
  }

  @Test
  void refusesBadSizes() {
    assertThat(run("bench-outcomes", "--people", "-5")).isEqualTo(2);
    assertThat(err.toString()).contains("--people");
  }

  private int run(String... args) {
    return new CommandLine(new AllianceCommand())
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute(args);
  }
}
