package org.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.alliance.database.SchemaOwner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;

/**
 * {@code alliance search-quality}, pointed at the test application's throw-away database: the
 * judged set kept with the code reported before and after, a set of one's own read, a bad one
 * refused with its line.
 */
@AllianceTest
class SearchQualityCommandTests {

  @Autowired DataSource dataSource;
  @Autowired SchemaOwner schemaOwner;

  @TempDir Path folder;

  private String[] springArguments;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void pointAtTheTestDatabase() throws Exception {
    springArguments = TestDatabaseArguments.of(dataSource, schemaOwner);
  }

  @Test
  void reportsTheJudgedSetAsTypedAndAsRead() throws Exception {
    assertThat(run()).isZero();
    assertThat(out.toString())
        .contains("judged searches against", "missed    top 3     weed -> ")
        .containsPattern(
            "Expected service in the top three: as typed \\(before\\) \\d+ of \\d+ \\(\\d+%\\); as read \\(after\\) \\d+ of \\d+ \\(\\d+%\\)");

    Path own = folder.resolve("judged.csv");
    Files.writeString(own, "search,expected\nbooze,Alcohol Advice Drop-in|Drink Less, Live More\n");
    assertThat(run("--judged", own.toString())).isZero();
    assertThat(out.toString()).contains("1 judged searches");
  }

  @Test
  void aBadJudgedSetIsRefusedWithItsLineAndNoStackTrace() throws Exception {
    Path bad = folder.resolve("bad.csv");
    Files.writeString(bad, "search,expected\nweed,\n");
    assertThat(run("--judged", bad.toString())).isNotZero();
    assertThat(err.toString())
        .contains("Line 2: give a search and at least one expected service")
        .doesNotContain("Exception");
    assertThat(run("--judged", folder.resolve("missing.csv").toString())).isNotZero();
    assertThat(err.toString()).doesNotContain("Exception");
  }

  private int run(String... arguments) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    String[] args = new String[arguments.length + 1];
    args[0] = "search-quality";
    System.arraycopy(arguments, 0, args, 1, arguments.length);
    CommandLine command =
        AllianceCommand.commandLine(
            new CommandLine.IFactory() {
              @Override
              public <K> K create(Class<K> type) throws Exception {
                return type == SearchQualityCommand.class
                    ? type.cast(new SearchQualityCommand(springArguments))
                    : CommandLine.defaultFactory().create(type);
              }
            });
    return command
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute(args);
  }
}
