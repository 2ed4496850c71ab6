package org.alliance.directory.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
import org.alliance.directory.DirectoryTransfer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/**
 * An editor's upload at /directory/import creates or changes only the entries of the organisations
 * the editor looks after; anything else refuses the whole upload, naming each record. Admins may
 * change anything; nobody's upload sets who looks after an organisation. Over real HTTP, as the
 * editor's browser sends it.
 */
@AllianceTest
class ScopedUploadTests {

  private static final Pattern PROBLEM = Pattern.compile("<li><a href=\"#file\">(.*?)</a></li>");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired DirectoryTransfer transfer;
  @TempDir Path temp;

  /** Makes names unique per test, since every test class shares the database. */
  private final String suffix = UUID.randomUUID().toString().substring(0, 8);

  private UUID editorsOrganisation;
  private UUID otherOrganisation;

  /** HSDS organisations: the editor's, another Alliance organisation's, and one linked to none. */
  private String own;

  private String others;
  private String unlinked;

  @BeforeEach
  void organisations() {
    editorsOrganisation =
        jdbc.sql("select organisation_id from identity.app_user where username = 'editor'")
            .query(UUID.class)
            .single();
    otherOrganisation =
        jdbc.sql("select id from organisation.organisation where id <> ? order by name limit 1")
            .param(editorsOrganisation)
            .query(UUID.class)
            .single();
    own = organization("Scope Own Trust", editorsOrganisation);
    others = organization("Scope Other Trust", otherOrganisation);
    unlinked = organization("Scope Shared Group", null);
  }

  @Test
  void anEditorCreatesAndChangesTheirOwnOrganisationsEntries() {
    String mine = service(own, "Own drop-in");
    String created = UUID.randomUUID().toString();
    WebSession editor = editor();

    HttpResponse<String> response =
        upload(
            editor,
            "services.json",
            "[%s, %s]"
                .formatted(
                    serviceJson(mine, own, "Own drop-in, now on Fridays"),
                    serviceJson(created, own, "Own new group")));

    assertThat(problems(response)).isEmpty();
    assertThat(response.body()).contains("services.json imported");
    assertThat(name(mine)).isEqualTo("Own drop-in, now on Fridays");
    assertThat(name(created)).isEqualTo("Own new group");
  }

  @Test
  void entriesOfAnOrganisationLinkedToNoMemberAreTheAdministratorsUntilLinked() {
    String shared = service(unlinked, "Shared drop-in");
    String newForIt = UUID.randomUUID().toString();

    List<String> refused =
        problems(
            upload(
                editor(),
                "services.json",
                "[%s, %s]"
                    .formatted(
                        serviceJson(shared, unlinked, "Shared drop-in, by an editor"),
                        serviceJson(newForIt, unlinked, "Added by an editor"))));
    HttpResponse<String> list = editor().get("/directory/services?q=Scope+Shared+Group+" + suffix);
    HttpResponse<String> form = editor().get("/directory/services/" + shared + "/edit");

    assertThat(refused)
        .hasSize(2)
        .allSatisfy(
            problem ->
                assertThat(problem)
                    .contains("changes the entries of Scope Shared Group " + suffix));
    assertThat(name(shared)).isEqualTo("Shared drop-in");
    assertThat(count("service", newForIt)).isZero();
    assertThat(list.body()).doesNotContain("Shared drop-in");
    assertThat(form.statusCode()).isEqualTo(403);
    assertThat(
            problems(
                upload(
                    admin(),
                    "services.json",
                    serviceJson(shared, unlinked, "Shared drop-in, by an admin"))))
        .isEmpty();
    assertThat(name(shared)).isEqualTo("Shared drop-in, by an admin");
  }

  @Test
  void linkingYourServiceToAnotherOrganisationsHiddenPlaceIsRefused() {
    String mine = service(own, "Own night shelter");
    String theirs = service(others, "Their refuge");
    String refuge = UUID.randomUUID().toString();
    sql(
        "insert into directory.location (id, location_type, name, address_hidden) values (?, 'physical', 'Scope refuge', true)",
        refuge);
    sql(
        "insert into directory.address (id, location_id, address_1, city, state_province, postal_code, country, address_type)"
            + " values (?, ?, '7 Secret Street', 'Leeds', 'West Yorkshire', 'LS1 9ZZ', 'GB', 'physical')",
        UUID.randomUUID().toString(),
        refuge);
    sql(
        "insert into directory.service_at_location (id, service_id, location_id) values (?, ?, ?)",
        UUID.randomUUID().toString(),
        theirs,
        refuge);
    String link = UUID.randomUUID().toString();

    List<String> problems =
        problems(
            upload(
                editor(),
                "service_at_locations.json",
                """
        {"id": "%s", "service_id": "%s", "location_id": "%s"}
        """
                    .formatted(link, mine, refuge)));

    assertThat(problems)
        .singleElement()
        .asString()
        .isEqualTo(
            ("service_at_locations.json record 1 (id %s): changes the entries of Scope Other"
                    + " Trust %s (organization %s), which you do not look after")
                .formatted(link, suffix, others));
    assertThat(count("service_at_location", link)).isZero();
    assertThat(editor().get("/directory/services/" + mine + "/edit").body())
        .doesNotContain("Secret Street")
        .doesNotContain("LS1 9ZZ");
  }

