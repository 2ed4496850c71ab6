package org.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.UUID;
import org.alliance.database.SchemaOwner;
import org.alliance.organisation.Organisation;
import org.alliance.organisation.OrganisationDetails;
import org.alliance.organisation.OrganisationType;
import org.alliance.organisation.Organisations;
import org.alliance.organisation.Relationship;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code ./alliance export-ndtms}: the extract to a file with the rejections on stderr, {@code
 * --strict} turning rejections into exit code 3, and each mistake (a month that is not one, an
 * unknown member, a file that cannot be written) one line on stderr with no stack trace.
 */
@AllianceTest
class ExportNdtmsCommandTests {

  @TempDir Path temp;
  @Autowired SchemaOwner owner;
  @Autowired Organisations organisations;
  @Autowired JdbcClient jdbc;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final ByteArrayOutputStream console = new ByteArrayOutputStream();
  private PrintStream systemOut;
  private PrintStream systemErr;

  @BeforeEach
  void useTheTestsDatabase() throws Exception {
    try (Connection connection = owner.dataSource().getConnection()) {
      System.setProperty("DATABASE_URL", connection.getMetaData().getURL() + "?user=postgres");
    }
    System.setProperty("ALLIANCE_DATA_DIR", temp.resolve("data").toString());
    systemOut = System.out;
    systemErr = System.err;
    System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void putThemBack() {
    System.setOut(systemOut);
    System.setErr(systemErr);
    System.clearProperty("DATABASE_URL");
    System.clearProperty("ALLIANCE_DATA_DIR");
  }

  @Test
  void mistakesAreOneLineEach() throws Exception {
    assertOneLine(
        run("export-ndtms", "--month", "2026-13"),
        "Not a month: 2026-13 (months run from 01 to 12)");
    assertOneLine(
        run("export-ndtms", "--month", "May 2026"),
        "Not a month: May 2026 (expected YYYY-MM, like 2026-05)");
    assertOneLine(
        run("export-ndtms", "--month", "2025-11", "--to", temp.toString()),
        "Cannot write to " + temp + ": it is a folder, not a file");
    Path nowhere = temp.resolve("no-such-folder/ndtms.csv");
    assertOneLine(
        run("export-ndtms", "--month", "2025-11", "--to", nowhere.toString()),
        "Cannot write to " + nowhere + ": no such folder");
    assertOneLine(
        run("export-ndtms", "--month", "2025-11", "--member", "Zq Nobody At All"),
        "No member of the alliance has the name or id Zq Nobody At All");
  }

  @Test
  void theExtractToAFileAndTheRejectionsOnStderr() throws Exception {
    Organisation member =
        organisations.create(
            new OrganisationDetails(
                "Zq NDTMS command member",
                OrganisationType.CHARITY,
                Relationship.MEMBER,
                null,
                null,
                null),
            true);
    jdbc.sql("insert into support.ndtms_agency (member_id, agency_code) values (:m, 'ZQCMD')")
        .param("m", member.id())
        .update();
    UUID user =
        jdbc.sql("select id from identity.app_user where username = 'practitioner'")
            .query(UUID.class)
            .single();
    UUID person =
        jdbc.sql(
                """
                insert into support.person (given_name, family_name, registered_by_member, registered_by)
                values ('Zqcmd', 'Zqrejected', :member, :user) returning id
                """)
            .param("member", member.id())
            .param("user", user)
            .query(UUID.class)
            .single();
    jdbc.sql(
            """
            insert into support.episode (person_id, member_id, opened_on, open_reason, opened_by)
            values (:person, :member, :day, 'Zq', :user)
            """)
        .param("person", person)
        .param("member", member.id())
        .param("day", LocalDate.of(2025, 11, 3))
        .param("user", user)
        .update();
    Path file = temp.resolve("ndtms-2025-11.csv");
    int exit =
        run(
            "export-ndtms",
            "--month",
            "2025-11",
            "--member",
            "zq ndtms command member",
            "--to",
            file.toString(),
            "--strict");
    assertThat(exit).as(everything()).isEqualTo(ExportNdtmsCommand.REJECTED_ROWS);
    assertThat(Files.readString(file))
        .startsWith("AGNCY,CLIENTID,CONSENT,")
        .contains("ZQCMD," + person + ",NA,");
    assertThat(err.toString())
        .contains("rejected: client " + person)
        .contains("their answer about consent to NDTMS is not recorded")
        .contains("no NDTMS treatment details are recorded for this episode")
        .contains("NDTMS return for 2025-11: 1 rows written to")
        .contains("1 of them would be rejected");
    assertThat(everything()).doesNotContain("\tat ", "Exception");
    err.getBuffer().setLength(0);
    assertThat(
            run(
                "export-ndtms",
                "--month",
                "2025-11",
                "--member",
                member.id().toString(),
                "--to",
                file.toString()))
        .as("without --strict, rejections are reported but are no failure")
        .isZero();
  }

  private void assertOneLine(int exitCode, String expected) {
    String all = everything();
    assertThat(exitCode).as(all).isNotZero();
    assertThat(err.toString().strip()).as(all).contains(expected).doesNotContain("\n");
    assertThat(all).doesNotContain("\tat ", "Exception");
    err.getBuffer().setLength(0);
  }

  private String everything() {
    return out + "\n" + err + "\n" + console.toString(StandardCharsets.UTF_8);
  }

  private int run(String... args) {
    return AllianceCommand.commandLine()
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute(args);
  }
}
