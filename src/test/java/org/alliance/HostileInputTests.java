package org.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.alliance.identity.NewUser;
import org.alliance.identity.Role;
import org.alliance.identity.UserAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Hostile values in every parameter and form field of every route, as every visitor who can reach
 * it: the routes come from the access matrix, the parameters from the handlers' signatures and the
 * Open Referral API's own description, the form fields from the forms on each page (read with
 * jsoup). Whatever is sent, the answer is never a server error and never reflects markup unescaped.
 *
 * <p>The visitors are fresh accounts in the demo users' organisations and the objects edited are
 * this test's own (a user, an organisation, a service), so nothing another test relies on changes.
 */
@AllianceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTests {

  /** Markup that must never come back as markup: each is unique to this test. */
  private static final List<String> MARKUP =
      List.of("<script>hostile()</script>", "<img src=x onerror=hostile()>");

  /**
   * The hostile values, as they travel in a query string or form body (percent-encoded), since some
   * are bytes no Java string can hold. One of each kind of trouble: near-twins (a negative overflow
   * beside the positive one, Infinity beside 1e309, a second extreme year, "../.." beside the
   * encoded traversal) cost minutes of the suite and found nothing their twin did not.
   */
  static final List<String> CORPUS =
      List.of(
          "%00",
          "a%00b",
          "%01%08%0B%1B%7F",
          "%0D%0A%09",
          encode(MARKUP.get(0)),
          encode("\"'>" + MARKUP.get(1)),
          "99999999999999999999",
          "-1",
          "NaN",
          "1e309",
          "",
          "x".repeat(10_240),
          "%C0%AF",
          "%FF",
          "%E2%82",
          "9999-12-31T23:59:59Z",
          "%2B999999999-12-31",
          "2026-02-30",
          "%7Bid%7D",
          "%257Bx%257D",
          "..%2F..%2F..%2Fetc%2Fpasswd");

  /** What visitors after the first send to a form, one value a field: each kind of trouble. */
  static final List<String> SAMPLE =
      List.of("a%00b", encode("\"'>" + MARKUP.get(1)), "99999999999999999999", "%C0%AF");

  private static final Set<String> SESSION_CHANGING = Set.of("POST /sign-in", "POST /sign-out");

  private static final Map<String, Role> ROLES =
      Map.of(
          "commissioner", Role.COMMISSIONER,
          "alliance-manager", Role.ALLIANCE_MANAGER,
          "practitioner", Role.PRACTITIONER,
          "directory-editor", Role.DIRECTORY_EDITOR,
          "admin", Role.ADMIN,
          "data-protection-lead", Role.DATA_PROTECTION_LEAD,
          "data-lead", Role.DATA_LEAD,
          "person", Role.PERSON,
          "leadership", Role.LEADERSHIP,
          "finance-lead", Role.FINANCE_LEAD);

  private static final Map<String, String> DEMO_USER =
      Map.of(
          "commissioner", "commissioner",
          "alliance-manager", "manager",
          "practitioner", "practitioner",
          "directory-editor", "editor",
          "admin", "admin",
          "data-protection-lead", "dpo",
          "data-lead", "datalead",
          "person", "person",
          "leadership", "leader",
          "finance-lead", "finance");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;
  @Autowired ObjectMapper json;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  private final List<MatrixRow> rows = new ArrayList<>();
  private final Map<String, String> visitorUsernames = new LinkedHashMap<>();
  private final List<String> findings = java.util.Collections.synchronizedList(new ArrayList<>());
  private String userId;
  private String organisationId;
  private String serviceId;
  private String changeId;
  private String personId;
  private String decisionId;
  private String principleId;
  private String governancePersonId;
  private String scenarioId;
  private String contractId;
  private String scenarioActionId;
  private String cohortId;

  record MatrixRow(String method, String path, Map<String, String> expected) {
    String route() {
      return method + " " + path;
    }

    boolean reachableBy(String visitor) {
      String outcome = expected.get(visitor);
      return !outcome.equals("signin") && !outcome.equals("403");
    }
  }

  /** One place to send values: a method, a path and the fields with their ordinary values. */
  record Target(String method, String path, Map<String, String> fields) {
    /** The same form for another object (another report, another service) is the same target. */
    String key() {
      return method + " " + path.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}") + fields.keySet();
    }
  }

  @BeforeAll
  void setUp() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/access-matrix.csv")) {
      List<String> visitors = null;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.trim().split(",");
        if (line.startsWith("method,")) {
          visitors = List.of(cells).subList(2, cells.length);
          continue;
        }
        Map<String, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < visitors.size(); i++) {
          expected.put(visitors.get(i), cells[2 + i]);
        }
        rows.add(new MatrixRow(cells[0], cells[1], expected));
      }
    }
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    ROLES.forEach(
        (visitor, role) -> {
          UUID organisation =
              jdbc.sql("select organisation_id from identity.app_user where username = ?")
                  .param(DEMO_USER.get(visitor))
                  .query(UUID.class)
                  .single();
          String username = "hostile-" + visitor + "-" + suffix;
          UUID created =
              users
                  .create(
                      new NewUser(
                          username,
                          "Hostile " + visitor,
                          null,
                          organisation,
                          Set.of(role),
                          "x-" + suffix),
                      true)
                  .id();
          // Past the second-factor gate (demo mode), so the people's routes themselves are tried.
          users.markAsDemoAccount(created);
          visitorUsernames.put(visitor, username);
          if (role == Role.PRACTITIONER) {
            personId = personOf(created, organisation);
          }
        });
    organisationId =
        jdbc.sql(
                "insert into organisation.organisation (name, type, relationship) values (?, 'charity', 'community') returning id")
            .param("Hostile test organisation " + suffix)
            .query(UUID.class)
            .single()
            .toString();
    userId =
        users
            .create(
                new NewUser(
                    "hostile-target-" + suffix,
                    "Hostile target",
                    null,
                    UUID.fromString(organisationId),
                    Set.of(Role.PRACTITIONER),
                    "x-" + suffix),
                true)
            .id()
            .toString();
    serviceId = editorsService(suffix);
    changeId = proposedChange();
    allianceAgreement(suffix);
    // Its own contract: editing the demo's first one (with, say, a reference of twenty nines that
    // is valid) would change what other tests in the same JVM read about the demo's contracts.
    contractId =
        jdbc.sql(
                """
                insert into commissioning.contract (reference, service, start_on, end_on)
                values (?, 'Zq hostile test contract', date '2025-04-01', date '2028-03-31')
                returning id::text
                """)
            .param("ZQ-HOSTILE-" + suffix)
            .query(String.class)
            .single();
    optionsScenario(suffix);
    // The test's own cohort: its edit form's ordinary values would change, and its delete form
    // would delete, whichever cohort it is given.
    cohortId =
        jdbc.sql(
                """
                insert into outcomes.cohort (name, people, before_from, before_to, after_from,
                                             after_to, source, changed_by)
                values (?, 40, date '2024-01-01', date '2024-12-31', date '2025-01-01',
                        date '2025-12-31', 'Hostile test', 'Hostile test')
                returning id::text
                """)
            .param("Hostile test cohort " + suffix)
            .query(String.class)
            .single();
  }

  /**
   * A scenario of the test's own with one action, so the appraisal's forms are reached without
   * changing the demo's scenarios.
   */
  private void optionsScenario(String suffix) {
    scenarioId =
        jdbc.sql(
                """
                insert into commissioning.option_scenario (name, first_year, last_year)
                values (?, 2024, 2025) returning id::text
                """)
            .param("Zq hostile scenario " + suffix)
            .query(String.class)
            .single();
    scenarioActionId =
        jdbc.sql(
                """
                insert into commissioning.scenario_action (scenario_id, contract_id, action,
                  decide_by, new_end_on)
                values (cast(? as uuid), cast(? as uuid), 'extend', date '2025-09-30',
                        date '2027-03-31')
                returning id::text
                """)
            .param(scenarioId)
            .param(contractId)
            .query(String.class)
            .optional()
            .orElse(UUID.randomUUID().toString());
  }

  /**
   * A principle, a place in the governance and an open decision of the test's own, so their pages'
   * forms are reached without changing the demo alliance's.
   */
  private void allianceAgreement(String suffix) {
    principleId =
        jdbc.sql(
                """
                insert into commissioning.alliance_principle (position, wording)
                values (1000, ?) returning id::text
                """)
            .param("Zq hostile principle " + suffix)
            .query(String.class)
            .single();
    governancePersonId =
        jdbc.sql(
                """
                insert into commissioning.governance_person (level, name, organisation_id, role_title)
                values ('management', 'Zq hostile person', cast(? as uuid), 'Zq role') returning id::text
                """)
            .param(organisationId)
            .query(String.class)
            .single();
    UUID topic =
        jdbc.sql("insert into commissioning.decision_topic (name) values (?) returning id")
            .param("Zq hostile topic " + suffix)
            .query(UUID.class)
            .single();
    decisionId =
        jdbc.sql(
                """
                insert into commissioning.decision (title, topic_id, detail, key_decision,
                  votes_due_on, proposed_by_name, proposed_on)
                values ('Zq hostile decision', ?, 'Zq detail', true, current_date + 7, 'Zq', current_date)
                returning id::text
                """)
            .param(topic)
            .query(String.class)
            .single();
    jdbc.sql(
            """
            insert into commissioning.decision_voter (decision_id, person_id, name,
              organisation_name, position)
            values (cast(? as uuid), cast(? as uuid), 'Zq hostile person', 'Zq organisation', 1)
            """)
        .param(decisionId)
        .param(governancePersonId)
        .update();
  }

  @Test
  void noHostileValueGivesAServerErrorOrReflectsMarkup() throws Exception {
    List<String> visitors = new ArrayList<>();
    visitors.add("anonymous");
    visitors.addAll(ROLES.keySet());
    // Each distinct form or route gets the whole corpus once; every other visitor who can use it
    // gets one value of the sample in each field, a different one field by field and visitor by
    // visitor, so each role is tried with every kind of trouble without repeating thousands of
    // identical requests (four values to every field of every role was a third of the test).
    // Visitors go three at a time, each in its own session: the server has both cores to answer
    // them (one at a time it idled while the test built the next request), and hostile requests
    // from several roles at once are nearer what an attacker would send.
    Set<String> triedInFull = java.util.concurrent.ConcurrentHashMap.newKeySet();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(3);
    try {
      List<java.util.concurrent.Future<?>> running = new ArrayList<>();
      for (int v = 0; v < visitors.size(); v++) {
        String visitor = visitors.get(v);
        int turn = v;
        running.add(pool.submit(() -> visit(visitor, turn, triedInFull)));
      }
      for (java.util.concurrent.Future<?> visit : running) {
        visit.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(findings).as("hostile requests answered badly").isEmpty();
  }

  private void visit(String visitor, int turn, Set<String> triedInFull) {
    WebSession session = session(visitor);
    for (Target target : targets(visitor, session)) {
      boolean first = triedInFull.add(target.key());
      int f = 0;
      for (String field : target.fields().keySet()) {
        List<String> values =
            first ? CORPUS : List.of(SAMPLE.get(Math.floorMod(turn + f++, SAMPLE.size())));
        for (String value : values) {
          send(visitor, session, target, field, value);
        }
      }
    }
    for (MatrixRow row : rows) {
      if (row.path().contains("{") && row.reachableBy(visitor)) {
        for (String value : triedInFull.add(row.route()) ? CORPUS : SAMPLE) {
          String path = row.path().replaceAll("\\{[^}]+}", value.isEmpty() ? "%20" : value);
          check(visitor, row.method(), path, "", request(session, row.method(), path, ""));
        }
      }
    }
  }

  private void send(
      String visitor, WebSession session, Target target, String field, String hostile) {
    String body =
        target.fields().entrySet().stream()
            .filter(e -> !e.getKey().equals("_csrf"))
            .map(
                e ->
                    encode(e.getKey())
                        + "="
                        + (e.getKey().equals(field) ? hostile : encode(e.getValue())))
            .collect(Collectors.joining("&"));
    String path =
        target.method().equals("GET") && !body.isEmpty()
            ? target.path() + "?" + body
            : target.path();
    check(
        visitor,
        target.method(),
        target.path(),
        field + "=" + shorten(hostile),
        request(session, target.method(), path, target.method().equals("GET") ? "" : body));
  }

  /**
   * The response, or none when the connection closed before any reply came twice running. Once is
   * the client reusing a kept-alive connection just as the server closed it, which any browser
   * retries; twice for the same request is the server dropping it, a finding.
   */
  private Optional<HttpResponse<String>> request(
      WebSession session, String method, String path, String body) {
    for (int attempt = 1; ; attempt++) {
      try {
        return Optional.of(
            method.equals("GET") ? session.get(path) : session.postEncoded(path, body));
      } catch (IllegalStateException e) {
        if (!(e.getCause() instanceof IOException) || attempt == 2) {
          return Optional.empty();
        }
      }
    }
  }

  private void check(
      String visitor,
      String method,
      String path,
      String what,
      Optional<HttpResponse<String>> answer) {
    String request = method + " " + shorten(path) + " " + what + " as " + visitor;
    if (answer.isEmpty()) {
      findings.add(request + ": connection closed with no response");
      return;
    }
    HttpResponse<String> response = answer.get();
    if (response.statusCode() >= 500) {
      findings.add(request + ": " + response.statusCode());
    }
    boolean html = response.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
    if (html && MARKUP.stream().anyMatch(response.body()::contains)) {
      findings.add(request + ": markup reflected unescaped");
    }
  }

  /**
   * Every form on every page the visitor may open, and every route they may call with the
   * parameters its handler declares, each with the fields' ordinary values.
   */
  private List<Target> targets(String visitor, WebSession session) {
    Map<String, Target> targets = new LinkedHashMap<>();
    for (MatrixRow row : rows) {
      if (!row.reachableBy(visitor)
          || (!visitor.equals("anonymous") && SESSION_CHANGING.contains(row.route()))) {
        continue;
      }
      String path = fill(row.path());
      Map<String, String> declared = new LinkedHashMap<>();
      parameterNames(row).forEach(name -> declared.put(name, ""));
      if (!declared.isEmpty()) {
        Target target = new Target(row.method(), path, declared);
        targets.putIfAbsent(target.key(), target);
      }
      if (row.method().equals("GET") && row.expected().get(visitor).equals("200")) {
        HttpResponse<String> page = session.get(path);
        if (!page.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
          continue;
        }
        for (FormElement form : Jsoup.parse(page.body()).forms()) {
          Target target = target(form, path);
          if (target != null) {
            targets.putIfAbsent(target.key(), target);
          }
        }
      }
    }
    return List.copyOf(targets.values());
  }

  private Target target(FormElement form, String pagePath) {
    String action = form.attr("action").isEmpty() ? pagePath : form.attr("action");
    if (action.equals("/sign-out") || action.startsWith("http")) {
      return null;
    }
    action = action.replaceAll("\\?.*", "");
    Map<String, String> fields = new LinkedHashMap<>();
    for (Element input : form.select("input[name], select[name], textarea[name]")) {
      String type = input.attr("type");
      if (type.equals("file") || type.equals("submit")) {
        continue;
      }
      if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
        fields.putIfAbsent(input.attr("name"), "");
        continue;
      }
      String value =
          input.tagName().equals("select")
              ? input.select("option[selected]").stream().findFirst().map(o -> o.val()).orElse("")
              : input.tagName().equals("textarea") ? input.text() : input.val();
      if (!fields.containsKey(input.attr("name")) || fields.get(input.attr("name")).isEmpty()) {
        fields.put(input.attr("name"), value);
      }
    }
    fields.remove("_csrf");
    if (fields.isEmpty()) {
      return null;
    }
    String method = form.attr("method").equalsIgnoreCase("post") ? "POST" : "GET";
    return new Target(method, action, fields);
  }

  /** The request parameters the route's handler declares: named ones and a form record's. */
  private Set<String> parameterNames(MatrixRow row) {
    Set<String> names = new LinkedHashSet<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
        mappings.getHandlerMethods().entrySet()) {
      RequestMappingInfo info = entry.getKey();
      Set<String> methods =
          info.getMethodsCondition().getMethods().stream()
              .map(Enum::name)
              .collect(Collectors.toSet());
      if (!info.getPatternValues().contains(row.path())
          || !(methods.isEmpty() || methods.contains(row.method()))) {
        continue;
      }
      for (MethodParameter parameter : entry.getValue().getMethodParameters()) {
        parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
        RequestParam named = parameter.getParameterAnnotation(RequestParam.class);
        Class<?> type = parameter.getParameterType();
        if (named != null && !Map.class.isAssignableFrom(type)) {
          names.add(named.name().isEmpty() ? parameter.getParameterName() : named.name());
        } else if (type.isRecord() && type.getPackageName().startsWith("org.alliance")) {
          for (RecordComponent component : type.getRecordComponents()) {
            names.add(component.getName());
          }
        }
      }
    }
    if (row.path().startsWith("/openreferral/") && !row.path().contains("{")) {
      names.addAll(apiParameters(row.path()));
    }
    return names;
  }

  /** The query parameters the Open Referral API's own description lists for a path. */
  private Set<String> apiParameters(String path) {
    Set<String> names = new LinkedHashSet<>();
    JsonNode openApi = openApi();
    JsonNode operation = openApi.path("paths").path(path.substring("/openreferral".length()));
    for (JsonNode parameter : operation.path("get").path("parameters")) {
      JsonNode resolved = parameter;
      if (parameter.has("$ref")) {
        String[] pointer = parameter.get("$ref").asString().substring(2).split("/");
        resolved = openApi;
        for (String part : pointer) {
          resolved = resolved.path(part);
        }
      }
      if (resolved.path("in").asString("").equals("query")) {
        names.add(resolved.path("name").asString());
      }
    }
    return names;
  }

  private JsonNode openApi;

  private synchronized JsonNode openApi() {
    if (openApi == null) {
      openApi = json.readTree(new WebSession(port).get("/openreferral/openapi.json").body());
    }
    return openApi;
  }

  private final Map<String, WebSession> sessions = new java.util.concurrent.ConcurrentHashMap<>();

  private WebSession session(String visitor) {
    return sessions.computeIfAbsent(
        visitor,
        v -> {
          if (v.equals("anonymous")) {
            return new WebSession(port);
          }
          String username = visitorUsernames.get(v);
          String password = "x-" + username.substring(username.length() - 8); // as created in setUp
          return WebSession.signedIn(port, username, password);
        });
  }

  /** The first row of a table, so its pages' forms are walked too; a random id if it is empty. */
  private String anyId(String table) {
    return jdbc.sql("select id::text from " + table + " order by created_at limit 1")
        .query(String.class)
        .optional()
        .orElse(UUID.randomUUID().toString());
  }

  /** A demo ledger line or entry, so the ledger's forms are walked too (any id if none). */
  private String ledgerId(String table) {
    return jdbc.sql(
            "select coalesce((select id::text from "
                + table
                + " order by id limit 1), gen_random_uuid()::text)")
        .query(String.class)
        .single();
  }

  private String fill(String path) {
    return path.replace("{userId}", userId)
        .replace("{organisationId}", organisationId)
        .replace("{serviceId}", serviceId)
        .replace("{reportId}", reportId())
        .replace("{changeId}", changeId)
        .replace("{number}", "1")
        .replace("{grantId}", UUID.randomUUID().toString())
        .replace("{fundingGrantId}", anyId("commissioning.funding_grant"))
        .replace("{ledgerBudgetId}", ledgerId("commissioning.ledger_budget"))
        .replace("{contractId}", contractId)
        .replace("{optionId}", UUID.randomUUID().toString())
        .replace("{contactId}", UUID.randomUUID().toString())
        .replace("{episodeId}", UUID.randomUUID().toString())
        .replace("{cohortId}", cohortId)
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
        .replace("{wordId}", UUID.randomUUID().toString())
        .replace("{feedId}", UUID.randomUUID().toString())
        .replace("{subscriptionId}", UUID.randomUUID().toString())
        .replace("{pairId}", UUID.randomUUID().toString())
        .replace("{withheldId}", UUID.randomUUID().toString())
        .replace("{questionId}", UUID.randomUUID().toString())
        .replace("{stepId}", UUID.randomUUID().toString())
        .replace("{domainId}", UUID.randomUUID().toString())
        .replace("{decisionId}", decisionId)
        .replace("{principleId}", principleId)
        .replace("{governancePersonId}", governancePersonId)
        .replace(
            "{riskId}",
            jdbc.sql(
                    "select id::text from commissioning.risk where level = 'alliance' order by seq desc limit 1")
                .query(String.class)
                .optional()
                .orElse(UUID.randomUUID().toString()))
        .replace("{checklistId}", anyId("commissioning.review_checklist"))
        .replace("{contractReviewId}", anyId("commissioning.contract_review"))
        .replace("{actionId}", UUID.randomUUID().toString())
        .replace("{budgetLineId}", ledgerId("commissioning.ledger_line"))
        .replace("{ledgerEntryId}", ledgerId("commissioning.ledger_entry"))
        .replace("{procurementId}", UUID.randomUUID().toString())
        .replace("{bidderId}", UUID.randomUUID().toString())
        .replace("{tenderQuestionId}", UUID.randomUUID().toString())
        .replace("{stageId}", UUID.randomUUID().toString())
        .replace("{evaluationId}", UUID.randomUUID().toString())
        .replace("{scenarioActionId}", scenarioActionId)
        .replace("{scenarioId}", scenarioId)
        .replace("{indicatorCode}", "did-not-attend-rate")
        .replace(
            "{id}",
            path.startsWith("/openreferral/services/")
                ? serviceId
                : path.startsWith("/people/") || path.startsWith("/data-protection/people/")
                    ? personId
                    : UUID.randomUUID().toString());
  }

  /** A person the hostile practitioner's member registered, so its forms are really reached. */
  private String personOf(UUID practitioner, UUID member) {
    String id =
        jdbc.sql(
                """
                insert into support.person (given_name, family_name, registered_by_member, registered_by)
                values ('Zqhostile', 'Zqtarget', :member, :user) returning id::text
                """)
            .param("member", member)
            .param("user", practitioner)
            .query(String.class)
            .single();
    jdbc.sql(
            """
            insert into support.access_grant (person_id, kind, member_id, labels, status)
            values (cast(:person as uuid), 'standard', :member,
                    array['safeguarding', 'sexual-health', 'criminal-justice', 'mental-health'], 'active')
            """)
        .param("person", id)
        .param("member", member)
        .update();
    return id;
  }

  private String reportId() {
    return jdbc.sql(
            "select id::text from directory.problem_report where service_id = ? order by reported_at desc limit 1")
        .param(serviceId)
        .query(String.class)
        .optional()
        .orElse(UUID.randomUUID().toString());
  }

  /** A service of the demo editor's organisation, so both the editor and an admin may edit it. */
  private String editorsService(String suffix) {
    String organization = UUID.randomUUID().toString();
    String service = UUID.randomUUID().toString();
    jdbc.sql(
            """
            insert into directory.organization (id, name, description, alliance_organisation_id)
            select ?, ?, 'Hostile input test', organisation_id from identity.app_user where username = 'editor'""")
        .param(organization)
        .param("Hostile test organization " + suffix)
        .update();
    jdbc.sql(
            "insert into directory.service (id, organization_id, name, status) values (?, ?, ?, 'active')")
        .param(service)
        .param(organization)
        .param("Hostile test service " + suffix)
        .update();
    return service;
  }

  /** A change the demo editor proposes to this test's service, for the admin to look at. */
  private String proposedChange() {
    WebSession editor = WebSession.signedIn(port, "editor", "alliance-demo");
    HttpResponse<String> form = editor.get("/directory/services/" + serviceId + "/edit");
    editor.submit(
        form, "main form[method=post]", Map.of("description", "Changed by a hostile test"));
    return jdbc.sql(
            "select id::text from directory.service_change where service_id = ? order by proposed_at desc limit 1")
        .param(serviceId)
        .query(String.class)
        .optional()
        .orElse(UUID.randomUUID().toString());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String shorten(String value) {
    return value.length() > 60 ? value.substring(0, 60) + "..." : value;
  }
}