  @Test
  void anEditorsUploadMayNotPublishTheirOwnOrganisationsHiddenAddress() {
    String mine = service(own, "Own refuge");
    String refuge = UUID.randomUUID().toString();
    sql(
        "insert into directory.location (id, location_type, name, address_hidden) values (?, 'physical', 'Own refuge place', true)",
        refuge);
    sql(
        "insert into directory.service_at_location (id, service_id, location_id) values (?, ?, ?)",
        UUID.randomUUID().toString(),
        mine,
        refuge);
    String unhide =
        """
        {"id": "%s", "location_type": "physical", "name": "Own refuge place", "address_hidden": false}
        """
            .formatted(refuge);

    assertThat(problems(upload(editor(), "locations.json", unhide)))
        .singleElement()
        .asString()
        .contains("publishes the address of location " + refuge + ", which is hidden");
    assertThat(
            jdbc.sql("select address_hidden from directory.location where id = ?")
                .param(refuge)
                .query(Boolean.class)
                .single())
        .isTrue();

    assertThat(problems(upload(admin(), "locations.json", unhide))).isEmpty();
    assertThat(
            jdbc.sql("select address_hidden from directory.location where id = ?")
                .param(refuge)
                .query(Boolean.class)
                .single())
        .isFalse();
  }

  @Test
  void anEditorsUploadTouchingAnotherOrganisationIsRefusedWholeNamingEachRecord() {
    String mine = service(own, "Own clinic");
    String theirs = service(others, "Their clinic");
    String newForThem = UUID.randomUUID().toString();
    WebSession editor = editor();

    HttpResponse<String> response =
        upload(
            editor,
            "services.json",
            "[%s, %s, %s]"
                .formatted(
                    serviceJson(mine, own, "Own clinic, renamed"),
                    serviceJson(theirs, others, "Their clinic, renamed"),
                    serviceJson(newForThem, others, "A service added to their organisation")));

    assertThat(response.body()).contains("services.json was not imported");
    String refusal =
        "changes the entries of Scope Other Trust %s (organization %s), which you do not look after"
            .formatted(suffix, others);
    assertThat(problems(response))
        .containsExactly(
            "services.json record 2 (id %s): %s".formatted(theirs, refusal),
            "services.json record 3 (id %s): %s".formatted(newForThem, refusal));
    assertThat(name(mine)).as("all or nothing").isEqualTo("Own clinic");
    assertThat(name(theirs)).isEqualTo("Their clinic");
    assertThat(count("service", newForThem)).isZero();
  }

  @Test
  void anEditorCannotMoveTheirServiceToAnotherOrganisationNorTakeOneFromIt() {
    String mine = service(own, "Own outreach");
    String theirs = service(others, "Their outreach");
    WebSession editor = editor();

    List<String> moveAway =
        problems(upload(editor, "away.json", serviceJson(mine, others, "Own outreach")));
    List<String> takeOver =
        problems(upload(editor, "over.json", serviceJson(theirs, own, "Their outreach")));

    assertThat(moveAway)
        .singleElement()
        .asString()
        .contains("record 1 (id " + mine + ")", "Scope Other Trust");
    assertThat(takeOver)
        .singleElement()
        .asString()
        .contains("record 1 (id " + theirs + ")", "Scope Other Trust");
    assertThat(
            jdbc.sql("select organization_id from directory.service where id = ?")
                .param(mine)
                .query(String.class)
                .single())
        .isEqualTo(own);
    assertThat(
            jdbc.sql("select organization_id from directory.service where id = ?")
                .param(theirs)
                .query(String.class)
                .single())
        .isEqualTo(others);
  }

