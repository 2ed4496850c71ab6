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
 * {@code bench-feeds} end to end, small: a feed of 250 services in three pages, 40 of them
 * repeating 500 own entries, pulled twice with the duplicate queue filled. It checks that every
 * figure is reported, both pulls imported and the repeats were found, not how fast any of it was.
 */
class BenchFeedsCommandTests {

  @TempDir Path temp;

  @Test
  void pullsAGeneratedFeedTwiceAndReportsBoth() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path report = temp.resolve("report.txt");
    int exit =
        AllianceCommand.commandLine(CommandLine.defaultFactory())
            .setOut(new PrintWriter(out, true))
            .setErr(new PrintWriter(err, true))
            .execute(
                "bench-feeds",
                "--services",
                "250",
                "--own",
                "500",
                "--repeats",
                "40",
                "--data-dir",
                temp.resolve("data").toString(),
                "--report",
                report.toString());
    assertThat(exit).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("a generated ORUK 3.0 feed of 250 services in 3 pages of 100")
        .containsPattern(
            "first pull and reconcile \\(every record new, then the duplicate queue filled\\): [\\d.]+ s"
                + " \\(target 120 s: met\\); 3 pages, 250 records: 250 taken \\(\\d+ after repairs\\),"
                + " 0 skipped")
        .containsPattern(
            "duplicate matching alone, 250 feed records against 500 own: [\\d.]+ s \\(target 60 s:"
                + " met\\); \\d+ pairs wait for review")
        .containsPattern("of the 40 repeats, (3[6-9]|40) found")
        .containsPattern(
            "second pull \\(unchanged, no validators, so every page again\\): [\\d.]+ s");
    assertThat(Files.readString(report)).contains("first pull");
    assertThat(run("bench-feeds", "--services", "0")).isEqualTo(2);
    assertThat(run("bench-feeds", "--services", "10", "--own", "5", "--repeats", "6")).isEqualTo(2);
  }

  private int run(String... args) {
    return AllianceCommand.commandLine(CommandLine.defaultFactory())
        .setOut(new PrintWriter(new StringWriter(), true))
        .setErr(new PrintWriter(new StringWriter(), true))
        .execute(args);
  }
}
