package org.alliance.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
import org.alliance.database.SchemaOwner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@AllianceTest
class AuditSearchTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired AuditLog audit;
  @Autowired TransactionTemplate transaction;

  @Autowired SchemaOwner schemaOwner;

  private WebSession admin;

  @BeforeEach
  void signIn() throws Exception {
    admin = WebSession.signedIn(port, "admin", "alliance-demo");
  }

  @Test
  void findsWhatOneUserDidWhateverTheCaseTheyTypeItIn() throws Exception {
    HttpResponse<String> page = admin.get("/admin/audit?user=ADMIN");

    long admins = count("lower(actor_username) = 'admin'");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("of " + admins + " entries", "sign-in", "audit.searched")
        .doesNotContain(">system<");
  }

  @Test
  void findsEverythingDoneToOneSubject() throws Exception {
    String subject = UUID.randomUUID().toString();
    recordSystem(AuditEntry.of("test.poked", "widget", subject).withDetail("first poke"));
    recordSystem(AuditEntry.of("test.prodded", "widget", subject));
    recordSystem(AuditEntry.of("test.poked", "widget", UUID.randomUUID()));

    HttpResponse<String> page = admin.get("/admin/audit?subjectType=widget&subjectId=" + subject);

    assertThat(page.body()).contains("Showing 1 to 2 of 2 entries", "first poke", "test.prodded");
    assertThat(page.body().indexOf("test.prodded"))
        .as("newest first")
        .isLessThan(page.body().indexOf("test.poked"));
  }

  @Test
  void findsActionsByTheirStartAndByDay() throws Exception {
    String today = java.time.LocalDate.now(AuditFilter.UK).toString();

    HttpResponse<String> page =
        admin.get("/admin/audit?action=audit.&from=" + today + "&to=" + today);

    assertThat(page.body()).contains("audit.searched").doesNotContain(">sign-in");
    assertThat(admin.get("/admin/audit?action=audit.&to=2000-01-01").body())
        .contains("No audit entries match your search.");
  }

  @Test
  void rejectsADateThatDoesNotExist() throws Exception {
    HttpResponse<String> page = admin.get("/admin/audit?from=2026-02-30&user=admin");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains(
            "<title>Error: Audit log",
            "govuk-error-summary",
            "<a href=\"#from\">Date from must be a real date",
            "id=\"from-error\"",
            "value=\"2026-02-30\"")
        .doesNotContain("Showing");
  }

  @Test
  void rejectsMistypedFiltersWithoutFailing() throws Exception {
    HttpResponse<String> page =
        admin.get("/admin/audit?person=not-a-person&from=2026-12-01&to=2026-11-01&page=0");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains(
            "<a href=\"#person\">",
            "<a href=\"#to\">Date to must be the same as or after",
            "Page number must be a whole number, 1 or more");
  }

  @Test
  void recordsEachSearch() throws Exception {
    String marker = "searched-" + UUID.randomUUID();

    admin.get("/admin/audit?subjectId=" + marker);

    assertThat(
            count(
                "action = 'audit.searched' and actor_username = 'admin' and detail like '%"
                    + marker
                    + "%'"))
        .isEqualTo(1);
  }

  @Test
  void downloadsTheSearchAsCsv() throws Exception {
    String subject = UUID.randomUUID().toString();
    recordSystem(AuditEntry.of("test.exported", "widget", subject).withDetail("=HYPERLINK(\"x\")"));

    HttpResponse<String> csv = admin.get("/admin/audit.csv?subjectId=" + subject);

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment")
        .contains("audit-log.csv");
    assertThat(csv.body().lines()).hasSize(2);
    assertThat(csv.body())
        .startsWith("id,when,user,organisation,action,")
        .contains("test.exported", "'=HYPERLINK");
    assertThat(count("action = 'audit.searched' and detail like 'Downloaded%" + subject + "%'"))
        .isEqualTo(1);
  }

  /** The application's role may not even try (AuditTrustTests); the triggers stop the owner. */
  @Test
  void keepsEntriesForeverUnchangedEvenByTheSchemasOwner() {
    recordSystem(AuditEntry.of("test.permanent", "widget", UUID.randomUUID()));
    JdbcClient asOwner = JdbcClient.create(schemaOwner.dataSource());

    assertThatThrownBy(
            () -> asOwner.sql("update audit.audit_event set detail = 'rewritten'").update())
        .isInstanceOf(DataAccessException.class)
        .rootCause()
        .hasMessageContaining("append-only");
    assertThatThrownBy(
            () ->
                asOwner
                    .sql("delete from audit.audit_event where action = 'test.permanent'")
                    .update())
        .isInstanceOf(DataAccessException.class)
        .rootCause()
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> asOwner.sql("truncate audit.audit_event").update())
        .isInstanceOf(DataAccessException.class)
        .rootCause()
        .hasMessageContaining("append-only");
    assertThat(count("action = 'test.permanent'")).isPositive();
  }

  @Test
  void keepsTheLogFromEveryoneButAdministrators() throws Exception {
    WebSession practitioner = WebSession.signedIn(port, "practitioner", "alliance-demo");

    assertThat(practitioner.get("/admin/audit").statusCode()).isEqualTo(403);
    assertThat(practitioner.get("/admin/audit.csv").statusCode()).isEqualTo(403);
  }

  private void recordSystem(AuditEntry entry) {
    transaction.executeWithoutResult(status -> audit.recordSystem(entry));
  }

  // Conditions are fixed text in this test class, never user input.
  private long count(String condition) {
    return jdbc.sql("select count(*) from audit.audit_event where " + condition)
        .query(Long.class)
        .single();
  }
}
