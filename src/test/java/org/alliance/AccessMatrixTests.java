package org.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.alliance.identity.NewUser;
import org.alliance.identity.Role;
import org.alliance.identity.UserAccount;
import org.alliance.identity.UserAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Access rules as a matrix: every route, every role and anonymous, over real HTTP with real
 * sign-ins. The matrix lives in {@code access-matrix.csv}; a route without a row fails the build.
 */
@AllianceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTests {

  private static final List<String> VISITORS =
      List.of(
          "anonymous",
          "commissioner",
          "alliance-manager",
          "practitioner",
          "directory-editor",
          "admin",
          "data-protection-lead",
          "data-lead",
          "person",
          "leadership",
          "finance-lead");
  private static final Map<String, String> DEMO_USER =
      Map.ofEntries(
          Map.entry("commissioner", "commissioner"),
          Map.entry("alliance-manager", "manager"),
          Map.entry("practitioner", "practitioner"),
          Map.entry("directory-editor", "editor"),
          Map.entry("admin", "admin"),
          Map.entry("data-protection-lead", "dpo"),
          Map.entry("data-lead", "datalead"),
          Map.entry("person", "person"),
          Map.entry("leadership", "leader"),
          Map.entry("finance-lead", "finance"));

  /** Routes that end or replace the session are tried from a fresh sign-in each time. */
  private static final Set<String> SESSION_CHANGING = Set.of("POST /sign-in", "POST /sign-out");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  private List<Row> rows;
  private final Map<String, WebSession> sessions = new LinkedHashMap<>();

  record Row(String method, String path, Map<String, String> expected) {
    String route() {
      return method + " " + path;
    }
  }

  @BeforeAll
  void readMatrix() throws IOException {
    rows = new ArrayList<>();
    try (InputStream in = getClass().getResourceAsStream("/access-matrix.csv")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (String line : lines) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("method,")) {
          continue;
        }
        String[] cells = line.trim().split(",");
        Map<String, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < VISITORS.size(); i++) {
          expected.put(VISITORS.get(i), cells[2 + i]);
        }
        rows.add(new Row(cells[0], cells[1], expected));
      }
    }
  }

  @Test
  void everyRouteHasARowInTheMatrix() {
    Set<String> served = new TreeSet<>();
    mappings
        .getHandlerMethods()
        .forEach(
            (info, handler) -> {
              if (handler.getBeanType().getSimpleName().equals("BasicErrorController")) {
                return;
              }
              Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
              for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                  served.add("GET " + pattern);
                } else {
                  methods.forEach(method -> served.add(method.name() + " " + pattern));
                }
              }
            });
    Set<String> inMatrix = new TreeSet<>();
    rows.forEach(row -> inMatrix.add(row.route()));
    assertThat(inMatrix).as("routes in access-matrix.csv").containsAll(served);
  }

  @TestFactory
  Stream<DynamicTest> everyVisitorGetsExactlyWhatTheMatrixSays() {
    return rows.stream()
        .flatMap(
            row ->
                VISITORS.stream()
                    .map(
                        visitor ->
                            DynamicTest.dynamicTest(
                                row.route() + " as " + visitor,
                                () ->
                                    assertThat(outcome(row, visitor))
                                        .isEqualTo(row.expected().get(visitor)))));
  }

  private String outcome(Row row, String visitor) {
    WebSession session =
        SESSION_CHANGING.contains(row.route()) ? newSession(visitor) : session(visitor);
    String path = fill(row.path());
    HttpResponse<String> response;
    if (row.method().equals("GET")) {
      response = session.get(path);
    } else {
      // A page with a form, so the post carries the session's CSRF token.
      session.get(visitor.equals("anonymous") ? "/sign-in" : "/");
      response = session.post(path, Map.of());
    }
    int status = response.statusCode();
    if (status == 302) {
      String location = response.headers().firstValue("Location").orElse("");
      return location.matches("(https?://[^/]+)?/sign-in([?#].*)?") ? "signin" : "302";
    }
    return Integer.toString(status);
  }

  private WebSession session(String visitor) {
    return sessions.computeIfAbsent(visitor, this::newSession);
  }

  private WebSession newSession(String visitor) {
    WebSession session = new WebSession(port);
    if (!visitor.equals("anonymous")) {
      HttpResponse<String> signedIn = session.signIn(DEMO_USER.get(visitor), "alliance-demo");
      assertThat(signedIn.headers().firstValue("Location"))
          .as("sign-in as " + visitor)
          .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
    }
    return session;
  }

  private String fill(String path) {
    if (path.startsWith("/openreferral/") && path.endsWith("/{id}")) {
      String table =
          path.substring("/openreferral/".length(), path.length() - "s/{id}".length())
              .replace("taxonomie", "taxonomy");
      return path.replace(
          "{id}",
          jdbc.sql("select id from directory." + table + " order by id limit 1")
              .query(String.class)
              .single());
    }
    return path.replace("{userId}", matrixSubject())
        .replace(
            "{organisationId}",
            idOf("select id from organisation.organisation order by name limit 1"))
        .replace("{serviceId}", anyService())
        .replace("{reportId}", UUID.randomUUID().toString())
        .replace("{wordId}", UUID.randomUUID().toString())
        .replace("{feedId}", UUID.randomUUID().toString())
        .replace("{subscriptionId}", UUID.randomUUID().toString())
        .replace("{pairId}", UUID.randomUUID().toString())
        .replace("{changeId}", UUID.randomUUID().toString())
        .replace("{number}", "999")
        .replace("{contactId}", UUID.randomUUID().toString())
        .replace("{episodeId}", UUID.randomUUID().toString())
        .replace(
            "{cohortId}",
            path.contains("{cohortId}")
                ? idOf("select id from outcomes.cohort order by lower(name) limit 1")
                : "")
        .replace("{contractId}", demoContract())
        .replace("{optionId}", UUID.randomUUID().toString())
        .replace("{id}", UUID.randomUUID().toString())
        .replace("{grantId}", UUID.randomUUID().toString())
        .replace("{fundingGrantId}", anyId("commissioning.funding_grant", "created_at"))
        .replace("{ledgerBudgetId}", anyId("commissioning.ledger_budget", "financial_year desc"))
        .replace("{referralId}", UUID.randomUUID().toString())
        .replace("{mergeId}", UUID.randomUUID().toString())
        .replace("{modalityId}", UUID.randomUUID().toString())
        .replace("{entryId}", UUID.randomUUID().toString())
        .replace("{networkId}", UUID.randomUUID().toString())
        .replace("{goalId}", UUID.randomUUID().toString())
        .replace("{budgetId}", UUID.randomUUID().toString())
        .replace("{codeId}", UUID.randomUUID().toString())
        .replace("{accountId}", UUID.randomUUID().toString())
        .replace("{reviewId}", UUID.randomUUID().toString())
        .replace("{wordsId}", UUID.randomUUID().toString())
        .replace("{withheldId}", UUID.randomUUID().toString())
        .replace("{questionId}", UUID.randomUUID().toString())
        .replace("{stepId}", UUID.randomUUID().toString())
        .replace("{domainId}", UUID.randomUUID().toString())
        .replace("{riskId}", allianceRisk())
        .replace("{checklistId}", demoChecklist())
        .replace("{contractReviewId}", UUID.randomUUID().toString())
        .replace("{actionId}", UUID.randomUUID().toString())
        .replace("{decisionId}", UUID.randomUUID().toString())
        .replace("{principleId}", UUID.randomUUID().toString())
        .replace("{governancePersonId}", UUID.randomUUID().toString())
        .replace("{budgetLineId}", ledgerLine())
        .replace("{ledgerEntryId}", anotherMembersLedgerEntry())
        .replace("{procurementId}", UUID.randomUUID().toString())
        .replace("{bidderId}", UUID.randomUUID().toString())
        .replace("{tenderQuestionId}", UUID.randomUUID().toString())
        .replace("{stageId}", UUID.randomUUID().toString())
        .replace("{evaluationId}", UUID.randomUUID().toString())
        .replace("{scenarioActionId}", demoScenarioAction())
        .replace("{scenarioId}", demoScenario())
        .replace("{indicatorCode}", "did-not-attend-rate");
  }

  /** The demo's options appraisal scenario (read only here: the posts carry no version). */
  private String demoScenario() {
    return jdbc.sql(
            "select id::text from commissioning.option_scenario order by created_at limit 1")
        .query(String.class)
        .optional()
        .orElse(UUID.randomUUID().toString());
  }

  /** An action of {@link #demoScenario()}. */
  private String demoScenarioAction() {
    return jdbc.sql(
            """
            select a.id::text from commissioning.scenario_action a
             where a.scenario_id = (select id from commissioning.option_scenario
                                     order by created_at limit 1)
             order by a.created_at limit 1
            """)
        .query(String.class)
        .optional()
        .orElse(UUID.randomUUID().toString());
  }

  /** The demo's contract review checklist, which exists without any contract. */
  private String demoChecklist() {
    return jdbc.sql(
            "select id::text from commissioning.review_checklist order by created_at limit 1")
        .query(String.class)
        .optional()
        .orElse(UUID.randomUUID().toString());
  }

  /**
   * An alliance-level risk from the demo register, so its rows show who reads and who keeps one (it
   * is not one of the contract risks' pages, so those answer 404 for it).
   */
  private String allianceRisk() {
    return jdbc.sql(
            "select id::text from commissioning.risk where level = 'alliance' order by seq desc limit 1")
        .query(String.class)
        .optional()
        .orElse(UUID.randomUUID().toString());
  }

  /** This year's first demo budget line (any viewer of the ledger sees a line). */
  private String ledgerLine() {
    return jdbc.sql(
            """
            select coalesce((select l.id::text from commissioning.ledger_line l
                               join commissioning.ledger_budget b on b.id = l.budget_id
                              order by b.financial_year desc, l.position limit 1),
                            gen_random_uuid()::text)
            """)
        .query(String.class)
        .single();
  }

  /**
   * A demo ledger entry of a member other than the demo finance lead's, so the finance lead's row
   * shows the ledger's own rule at work: another member's entry is not found.
   */
  private String anotherMembersLedgerEntry() {
    return jdbc.sql(
            """
            select coalesce((select e.id::text from commissioning.ledger_entry e
                               join organisation.organisation o on o.id = e.member_id
                              where o.name = 'Harbour Housing' and e.corrects is null
                              order by e.seq limit 1),
                            gen_random_uuid()::text)
            """)
        .query(String.class)
        .single();
  }

  /**
   * The account the admin routes act on: one of its own, not a visitor's, since resetting a user's
   * password or second factor ends that user's sessions.
   */
  private String matrixSubject() {
    jdbc.sql(
            """
            insert into identity.app_user (username, display_name, organisation_id, password_hash)
            select 'matrix-subject', 'Matrix subject', id, 'not a hash' from organisation.organisation
             order by name limit 1
            on conflict (username) do nothing
            """)
        .update();
    return idOf("select id from identity.app_user where username = 'matrix-subject'");
  }

  /**
   * A service that another member's editors look after (not the demo editor's organisation), so the
   * editor's row shows the organisation scope at work whatever other tests have added meanwhile.
   * The matrix adds one of its own if the directory has none.
   */
  private String anyService() {
    String editorsOrganisation =
        "(select organisation_id from identity.app_user where username = 'editor')";
    return jdbc.sql(
            """
            select s.id from directory.service s join directory.organization o on o.id = s.organization_id
             where o.alliance_organisation_id <> %s order by s.id limit 1"""
                .formatted(editorsOrganisation))
        .query(String.class)
        .optional()
        .orElseGet(
            () -> {
              String organization = UUID.randomUUID().toString();
              String service = UUID.randomUUID().toString();
              jdbc.sql(
                      """
              insert into directory.organization (id, name, description, alliance_organisation_id)
              select ?, 'Matrix test', 'x', id from organisation.organisation where id <> %s order by name limit 1"""
                          .formatted(editorsOrganisation))
                  .param(organization)
                  .update();
              jdbc.sql(
                      "insert into directory.service (id, organization_id, name, status) values (?, ?, 'Matrix test', 'active')")
                  .param(service)
                  .param(organization)
                  .update();
              return service;
            });
  }

  /**
   * Objects of an organisation the demo users do not belong to: a service, a change its own editor
   * proposed, a problem report on it and a user. Each carries a marker no other page shows.
   */
  record OtherOrganisation(
      String marker, String serviceId, String changeId, String reportId, String userId) {}

  private OtherOrganisation other;

  private OtherOrganisation other() {
    if (other != null) {
      return other;
    }
    String marker = "xorg" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    UUID organisation =
        jdbc.sql(
                """
                select id from organisation.organisation
                 where relationship = 'member' and id not in (select organisation_id from identity.app_user where username in
                       ('commissioner', 'manager', 'practitioner', 'editor', 'admin'))
                 order by name limit 1""")
            .query(UUID.class)
            .single();
    String organization = UUID.randomUUID().toString();
    String service = UUID.randomUUID().toString();
    jdbc.sql(
            "insert into directory.organization (id, name, description, alliance_organisation_id) values (?, ?, 'x', ?)")
        .param(organization)
        .param("Other organisation " + marker)
        .param(organisation)
        .update();
    jdbc.sql(
            "insert into directory.service (id, organization_id, name, description, status) values (?, ?, ?, ?, 'active')")
        .param(service)
        .param(organization)
        .param("Other service " + marker)
        .param("Published description " + marker)
        .update();
    String password = "other-" + marker;
    UserAccount editor =
        users.create(
            new NewUser(
                "editor-" + marker,
                "Other editor " + marker,
                marker + "@other.example",
                organisation,
                Set.of(Role.DIRECTORY_EDITOR),
                password),
            true);
    WebSession session = WebSession.signedIn(port, editor.username(), password);
    session.submit(
        session.get("/directory/services/" + service + "/edit"),
        "main form[method=post]",
        Map.of("description", "Proposed description " + marker));
    String change =
        jdbc.sql("select id::text from directory.service_change where service_id = ?")
            .param(service)
            .query(String.class)
            .single();
    String report =
        jdbc.sql(
                "insert into directory.problem_report (service_id, what_is_wrong, reporter_email) values (?, ?, ?) returning id::text")
            .param(service)
            .param("Reported problem " + marker)
            .param("reporter-" + marker + "@other.example")
            .query(String.class)
            .single();
    other = new OtherOrganisation(marker, service, change, report, editor.id().toString());
    return other;
  }

  /**
   * Everything stored about the other organisation's objects, to tell whether a request changed it.
   */
  private String otherState() {
    OtherOrganisation o = other();
    return jdbc.sql(
            """
            select concat_ws('|',
              (select to_jsonb(s)::text from directory.service s where s.id = :service),
              (select string_agg(to_jsonb(c)::text, ',' order by c.id) from directory.service_change c
                where c.service_id = :service),
              (select string_agg(to_jsonb(r)::text, ',' order by r.id) from directory.problem_report r
                where r.service_id = :service),
              (select to_jsonb(u)::text from identity.app_user u where u.id = cast(:user as uuid)),
              (select string_agg(role, ',' order by role) from identity.user_role
                where user_id = cast(:user as uuid)))""")
        .param("service", o.serviceId())
        .param("user", o.userId())
        .query(String.class)
        .single();
  }

  /**
   * Every row that names an object, tried by every visitor the matrix refuses on a real object of
   * another organisation, with a form that would change it if it were accepted: the request is
   * refused, nothing about the object changes in the database, and the body shows none of it.
   */
  @TestFactory
  Stream<DynamicTest> anotherOrganisationsObjectsAreNeitherChangedNorShown() {
    Map<String, String> hijack = new LinkedHashMap<>();
    for (String field :
        List.of(
            "description",
            "name",
            "reason",
            "note",
            "decisionNote",
            "resolution",
            "displayName",
            "email",
            "enabled",
            "password",
            "status")) {
      hijack.put(field, "hijacked");
    }
    return rows.stream()
        .filter(row -> row.path().matches(".*\\{(serviceId|changeId|reportId|userId)}.*"))
        .flatMap(
            row ->
                VISITORS.stream()
                    .filter(visitor -> !visitor.equals("admin"))
                    .filter(
                        visitor ->
                            List.of("signin", "403", "404").contains(row.expected().get(visitor)))
                    .map(
                        visitor ->
                            DynamicTest.dynamicTest(
                                row.route() + " on another organisation's object as " + visitor,
                                () -> actOnAnotherOrganisationsObject(row, visitor, hijack))));
  }

  private void actOnAnotherOrganisationsObject(
      Row row, String visitor, Map<String, String> hijack) {
    OtherOrganisation o = other();
    String path =
        row.path()
            .replace("{serviceId}", o.serviceId())
            .replace("{changeId}", o.changeId())
            .replace("{reportId}", o.reportId())
            .replace("{userId}", o.userId())
            .replace("{number}", "1")
            .replace("{feedId}", UUID.randomUUID().toString())
            .replace("{pairId}", UUID.randomUUID().toString());
    String before = otherState();
    WebSession session = session(visitor);
    HttpResponse<String> response;
    if (row.method().equals("GET")) {
      response = session.get(path);
    } else {
      session.get(visitor.equals("anonymous") ? "/sign-in" : "/");
      response = session.post(path, hijack);
    }
    assertThat(response.statusCode()).as("status").isIn(302, 403, 404);
    if (response.statusCode() == 302) {
      assertThat(response.headers().firstValue("Location").orElse(""))
          .matches("(https?://[^/]+)?/sign-in([?#].*)?");
    }
    assertThat(otherState()).as("what is stored about the object").isEqualTo(before);
    assertThat(response.body()).as("the response body").doesNotContain(o.marker());
  }

  /** A demo contract, so the commissioner's contract pages are really reached. */
  private String demoContract() {
    return jdbc.sql("select id::text from commissioning.contract order by reference limit 1")
        .query(String.class)
        .optional()
        .orElse(UUID.randomUUID().toString());
  }

  /** The first row of a demo table in a stable order, or a random id when the table is empty. */
  private String anyId(String table, String order) {
    return jdbc.sql(
            "select coalesce((select id::text from "
                + table
                + " order by "
                + order
                + " limit 1), gen_random_uuid()::text)")
        .query(String.class)
        .single();
  }

  private String idOf(String sql) {
    return jdbc.sql(sql).query(UUID.class).single().toString();
  }
}
