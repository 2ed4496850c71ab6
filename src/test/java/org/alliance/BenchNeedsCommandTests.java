package org.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code bench-needs} end to end, small: 3,000 rows imported, then again with nothing changed. It
 * checks the figures are reported and both imports went in, not how fast.
 */
class BenchNeedsCommandTests {

  @TempDir Path temp;

  @Test
  void importsAGeneratedFileTwiceAndReportsBoth() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        AllianceCommand.commandLine(CommandLine.defaultFactory())
            .setOut(new PrintWriter(out, true))
            .setErr(new PrintWriter(err, true))
            .execute(
                "bench-needs",
                "--rows",
                "3000",
                "--data-dir",
                temp.resolve("data").toString(),
                "--report",
                temp.resolve("report.txt").toString());
    assertThat(exit).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("a profiles export of 3,000 rows")
        .containsPattern(
            "first import \\(every row new\\): [\\d.]+ s \\(target 30 s: met\\);.*3,000 new")
        .containsPattern(
            "the same file again \\(nothing changes\\): [\\d.]+ s;.*0 new, 0 changed, 3,000 as they were");
    assertThat(
            AllianceCommand.commandLine(CommandLine.defaultFactory())
                .setOut(new PrintWriter(new StringWriter(), true))
                .setErr(new PrintWriter(new StringWriter(), true))
                .execute("bench-needs", "--rows", "0"))
        .isEqualTo(2);
  }
}