  @Test
  void aChangeReachingAnotherOrganisationThroughASharedLocationIsRefused() {
    String mine = service(own, "Own hub");
    String theirs = service(others, "Their hub");
    String location = UUID.randomUUID().toString();
    sql(
        "insert into directory.location (id, location_type, name) values (?, 'physical', 'Shared hall')",
        location);
    sql(
        "insert into directory.service_at_location (id, service_id, location_id) values (?, ?, ?)",
        UUID.randomUUID().toString(),
        mine,
        location);
    sql(
        "insert into directory.service_at_location (id, service_id, location_id) values (?, ?, ?)",
        UUID.randomUUID().toString(),
        theirs,
        location);

    List<String> problems =
        problems(
            upload(
                editor(),
                "locations.json",
                """
        {"id": "%s", "location_type": "physical", "name": "Shared hall, renamed"}
        """
                    .formatted(location)));

    assertThat(problems)
        .singleElement()
        .asString()
        .startsWith(
            "locations.json record 1 (id "
                + location
                + "): changes the entries of Scope Other Trust");
    assertThat(
            jdbc.sql("select name from directory.location where id = ?")
                .param(location)
                .query(String.class)
                .single())
        .isEqualTo("Shared hall");
  }

  @Test
  void anEditorMayAddTaxonomyTermsButNotChangeSharedOnes() {
    String taxonomy = UUID.randomUUID().toString();
    String term = UUID.randomUUID().toString();
    sql(
        "insert into directory.taxonomy (id, name, description) values (?, 'Scope test taxonomy', 'Test')",
        taxonomy);
    sql(
        "insert into directory.taxonomy_term (id, name, description, taxonomy_id) values (?, 'Scope term', 'Test', ?)",
        term,
        taxonomy);
    String added = UUID.randomUUID().toString();
    WebSession editor = editor();

    HttpResponse<String> refused =
        upload(
            editor,
            "taxonomy_terms.json",
            """
        [{"id": "%s", "name": "Scope term", "description": "Changed", "taxonomy_id": "%s"}]
        """
                .formatted(term, taxonomy));
    HttpResponse<String> accepted =
        upload(
            editor,
            "taxonomy_terms.json",
            """
        [{"id": "%s", "name": "Scope new term", "description": "New", "taxonomy_id": "%s"}]
        """
                .formatted(added, taxonomy));

    assertThat(problems(refused))
        .containsExactly(
            ("taxonomy_terms.json record 1 (id %s): changes taxonomy_term %s, which no"
                    + " organisation's entry holds (it is shared by the whole directory); only an administrator can change it")
                .formatted(term, term));
    assertThat(problems(accepted)).isEmpty();
    assertThat(count("taxonomy_term", added)).isEqualTo(1);
  }

  @Test
  void aDataPackageIsRefusedByRow() throws IOException {
    String mine = UUID.randomUUID().toString();
    String theirs = UUID.randomUUID().toString();
    byte[] zip =
        zip(
            Map.of(
                "datapackage.json",
                "{\"resources\": []}",
                "services.csv",
                "id,organization_id,name,status\n%s,%s,Own CSV service,active\n%s,%s,Their CSV service,active\n"
                    .formatted(mine, own, theirs, others)));

    List<String> problems =
        problems(editor().upload("/directory/import", "file", "package.zip", zip));

    assertThat(problems)
        .containsExactly(
            ("services.csv row 3 (id %s): changes the entries of Scope Other Trust %s"
                    + " (organization %s), which you do not look after")
                .formatted(theirs, suffix, others));
    assertThat(count("service", mine)).isZero();
  }

  @Test
  void anUploadNeverSetsWhoLooksAfterAnOrganisation() {
    String newOrganization = UUID.randomUUID().toString();
    String adminsNewOrganization = UUID.randomUUID().toString();
    String claimed = "\"alliance_organisation_id\": \"%s\"".formatted(otherOrganisation);

    assertThat(
            problems(
                upload(
                    editor(),
                    "organizations.json",
                    """
        [{"id": "%s", "name": "Scope New Trust", "description": "New", %s}]
        """
                        .formatted(newOrganization, claimed))))
        .isEmpty();
    assertThat(
            problems(
                upload(
                    admin(),
                    "organizations.json",
                    """
        [{"id": "%s", "name": "Scope Own Trust %s", "description": "Changed by admin", "alliance_organisation_id": null},
         {"id": "%s", "name": "Scope Admin Trust", "description": "New", %s}]
        """
                        .formatted(own, suffix, adminsNewOrganization, claimed))))
        .isEmpty();

    assertThat(link(newOrganization))
        .as("an editor's new organization is theirs")
        .isEqualTo(editorsOrganisation);
    assertThat(link(own)).as("an admin's upload keeps the link").isEqualTo(editorsOrganisation);
    assertThat(
            jdbc.sql("select description from directory.organization where id = ?")
                .param(own)
                .query(String.class)
                .single())
        .isEqualTo("Changed by admin");
    assertThat(link(adminsNewOrganization)).as("an admin's new organization is unlinked").isNull();
  }

