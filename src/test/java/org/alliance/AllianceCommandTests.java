package org.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The command line lists its commands with and without --help, and refuses what it does not know.
 */
class AllianceCommandTests {

  @Test
  void helpListsEveryCommand() {
    StringWriter out = new StringWriter();
    CommandLine command = new CommandLine(new AllianceCommand()).setOut(new PrintWriter(out));
    assertThat(command.execute("--help")).isZero();
    assertThat(out.toString()).contains("run", "import-postcodes", "test", "DATABASE_URL");
  }

  @Test
  void noArgumentsShowsTheSameList() {
    StringWriter out = new StringWriter();
    CommandLine command = new CommandLine(new AllianceCommand()).setOut(new PrintWriter(out));
    assertThat(command.execute()).isZero();
    assertThat(out.toString()).contains("Commands:", "run");
  }

  @Test
  void anUnknownCommandIsAnError() {
    StringWriter err = new StringWriter();
    CommandLine command = new CommandLine(new AllianceCommand()).setErr(new PrintWriter(err));
    assertThat(command.execute("launch-rockets")).isEqualTo(2);
    assertThat(err.toString()).contains("Unmatched argument");
  }
}
