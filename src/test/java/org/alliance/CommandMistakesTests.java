package org.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's mistake on the command line ends in one line on stderr and a non-zero exit code, never a
 * stack trace: through the same entry point as the jar's main method, watching the console too
 * (where the application's log goes).
 */
class CommandMistakesTests {

  @TempDir Path temp;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final ByteArrayOutputStream console = new ByteArrayOutputStream();
  private PrintStream systemOut;
  private PrintStream systemErr;

  @BeforeEach
  void watchTheConsole() {
    System.setProperty("ALLIANCE_DATA_DIR", temp.resolve("data").toString());
    System.setProperty("logging.level.root", "WARN");
    systemOut = System.out;
    systemErr = System.err;
    System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void putItBack() {
    System.setOut(systemOut);
    System.setErr(systemErr);
    System.clearProperty("ALLIANCE_DATA_DIR");
    System.clearProperty("logging.level.root");
    System.clearProperty("DATABASE_URL");
  }

  @Test
  void aMissingFile() {
    assertOneLine(
        run("import-directory", temp.resolve("missing.json").toString()),
        "Cannot read " + temp.resolve("missing.json") + ": no such file or folder");
    assertOneLine(
        run("import-postcodes", temp.resolve("missing.csv").toString()),
        "Cannot read " + temp.resolve("missing.csv") + ": no such file");
  }

  @Test
  void aFolderWhereAFileIsNeeded() {
    assertOneLine(run("import-postcodes", temp.toString()), "is a folder");
  }

  @Test
  void aFileWhereAFolderIsNeeded() throws Exception {
    Path file = Files.writeString(temp.resolve("export"), "not a folder");
    assertOneLine(run("export-directory", file.toString()), "is a file, not a folder");
  }

  @Test
  void importMeasureMistakes() throws Exception {
    assertOneLine(
        run("import-measure", temp.resolve("missing.json").toString()),
        "Cannot read " + temp.resolve("missing.json") + ": no such file");
    assertOneLine(run("import-measure", temp.toString()), "is a folder");
    Path notJson = Files.writeString(temp.resolve("measure.json"), "{\"code\": ");
    assertOneLine(run("import-measure", notJson.toString()), ": not JSON: ");
    Path array = Files.writeString(temp.resolve("array.json"), "[]");
    assertOneLine(run("import-measure", array.toString()), "must hold one JSON object");
    // A file that is JSON but wrong lists each problem with its pointer, and still no stack trace.
    Path wrong =
        Files.writeString(
            temp.resolve("wrong.json"),
            "{\"format\": \"alliance-measure/1\", \"code\": \"X\", \"name\": \"x\","
                + " \"version\": \"1\", \"licence\": \"x\", \"scales\": [{\"code\": \"s\","
                + " \"kind\": \"yes-no\"}], \"items\": [{\"code\": \"A\", \"text\": \"a\","
                + " \"scale\": \"t\"}, {\"code\": \"A\", \"text\": \"b\", \"scale\": \"s\"}]}");
    assertThat(run("import-measure", wrong.toString())).isEqualTo(1);
    assertThat(err.toString())
        .contains("Refused: 2 problems in wrong.json, nothing was imported")
        .contains("wrong.json /items/0/scale: no scale has the code \"t\"")
        .contains("wrong.json /items/1/code: the item code \"A\" is used twice");
    assertThat(out + err.toString() + console).doesNotContain("\tat ", "Exception");
  }

  @Test
  void aBadOptionOrCommand() {
    assertThat(run("import-directory", "--frobnicate", "x")).isEqualTo(2);
    assertThat(err.toString().strip())
        .contains("Unknown option: '--frobnicate'")
        .doesNotContain("\n");
    err.getBuffer().setLength(0);
    assertThat(run("launch-rockets")).isEqualTo(2);
    assertThat(err.toString().strip()).contains("Unmatched argument").doesNotContain("\n");
    err.getBuffer().setLength(0);
    assertThat(run("import-postcodes")).isEqualTo(2);
    assertThat(err.toString().strip()).contains("Missing required parameter").doesNotContain("\n");
  }

  @Test
  void aMalformedPersonIdOrNoFolder() {
    assertOneLine(
        run("export-person", "not-a-uuid", "--to", temp.toString()),
        "Not a record id: not-a-uuid (expected a UUID)");
    assertThat(run("export-person", "2b0c5d4e-8f6a-4b1c-9d3e-7a5f6b8c9d0e")).isEqualTo(2);
    assertThat(err.toString().strip()).contains("Missing required option").doesNotContain("\n");
  }

  @Test
  void aMalformedDatabaseUrl() throws Exception {
    System.setProperty("DATABASE_URL", "mysql://db.internal/alliance");
    Path folder = Files.createDirectory(temp.resolve("out"));
    assertOneLine(
        run("export-directory", folder.toString()), "DATABASE_URL must start with postgres://");
  }

  @Test
  void aDatabaseUrlNobodyAnswers() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    System.setProperty(
        "DATABASE_URL", "postgres://alliance:secret@localhost:" + port + "/alliance");
    Path folder = Files.createDirectory(temp.resolve("out"));
    assertOneLine(run("export-directory", folder.toString()), "Cannot connect to PostgreSQL");
    assertThat(err.toString()).doesNotContain("secret");
  }

  private void assertOneLine(int exitCode, String expected) {
    String all = out + "\n" + err + "\n" + console.toString(StandardCharsets.UTF_8);
    assertThat(exitCode).as(all).isNotZero();
    assertThat(err.toString().strip()).as(all).contains(expected).doesNotContain("\n");
    assertThat(all).doesNotContain("\tat ", "Exception");
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    console.reset();
  }

  private int run(String... args) {
    return AllianceCommand.commandLine()
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute(args);
  }
}
