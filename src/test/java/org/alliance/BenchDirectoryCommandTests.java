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
 * {@code bench-directory} end to end, small: a few hundred services, four clients for two seconds.
 * It checks that every figure is reported and every search answered, not how fast anything was.
 */
class BenchDirectoryCommandTests {

  @TempDir Path temp;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void runsEveryStepAndReportsEveryFigure() throws Exception {
    Path data = temp.resolve("bench-data");
    Path report = temp.resolve("report.txt");
    int exit =
        run(
            "bench-directory",
            "--services",
            "300",
            "--clients",
            "4",
            "--seconds",
            "2",
            "--warmup-seconds",
            "1",
            "--sql-iterations",
            "30",
            "--batch-size",
            "200",
            "--data-dir",
            data.toString(),
            "--report",
            report.toString());

    assertThat(exit).as(err.toString()).isZero();
    String text = out.toString();
    assertThat(text)
        .contains("generate 300 services (15 organizations)")
        .containsPattern("import: [\\d.]+ s, 2 importFrom calls of up to 200 services")
        .contains(
            "rows created: ", "service 300", "service_at_location ", "schedule 300", "attribute ")
        .containsPattern("index build: [\\d.]+ s for 300 services")
        .containsPattern(
            "search at 4 clients for 2 s \\(after 1 s warm-up\\), clients in a separate JVM \\(pid"
                + " (\\d+)\\): [\\d,]+ requests, [\\d,]+ req/s, "
                + "p50 [\\d.,]+ ms, p95 [\\d.,]+ ms, p99 [\\d.,]+ ms, max [\\d.,]+ ms, 0 errors")
        .containsPattern(
            "bare index, same searches in process from 4 threads \\(no HTTP\\): [\\d,]+ searches/s,"
                + " p50 [\\d.,]+ ms.*; API at \\d+% of its rate")
        .containsPattern(
            "  words\\+postcode\\+age, 10 a page: API [\\d,]+ req/s, .*; bare index [\\d,]+/s, .*"
                + " API at \\d+% of the bare index's rate")
        .containsPattern("  words only, 10 a page: API [\\d,]+ req/s, .* API at \\d+%")
        .containsPattern("  words only, 50 a page: API [\\d,]+ req/s, .* API at \\d+%")
        .containsPattern("API at 1 client \\(30 searches\\): p50 [\\d.,]+ ms.*, 0 errors")
        .containsPattern(
            "those near a postcode as bare SQL \\(1 client, \\d+ searches.*\\): p50 [\\d.,]+ ms, p95 [\\d.,]+ ms")
        .containsPattern("ratio: bare SQL p50 / API p50 at 1 client = [\\d.]+x")
        .contains("load average");
    java.util.regex.Matcher pid =
        java.util.regex.Pattern.compile("separate JVM \\(pid (\\d+)\\)").matcher(text);
    assertThat(pid.find()).isTrue();
    assertThat(Long.parseLong(pid.group(1)))
        .as("the clients ran in a process of their own")
        .isNotEqualTo(ProcessHandle.current().pid());
    assertThat(Files.readString(report)).contains("index build:", "ratio:");
    assertThat(data).as("the benchmark's folder is emptied unless --keep").isEmptyDirectory();
  }

  @Test
  void refusesAFolderThatHoldsAnything() throws Exception {
    Files.writeString(temp.resolve("precious.txt"), "not the benchmark's");
    assertThat(run("bench-directory", "--services", "10", "--data-dir", temp.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--data-dir must be a new or empty folder");
    assertThat(temp.resolve("precious.txt")).exists();
  }

  @Test
  void theCommandIsListed() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("bench-directory");
  }

  private int run(String... args) {
    return new CommandLine(new AllianceCommand())
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute(args);
  }
}