  @Test
  void anUploadedDataPackagesLookingAfterColumnIsIgnoredToo() throws IOException {
    String newOrganization = UUID.randomUUID().toString();
    String header = "id,name,description,alliance_organisation_id\n";
    byte[] editors =
        zip(
            Map.of(
                "datapackage.json",
                "{\"resources\": []}",
                "organizations.csv",
                header
                    + "%s,Scope CSV Trust,New,%s\n%s,Scope Own Trust %s,Changed in CSV,%s\n"
                        .formatted(
                            newOrganization, otherOrganisation, own, suffix, otherOrganisation)));
    byte[] admins =
        zip(
            Map.of(
                "datapackage.json",
                "{\"resources\": []}",
                "organizations.csv",
                header
                    + "%s,Scope Shared Group %s,Changed by admin in CSV,%s\n"
                        .formatted(unlinked, suffix, otherOrganisation)));

    assertThat(problems(editor().upload("/directory/import", "file", "package.zip", editors)))
        .isEmpty();
    assertThat(problems(admin().upload("/directory/import", "file", "package.zip", admins)))
        .isEmpty();

    assertThat(link(newOrganization))
        .as("an editor's new organization is theirs")
        .isEqualTo(editorsOrganisation);
    assertThat(link(own))
        .as("the editor cannot hand their own away")
        .isEqualTo(editorsOrganisation);
    assertThat(
            jdbc.sql("select description from directory.organization where id = ?")
                .param(own)
                .query(String.class)
                .single())
        .isEqualTo("Changed in CSV");
    assertThat(link(unlinked)).as("an admin's upload does not link it either").isNull();
    assertThat(
            jdbc.sql("select description from directory.organization where id = ?")
                .param(unlinked)
                .query(String.class)
                .single())
        .isEqualTo("Changed by admin in CSV");
  }

  @Test
  void anAdminMayChangeAnyOrganisationsEntries() {
    String theirs = service(others, "Their café");

    assertThat(
            problems(
                upload(
                    admin(), "services.json", serviceJson(theirs, others, "Their café, by admin"))))
        .isEmpty();
    assertThat(name(theirs)).isEqualTo("Their café, by admin");
  }

  @Test
  void theOperatorsImportStaysUnrestricted() throws IOException {
    String theirs = service(others, "Their library");
    Path file = temp.resolve("services.json");
    Files.writeString(file, serviceJson(theirs, others, "Their library, by the operator"));

    assertThat(transfer.importFrom(file).imported()).isTrue();
    assertThat(name(theirs)).isEqualTo("Their library, by the operator");
  }

  private String organization(String name, UUID link) {
    String id = UUID.randomUUID().toString();
    sql(
        "insert into directory.organization (id, name, description, alliance_organisation_id) values (?, ?, 'Test', ?)",
        id,
        name + " " + suffix,
        link);
    return id;
  }

  private String service(String organization, String name) {
    String id = UUID.randomUUID().toString();
    sql(
        "insert into directory.service (id, organization_id, name, status) values (?, ?, ?, 'active')",
        id,
        organization,
        name);
    return id;
  }

  private static String serviceJson(String id, String organization, String name) {
    return """
        {"id": "%s", "organization_id": "%s", "name": "%s", "status": "active"}"""
        .formatted(id, organization, name);
  }

  private WebSession editor() {
    return WebSession.signedIn(port, "editor", "alliance-demo");
  }

  private WebSession admin() {
    return WebSession.signedIn(port, "admin", "alliance-demo");
  }

  private static HttpResponse<String> upload(WebSession session, String filename, String json) {
    session.get("/directory/import");
    HttpResponse<String> response =
        session.upload(
            "/directory/import", "file", filename, json.getBytes(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).isEqualTo(200);
    return response;
  }

  private static List<String> problems(HttpResponse<String> response) {
    List<String> problems = new ArrayList<>();
    Matcher matcher = PROBLEM.matcher(response.body());
    while (matcher.find()) {
      problems.add(HtmlUtils.htmlUnescape(matcher.group(1)));
    }
    return problems;
  }

  private static byte[] zip(Map<String, String> files) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> file : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private String name(String service) {
    return jdbc.sql("select name from directory.service where id = ?")
        .param(service)
        .query(String.class)
        .single();
  }

  private UUID link(String organization) {
    return jdbc.sql("select alliance_organisation_id from directory.organization where id = ?")
        .param(organization)
        .query(UUID.class)
        .list()
        .get(0);
  }

  private int count(String table, String id) {
    return jdbc.sql("select count(*) from directory." + table + " where id = ?")
        .param(id)
        .query(Integer.class)
        .single();
  }

  private void sql(String sql, Object... params) {
    var statement = jdbc.sql(sql);
    for (Object param : params) {
      statement = statement.param(param);
    }
    statement.update();
  }
}
