package org.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliance.identity.NewUser;
import org.alliance.identity.Role;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A hidden place's address never leaves its own organisation: every route of {@code
 * access-matrix.csv} (so a new route is walked as soon as it has its row), as anonymous and as
 * every demo role, none of them in the refuge's organisation, is fetched with the refuge's ids and
 * ids of services linked to it, and no response body (page, JSON, CSV) holds any of its street,
 * postcode, position, identifiers, phones, accessibility notes, metadata or name.
 *
 * <p>The fixture: the demo refuge (Brackenford Women's Centre's), a second hidden place of the same
 * organisation planted with everything a location can hold, both linked to a service of the demo
 * editor's own organisation (what an upload could do; planted in the database here), a change to
 * that service sent through the editor and approved, so that its history and diff exist, and a
 * hidden place of an organisation linked to no Alliance member.
 */
@AllianceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HiddenPlaceRoutesTests {

  static final String REFUGE = "6bc155b6-2d2c-4103-b75a-48802a84e8dc";
  static final String REFUGE_SERVICE = "a2606098-dc53-4149-9a22-04149591cdd7";
  static final String REFUGE_AT = "fc06260e-13f1-4a89-b6cc-27875d1aa584";

  /** What must never be seen outside the refuge's organisation. */
  static final List<String> SECRETS =
      List.of(
          // the demo refuge
          "Laurel Grove",
          "BK3 6PN",
          "BK36PN",
          "52.453561",
          "1.164646",
          "Two ground-floor rooms",
          "REFUGE: a safe house",
          // the planted one
          "Hawthorn Secret Row",
          "BK9 4ZQ",
          "BK94ZQ",
          "52.487612",
          "1.123456",
          "100071234567",
          "01632 960777",
          "01632960777",
          "Lift to the secret annexe",
          "Old Secret Mill",
          "Hawthorn Secret House",
          "Bus 7 to the secret stop",
          "Planted secret description",
          // the unlinked organisation's
          "Orphan Secret Lane",
          "BK8 3XY");

  static final List<String> VISITORS =
      List.of(
          "anonymous", "commissioner", "manager", "practitioner", "editor", "datalead", "person");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;
  @Autowired Organisations organisations;

  String plantedPlace = UUID.randomUUID().toString();
  String linkedService = UUID.randomUUID().toString();
  String linkedAtRefuge = UUID.randomUUID().toString();
  String linkedAtPlanted = UUID.randomUUID().toString();
  String unlinkedOrganization = UUID.randomUUID().toString();
  String unlinkedService = UUID.randomUUID().toString();
  String unlinkedPlace = UUID.randomUUID().toString();
  String unlinkedAt = UUID.randomUUID().toString();
  String decoyService = UUID.randomUUID().toString();
  String editorsOrganization;
  String changeId;
  String refugeEditor;

  /**
   * Planted services carry "zq" in their names, as other fixtures do, so that tests of the demo
   * directory's own services (such as the form round trip) leave them out.
   */
  @BeforeAll
  void plant() {
    String refugeOrganization =
        jdbc.sql("select organization_id from directory.location where id = ?")
            .param(REFUGE)
            .query(String.class)
            .single();
    editorsOrganization =
        jdbc.sql(
                """
                select o.id from directory.organization o
                 where o.alliance_organisation_id =
                       (select organisation_id from identity.app_user where username = 'editor')
                 order by o.id limit 1""")
            .query(String.class)
            .single();
    sql(
        """
        insert into directory.location (id, location_type, organization_id, name, description, transportation,
               latitude, longitude, external_identifier, external_identifier_type, address_hidden)
        values (?, 'physical', ?, 'Hawthorn Secret House', 'Planted secret description', 'Bus 7 to the secret stop',
               52.487612, -1.123456, '100071234567', 'UPRN', true)""",
        plantedPlace,
        refugeOrganization);
    sql(
        """
        insert into directory.address (id, location_id, address_1, city, state_province, postal_code, country, address_type)
        values (?, ?, '17 Hawthorn Secret Row', 'Brackenford', 'Brackenshire', 'BK9 4ZQ', 'GB', 'physical')""",
        UUID.randomUUID().toString(),
        plantedPlace);
    sql(
        "insert into directory.phone (id, location_id, number, type, description) values (?, ?, '01632 960777', 'voice', 'Front door')",
        UUID.randomUUID().toString(),
        plantedPlace);
    sql(
        "insert into directory.accessibility (id, location_id, description) values (?, ?, 'Lift to the secret annexe')",
        UUID.randomUUID().toString(),
        plantedPlace);
    sql(
        """
        insert into directory.metadata (id, resource_id, resource_type, last_action_date, last_action_type, field_name,
               previous_value, replacement_value, updated_by)
        values (?, ?, 'location', current_date, 'update', 'name', 'Old Secret Mill', 'Hawthorn Secret House', 'import')""",
        UUID.randomUUID().toString(),
        plantedPlace);
    sql(
        """
        insert into directory.service (id, organization_id, name, description, status, assured_date)
        values (?, ?, 'Linked Outreach zq', 'Outreach that meets people at the refuge.', 'active', current_date)""",
        linkedService,
        editorsOrganization);
    sql(
        "insert into directory.service_at_location (id, service_id, location_id) values (?, ?, ?)",
        linkedAtRefuge,
        linkedService,
        REFUGE);
    sql(
        "insert into directory.service_at_location (id, service_id, location_id) values (?, ?, ?)",
        linkedAtPlanted,
        linkedService,
        plantedPlace);
    // Priority 3: an organisation linked to no Alliance member.
    sql(
        "insert into directory.organization (id, name, description) values (?, 'Orphan Safe Houses', 'Unlinked')",
        unlinkedOrganization);
    sql(
        """
        insert into directory.location (id, location_type, organization_id, name, latitude, longitude, address_hidden)
        values (?, 'physical', ?, 'Orphan House', 52.41, -1.19, true)""",
        unlinkedPlace,
        unlinkedOrganization);
    sql(
        """
        insert into directory.address (id, location_id, address_1, city, state_province, postal_code, country, address_type)
        values (?, ?, '3 Orphan Secret Lane', 'Brackenford', 'Brackenshire', 'BK8 3XY', 'GB', 'physical')""",
        UUID.randomUUID().toString(),
        unlinkedPlace);
    sql(
        """
        insert into directory.service (id, organization_id, name, description, status, assured_date)
        values (?, ?, 'Orphan Safe House zq', 'A safe house.', 'active', current_date)""",
        unlinkedService,
        unlinkedOrganization);
    sql(
        "insert into directory.service_at_location (id, service_id, location_id) values (?, ?, ?)",
        unlinkedAt,
        unlinkedService,
        unlinkedPlace);
    // A public entry of the editor's organisation at the planted place's street, written as another
    // hand would (so the walk's exact strings do not match it): "same address" must not pair them.
    String decoyLocation = UUID.randomUUID().toString();
    sql(
        """
        insert into directory.service (id, organization_id, name, description, status, assured_date)
        values (?, ?, 'Decoy Drop-in zq', 'Next door, perhaps.', 'active', current_date)""",
        decoyService,
        editorsOrganization);
    sql(
        "insert into directory.location (id, location_type, organization_id) values (?, 'physical', ?)",
        decoyLocation,
        editorsOrganization);
    sql(
        """
        insert into directory.address (id, location_id, address_1, city, state_province, postal_code, country, address_type)
        values (?, ?, '17  hawthorn secret row', 'Brackenford', 'Brackenshire', 'bk94zq', 'GB', 'physical')""",
        UUID.randomUUID().toString(),
        decoyLocation);
    sql(
        "insert into directory.service_at_location (id, service_id, location_id) values (?, ?, ?)",
        UUID.randomUUID().toString(),
        decoyService,
        decoyLocation);
    for (String service : List.of(linkedService, unlinkedService)) {
      sql(
          "insert into directory.change (resource_type, resource_id) values ('service', ?)",
          service);
    }
    UUID womensCentre =
        organisations.all().stream()
            .filter(o -> o.name().equals("Brackenford Women's Centre"))
            .findFirst()
            .orElseThrow()
            .id();
    refugeEditor = "refuge-" + UUID.randomUUID().toString().substring(0, 8);
    users.create(
        new NewUser(
            refugeEditor,
            "Refuge Editor",
            null,
            womensCentre,
            Set.of(Role.DIRECTORY_EDITOR),
            "alliance-demo-refuge"),
        true);
    changeId = editAndApprove();
  }

  /**
   * The demo editor changes their linked service through the form (whose places they cannot see)
   * and an administrator approves it: the history and the diff now exist.
   */
  private String editAndApprove() {
    WebSession editor = WebSession.signedIn(port, "editor", "alliance-demo");
    HttpResponse<String> form = editor.get("/directory/services/" + linkedService + "/edit");
    assertThat(form.statusCode()).isEqualTo(200);
    HttpResponse<String> sent =
        editor.submit(
            form,
            "main form[method=post]",
            Map.of(
                "description", "Outreach that meets people near the refuge.",
                "reason", "Clearer"));
    String location = sent.headers().firstValue("Location").orElse("");
    assertThat(location).as(sent.body()).contains("/directory/changes/");
    String change = location.substring(location.lastIndexOf('/') + 1);
    WebSession admin = WebSession.signedIn(port, "admin", "alliance-demo");
    // The approve form carries the version the approver read (four eyes on that version only).
    HttpResponse<String> review = admin.get("/directory/changes/" + change);
    assertThat(admin.submit(review, "form[action$=/approve]", Map.of()).statusCode())
        .isEqualTo(302);
    assertThat(
            jdbc.sql("select state from directory.service_change where id = ?::uuid")
                .param(change)
                .query(String.class)
                .single())
        .isEqualTo("published");
    return change;
  }

  @Test
  void noRouteShowsAHiddenPlaceOutsideItsOrganisation() throws IOException {
    List<String> paths = paths();
    List<String> leaks = new ArrayList<>();
    for (String visitor : VISITORS) {
      WebSession session =
          visitor.equals("anonymous")
              ? new WebSession(port)
              : WebSession.signedIn(port, visitor, "alliance-demo");
      boolean sawAHiddenPlace = false;
      for (String path : paths) {
        HttpResponse<String> response = session.get(path);
        String body = response.body();
        assertThat(response.statusCode()).as(visitor + " " + path).isLessThan(500);
        for (String secret : SECRETS) {
          // A search for a postcode names that postcode back: the visitor typed it.
          boolean typed = path.contains(secret.replace(' ', '+'));
          if (body.contains(secret) && !typed) {
            leaks.add(visitor + " GET " + path + " shows " + secret);
          }
        }
        sawAHiddenPlace |= response.statusCode() == 200 && body.contains(plantedPlace);
      }
      assertThat(sawAHiddenPlace)
          .as(visitor + " reached at least one document holding the planted place, withheld")
          .isTrue();
    }
    assertThat(leaks).isEmpty();
  }

  @Test
  void sharingAHiddenPlacesStreetMakesNoLikelyDuplicateOutsideItsOrganisation() {
    for (String visitor : List.of("commissioner", "editor")) {
      WebSession session = WebSession.signedIn(port, visitor, "alliance-demo");
      for (String path : List.of("/directory/duplicates", "/directory/duplicates.csv")) {
        assertThat(session.get(path).body())
            .as(visitor + " " + path)
            .doesNotContain("Decoy Drop-in");
      }
    }
    WebSession admin = WebSession.signedIn(port, "admin", "alliance-demo");
    assertThat(admin.get("/directory/duplicates.csv").body()).contains("Decoy Drop-in");
  }

  @Test
  void theRefugesOwnEditorsAndAdministratorsStillSeeItInFull() {
    WebSession own = WebSession.signedIn(port, refugeEditor, "alliance-demo-refuge");
    assertThat(own.get("/directory/services/" + REFUGE_SERVICE + "/edit").body())
        .contains("Laurel Grove");
    WebSession admin = WebSession.signedIn(port, "admin", "alliance-demo");
    assertThat(admin.get("/directory/services/" + unlinkedService + "/edit").body())
        .contains("Orphan Secret Lane");
    // The public page shows what the public sees, to the refuge's own staff too.
    assertThat(own.get("/find-support/services/" + REFUGE_SERVICE).body())
        .doesNotContain("Laurel Grove")
        .contains("Brackenford");
  }

  @Test
  void anEditNobodyCouldSeeThePlaceInLeavesThePlaceWhole() {
    assertThat(
            jdbc.sql(
                    "select address_1 || ' ' || postal_code from directory.address where location_id = ? order by id")
                .param(plantedPlace)
                .query(String.class)
                .list())
        .containsExactly("17 Hawthorn Secret Row BK9 4ZQ");
    assertThat(
            jdbc.sql(
                    "select name || ' ' || external_identifier || ' ' || latitude from directory.location where id = ?")
                .param(plantedPlace)
                .query(String.class)
                .single())
        .isEqualTo("Hawthorn Secret House 100071234567 52.487612");
    assertThat(
            jdbc.sql("select address_1 from directory.address where location_id = ?")
                .param(REFUGE)
                .query(String.class)
                .list())
        .containsExactly("12 Laurel Grove");
  }

  /** Every GET route of the access matrix, with each id the fixture makes interesting. */
  private List<String> paths() throws IOException {
    Set<String> paths = new LinkedHashSet<>();
    for (String route : matrixRoutes()) {
      if (!route.startsWith("GET ")) {
        continue;
      }
      String path = route.substring(4);
      for (String filled : fill(path)) {
        paths.add(filled);
        if (filled.startsWith("/openreferral/") && !filled.matches(".*/openreferral/\\w+/.+")) {
          paths.addAll(allPages(filled));
        }
      }
    }
    paths.add("/find-support?postcode=BK3+6PN");
    paths.add("/find-support?q=refuge");
    paths.add("/find-support?q=outreach&postcode=BK9+4ZQ");
    paths.add("/openreferral/services?full=true&search=refuge");
    paths.add("/openreferral/services?full=true&search=outreach");
    paths.add("/openreferral/service_at_locations?postcode=BK3+6PN&proximity=50000");
    return new ArrayList<>(paths);
  }

  private List<String> fill(String path) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    values.put("{serviceId}", List.of(linkedService, REFUGE_SERVICE, unlinkedService));
    values.put("{changeId}", List.of(changeId));
    values.put("{number}", List.of("1", "2"));
    values.put("{reportId}", List.of(UUID.randomUUID().toString()));
    values.put("{grantId}", List.of(UUID.randomUUID().toString()));
    values.put("{contactId}", List.of(UUID.randomUUID().toString()));
    values.put("{episodeId}", List.of(UUID.randomUUID().toString()));
    values.put("{referralId}", List.of(UUID.randomUUID().toString()));
    values.put("{mergeId}", List.of(UUID.randomUUID().toString()));
    values.put("{modalityId}", List.of(UUID.randomUUID().toString()));
    values.put("{indicatorCode}", List.of("did-not-attend-rate"));
    for (String placeholder :
        List.of(
            "{entryId}",
            "{networkId}",
            "{goalId}",
            "{stepId}",
            "{domainId}",
            "{budgetId}",
            "{codeId}",
            "{withheldId}",
            "{accountId}",
            "{reviewId}",
            "{questionId}",
            "{riskId}",
            "{checklistId}",
            "{contractReviewId}",
            "{actionId}",
            "{contractId}",
            "{optionId}",
            "{decisionId}",
            "{principleId}",
            "{governancePersonId}",
            "{budgetLineId}",
            "{ledgerEntryId}",
            "{procurementId}",
            "{scenarioId}",
            "{scenarioActionId}",
            "{bidderId}",
            "{tenderQuestionId}",
            "{stageId}",
            "{evaluationId}",
            "{fundingGrantId}",
            "{ledgerBudgetId}",
            "{feedId}",
            "{subscriptionId}",
            "{pairId}")) {
      values.put(placeholder, List.of(UUID.randomUUID().toString()));
    }
    // A cohort that exists, so its page and resource are walked with figures on them.
    values.put(
        "{cohortId}",
        List.of(
            jdbc.sql("select coalesce(min(id::text), gen_random_uuid()::text) from outcomes.cohort")
                .query(String.class)
                .single()));
    values.put(
        "{userId}",
        List.of(
            jdbc.sql("select id::text from identity.app_user where username = 'editor'")
                .query(String.class)
                .single()));
    values.put(
        "{organisationId}",
        List.of(
            jdbc.sql("select id::text from organisation.organisation order by name limit 1")
                .query(String.class)
                .single()));
    if (path.startsWith("/openreferral/services/")) {
      values.put("{id}", List.of(linkedService, REFUGE_SERVICE, unlinkedService));
    } else if (path.startsWith("/openreferral/service_at_locations/")) {
      values.put("{id}", List.of(linkedAtRefuge, linkedAtPlanted, REFUGE_AT, unlinkedAt));
    } else if (path.startsWith("/openreferral/organizations/")) {
      String refugeOrganization =
          jdbc.sql("select organization_id from directory.location where id = ?")
              .param(REFUGE)
              .query(String.class)
              .single();
      values.put("{id}", List.of(editorsOrganization, refugeOrganization, unlinkedOrganization));
    } else if (path.startsWith("/openreferral/taxonomies/")) {
      values.put(
          "{id}",
          List.of(
              jdbc.sql("select id from directory.taxonomy order by id limit 1")
                  .query(String.class)
                  .single()));
    } else if (!path.startsWith("/openreferral/")) {
      values.put("{id}", List.of(UUID.randomUUID().toString()));
    } else if (path.startsWith("/openreferral/taxonomy_terms/")) {
      values.put(
          "{id}",
          List.of(
              jdbc.sql("select id from directory.taxonomy_term order by id limit 1")
                  .query(String.class)
                  .single()));
    } else {
      // People's records, referrals and merges: no such record, but the route is walked.
      values.put("{id}", List.of(UUID.randomUUID().toString()));
    }
    List<String> filled = List.of(path);
    for (Map.Entry<String, List<String>> placeholder : values.entrySet()) {
      List<String> next = new ArrayList<>();
      for (String partial : filled) {
        if (partial.contains(placeholder.getKey())) {
          placeholder.getValue().forEach(v -> next.add(partial.replace(placeholder.getKey(), v)));
        } else {
          next.add(partial);
        }
      }
      filled = next;
    }
    assertThat(filled).allSatisfy(p -> assertThat(p).doesNotContain("{"));
    return filled;
  }

  private static final Pattern TOTAL_PAGES = Pattern.compile("\"total_pages\"\\s*:\\s*(\\d+)");

  /** A list of the API in full, every page of it, so that the fixture's entries are on one. */
  private List<String> allPages(String list) {
    String base = list + (list.contains("?") ? "&" : "?") + "per_page=100";
    if (list.matches(".*/(services|organizations)$")) {
      base += "&full=true";
    }
    HttpResponse<String> first = new WebSession(port).get(base);
    Matcher pages = TOTAL_PAGES.matcher(first.body());
    int total = pages.find() ? Integer.parseInt(pages.group(1)) : 1;
    List<String> all = new ArrayList<>();
    for (int page = 1; page <= Math.min(total, 50); page++) {
      all.add(base + "&page=" + page);
    }
    all.add(list + (list.contains("?") ? "&" : "?") + "minimal=true&per_page=100");
    return all;
  }

  private static List<String> matrixRoutes() throws IOException {
    List<String> routes = new ArrayList<>();
    try (InputStream in = HiddenPlaceRoutesTests.class.getResourceAsStream("/access-matrix.csv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("method,")) {
          continue;
        }
        String[] cells = line.trim().split(",");
        routes.add(cells[0] + " " + cells[1]);
      }
    }
    return routes;
  }

  private void sql(String sql, Object... params) {
    var spec = jdbc.sql(sql);
    for (Object param : params) {
      spec = spec.param(param);
    }
    spec.update();
  }
}
