package org.alliance.directory.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Four-eyes editing over real HTTP: nothing an editor sends is published until someone else who
 * looks after the service approves it; a change made against an older version is refused.
 */
@AllianceTest
class ServiceEditingTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private WebSession editor;
  private WebSession admin;
  private String serviceId;
  private String marker;

  @BeforeEach
  void aServiceTheEditorLooksAfter() {
    editor = WebSession.signedIn(port, "editor", "alliance-demo");
    admin = WebSession.signedIn(port, "admin", "alliance-demo");
    marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    String organization = UUID.randomUUID().toString();
    serviceId = UUID.randomUUID().toString();
    String location = UUID.randomUUID().toString();
    jdbc.sql(
            "insert into directory.organization (id, name, description, alliance_organisation_id) values"
                + " (?, ?, 'Test', (select organisation_id from identity.app_user where username = 'editor'))")
        .param(organization)
        .param("Editing Trust " + marker)
        .update();
    jdbc.sql(
            """
        insert into directory.service (id, organization_id, name, description, status, minimum_age, email, assured_date)
        values (?, ?, ?, 'Advice about drinking.', 'active', 18, 'old@example.org', current_date - 30)""")
        .param(serviceId)
        .param(organization)
        .param("Alcohol advice " + marker)
        .update();
    jdbc.sql(
            "insert into directory.location (id, location_type, name) values (?, 'physical', 'The hub')")
        .param(location)
        .update();
    jdbc.sql(
            """
        insert into directory.address (id, location_id, address_1, city, state_province, postal_code, country, address_type)
        values (?, ?, '1 High Street', 'Brackenford', 'Brackenshire', 'BK1 2AB', 'GB', 'physical')""")
        .param(UUID.randomUUID().toString())
        .param(location)
        .update();
    jdbc.sql(
            "insert into directory.service_at_location (id, service_id, location_id) values (?, ?, ?)")
        .param(UUID.randomUUID().toString())
        .param(serviceId)
        .param(location)
        .update();
  }

  @Test
  void aChangeIsPublishedOnlyWhenSomeoneElseApprovesIt() {
    HttpResponse<String> form = editor.get(edit());
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("value=\"Alcohol advice " + marker + "\"");

    HttpResponse<String> sent =
        editor.submit(
            form,
            "main form[method=post]",
            Map.of(
                "name",
                "Alcohol and drug advice " + marker,
                "email",
                "new@example.org",
                "opens",
                "9:00",
                "closes",
                "5pm",
                "reason",
                "Now covers drugs too"));
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
    String change = WebSession.path(sent.headers().firstValue("Location").orElseThrow());
    assertThat(publishedName()).isEqualTo("Alcohol advice " + marker);

    HttpResponse<String> page = editor.get(change);
    assertThat(page.body())
        .contains(
            "Your change has been sent for approval",
            "Alcohol and drug advice " + marker,
            "old@example.org",
            "new@example.org",
            "Monday, 9am to 5pm",
            "Now covers drugs too")
        .doesNotContain("Approve and publish");

    HttpResponse<String> ownApproval = editor.post(change + "/approve", Map.of());
    assertThat(editor.follow(ownApproval).body()).contains("Someone else must approve your change");
    assertThat(publishedName()).isEqualTo("Alcohol advice " + marker);

    HttpResponse<String> adminPage = admin.get(change);
    assertThat(adminPage.body()).contains("Approve and publish", "What this change does");
    HttpResponse<String> approved = approve(admin, change);
    assertThat(admin.follow(approved).body()).contains("The change has been published");

    assertThat(publishedName()).isEqualTo("Alcohol and drug advice " + marker);
    assertThat(
            jdbc.sql("select email from directory.service where id = ?")
                .param(serviceId)
                .query(String.class)
                .single())
        .isEqualTo("new@example.org");
    assertThat(
            jdbc.sql("select assured_date = current_date from directory.service where id = ?")
                .param(serviceId)
                .query(Boolean.class)
                .single())
        .as("approving a change checks the entry")
        .isTrue();
    assertThat(
            jdbc.sql(
                    """
        select sc.byday || ' ' || sc.opens_at || '-' || sc.closes_at from directory.schedule sc
          join directory.service_at_location sal on sal.id = sc.service_at_location_id where sal.service_id = ?""")
                .param(serviceId)
                .query(String.class)
                .list())
        .containsExactly("MO 09:00:00-17:00:00");

    HttpResponse<String> history = editor.get("/directory/services/" + serviceId + "/history");
    assertThat(history.body())
        .contains("Version 1", "Version 2", "Import", "Dan Mercer, approved by Sam Whitfield");
    assertThat(editor.get("/directory/services/" + serviceId + "/history/2").body())
        .contains("Alcohol advice " + marker, "Alcohol and drug advice " + marker);
    assertThat(
            jdbc.sql("select action from audit.audit_event where subject_id = ? order by id")
                .param(serviceId)
                .query(String.class)
                .list())
        .contains("directory.change.proposed", "directory.change.published");
  }

  @Test
  void theFormShowsEachProblemAndSavesNothing() {
    HttpResponse<String> form = editor.get(edit());
    HttpResponse<String> refused =
        editor.submit(
            form,
            "main form[method=post]",
            Map.of(
                "name",
                " ",
                "email",
                "not an email",
                "minimumAge",
                "eighteen",
                "postcode",
                "nowhere",
                "opens",
                "25:00",
                "closes",
                "17:00"));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains(
            "There is a problem",
            "Enter the name of the service",
            "Enter an email address in the correct format",
            "Enter the youngest age as a whole number",
            "Enter a full UK postcode",
            "Enter Monday&#39;s times as a 24-hour time")
        .contains("<title>Error:");
    assertThat(pendingChanges()).isZero();

    HttpResponse<String> unchanged =
        editor.submit(editor.get(edit()), "main form[method=post]", Map.of());
    assertThat(unchanged.body()).contains("You have not changed anything");
    assertThat(pendingChanges()).isZero();
  }

  @Test
  void aFormOpenedBeforeAnotherChangeIsNotSavedOverIt() {
    HttpResponse<String> form = editor.get(edit());
    jdbc.sql(
            "update directory.service set description = 'Changed by an import meanwhile.' where id = ?")
        .param(serviceId)
        .update();

    HttpResponse<String> stale =
        editor.submit(form, "main form[method=post]", Map.of("name", "My new name " + marker));
    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(stale.body())
        .contains(
            "This service changed while you were editing it",
            "What sending this now would change",
            "value=\"My new name " + marker + "\"")
        .doesNotContain("Changed by an import meanwhile.</ins>");
    assertThat(pendingChanges()).isZero();

    HttpResponse<String> again = editor.submit(stale, "main form[method=post]", Map.of());
    assertThat(again.statusCode()).isEqualTo(302);
    assertThat(
            jdbc.sql(
                    "select proposed_document ->> 'description' from directory.service_change where service_id = ?")
                .param(serviceId)
                .query(String.class)
                .single())
        .isEqualTo("Changed by an import meanwhile.");
  }

  @Test
  void approvalIsRefusedWhenTheServiceChangedAfterTheChangeWasSent() {
    String change = send(Map.of("name", "Renamed " + marker));
    jdbc.sql("update directory.service set email = 'changed@example.org' where id = ?")
        .param(serviceId)
        .update();

    assertThat(admin.get(change).body())
        .contains("The service has changed since this change was sent")
        .doesNotContain("Approve and publish");
    HttpResponse<String> approved = admin.post(change + "/approve", Map.of("version", "0"));
    assertThat(admin.follow(approved).body())
        .contains("The service has changed since this change was proposed");
    assertThat(publishedName()).isEqualTo("Alcohol advice " + marker);
    assertThat(
            jdbc.sql("select email from directory.service where id = ?")
                .param(serviceId)
                .query(String.class)
                .single())
        .isEqualTo("changed@example.org");
  }

  @Test
  void oneChangeWaitsAtATimeAndItsEditorCanReviseOrWithdrawIt() {
    String change = send(Map.of("name", "First try " + marker));
    assertThat(admin.get(edit()).body()).contains("A change is waiting for approval", "Dan Mercer");

    HttpResponse<String> revising = editor.get(edit());
    assertThat(revising.body())
        .contains("You are changing your own change", "value=\"First try " + marker + "\"");
    HttpResponse<String> revised =
        editor.submit(revising, "main form[method=post]", Map.of("name", "Second try " + marker));
    assertThat(WebSession.path(revised.headers().firstValue("Location").orElseThrow()))
        .isEqualTo(change);
    assertThat(editor.get(change).body())
        .contains("Second try " + marker)
        .doesNotContain("First try");

    HttpResponse<String> withdrawn = editor.post(change + "/withdraw", Map.of());
    assertThat(editor.follow(withdrawn).body())
        .contains("Your change has been withdrawn", "Withdrawn");
    assertThat(admin.get(edit()).body()).contains("value=\"Alcohol advice " + marker + "\"");
  }

  @Test
  void aRejectedChangeSaysWhyAndPublishesNothing() {
    String change = send(Map.of("name", "Wrong name " + marker));
    HttpResponse<String> noReason = admin.post(change + "/reject", Map.of("note", " "));
    assertThat(admin.follow(noReason).body()).contains("Say why the change is not approved");

    HttpResponse<String> rejected =
        admin.post(change + "/reject", Map.of("note", "The name is the old one"));
    assertThat(admin.follow(rejected).body()).contains("The change has not been approved");
    assertThat(editor.get(change).body()).contains("Not approved", "The name is the old one");
    assertThat(editor.get("/").body())
        .contains("Your change to Wrong name " + marker + " was not approved.");
    assertThat(publishedName()).isEqualTo("Alcohol advice " + marker);
  }

  @Test
  void aNewServiceIsPublishedOnApprovalAndThenFound() {
    HttpResponse<String> form = editor.get("/directory/services/new");
    String organization =
        jdbc.sql("select id from directory.organization where name = ?")
            .param("Editing Trust " + marker)
            .query(String.class)
            .single();
    Map<String, String> fields =
        new HashMap<>(
            Map.of(
                "organizationId",
                organization,
                "name",
                "Peer support " + marker,
                "description",
                "A weekly group run by people in recovery.",
                "minimumAge",
                "18",
                "address1",
                "5 Mill Lane",
                "city",
                "Brackenford",
                "county",
                "Brackenshire",
                "postcode",
                "bk1 2ab",
                "opens",
                "18:00",
                "closes",
                "20:00"));
    HttpResponse<String> sent = editor.submit(form, "main form[method=post]", fields);
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
    String change = WebSession.path(sent.headers().firstValue("Location").orElseThrow());
    assertThat(
            jdbc.sql("select count(*) from directory.service where name = ?")
                .param("Peer support " + marker)
                .query(Integer.class)
                .single())
        .isZero();

    approve(admin, change);
    String id =
        jdbc.sql("select id from directory.service where name = ?")
            .param("Peer support " + marker)
            .query(String.class)
            .single();
    assertThat(
            jdbc.sql(
                    """
        select a.postal_code from directory.address a join directory.service_at_location sal on sal.location_id = a.location_id
         where sal.service_id = ?""")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("BK1 2AB");
    assertThat(
            jdbc.sql(
                    """
        select l.latitude is not null from directory.location l join directory.service_at_location sal on sal.location_id = l.id
         where sal.service_id = ?""")
                .param(id)
                .query(Boolean.class)
                .single())
        .as("placed from the postcode")
        .isTrue();
    HttpResponse<String> api = new WebSession(port).get("/openreferral/services/" + id);
    assertThat(api.statusCode()).isEqualTo(200);
  }

  @Test
  void editorsChangeOnlyTheServicesTheyLookAfter() {
    String otherOrganisation =
        jdbc.sql(
                """
        select id from organisation.organisation
         where id <> (select organisation_id from identity.app_user where username = 'editor') order by name limit 1""")
            .query(UUID.class)
            .single()
            .toString();
    jdbc.sql(
            "update directory.organization set alliance_organisation_id = cast(? as uuid) where name = ?")
        .param(otherOrganisation)
        .param("Editing Trust " + marker)
        .update();

    assertThat(editor.get(edit()).statusCode()).isEqualTo(403);
    assertThat(editor.get("/directory/services?q=" + marker).body())
        .doesNotContain("Alcohol advice " + marker);
    assertThat(admin.get(edit()).statusCode()).isEqualTo(200);
    assertThat(admin.get("/directory/services?q=" + marker).body())
        .contains("Alcohol advice " + marker);

    String change = sendAs(admin, Map.of("name", "Admin's rename " + marker));
    assertThat(editor.get(change).statusCode()).as("another organisation's change").isEqualTo(403);
    assertThat(editor.post(change + "/approve", Map.of()).statusCode()).isEqualTo(403);
    assertThat(publishedName()).isEqualTo("Alcohol advice " + marker);
  }

  @Test
  void approvalPublishesOnlyTheVersionTheApproverRead() {
    String change = send(Map.of("name", "First look " + marker));
    HttpResponse<String> read = admin.get(change);
    assertThat(read.body()).contains("First look " + marker, "Approve and publish");

    HttpResponse<String> revised =
        editor.submit(
            editor.get(edit()), "main form[method=post]", Map.of("name", "Sneaked in " + marker));
    assertThat(revised.statusCode()).isEqualTo(302);
    HttpResponse<String> stale = admin.submit(read, "form[action$=/approve]", Map.of());

    assertThat(admin.follow(stale).body())
        .contains("This change was revised after you opened it; look again");
    assertThat(publishedName()).isEqualTo("Alcohol advice " + marker);

    assertThat(admin.follow(approve(admin, change)).body())
        .contains("The change has been published");
    assertThat(publishedName()).isEqualTo("Sneaked in " + marker);
  }

  @Test
  void approvalChecksWhatTheProposerLooksAfterNow() {
    String change = send(Map.of("name", "Before the move " + marker));
    jdbc.sql(
            """
        update directory.organization set alliance_organisation_id =
               (select id from organisation.organisation
                 where id <> (select organisation_id from identity.app_user where username = 'editor')
                 order by name limit 1)
         where name = ?""")
        .param("Editing Trust " + marker)
        .update();

    HttpResponse<String> approved = approve(admin, change);

    assertThat(admin.follow(approved).body())
        .contains(
            "This change cannot be published: it reaches entries its editor does not look after");
    assertThat(publishedName()).isEqualTo("Alcohol advice " + marker);
    assertThat(pendingChanges()).isEqualTo(1);
  }

  /** Approves as a browser does: the button on the change's page, with what the page carries. */
  private static HttpResponse<String> approve(WebSession session, String change) {
    return session.submit(session.get(change), "form[action$=/approve]", Map.of());
  }

  private String send(Map<String, String> changes) {
    return sendAs(editor, changes);
  }

  private String sendAs(WebSession session, Map<String, String> changes) {
    HttpResponse<String> sent =
        session.submit(session.get(edit()), "main form[method=post]", changes);
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
    return WebSession.path(sent.headers().firstValue("Location").orElseThrow());
  }

  private String edit() {
    return "/directory/services/" + serviceId + "/edit";
  }

  private String publishedName() {
    return jdbc.sql("select name from directory.service where id = ?")
        .param(serviceId)
        .query(String.class)
        .single();
  }

  private int pendingChanges() {
    return jdbc.sql(
            "select count(*) from directory.service_change where service_id = ? and state = 'pending'")
        .param(serviceId)
        .query(Integer.class)
        .single();
  }
}
