package org.alliance.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
import org.alliance.identity.Role;
import org.alliance.identity.UserAccount;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who sees what of a person, as a matrix over real HTTP: viewer (role and member) × the person's
 * consent × the viewer's grant × route. Every cell asserts what the page shows and what it must
 * not, not only its status. The expected outcome is written out per cell below, not computed by the
 * rule under test.
 *
 * <p>The person is registered at member A (Open Road, the demo {@code practitioner}). Viewer B is
 * {@code practitioner2} at the Recovery Partnership; C is a practitioner at Harbour Housing with no
 * grant ever.
 */
@AllianceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonAccessMatrixTests {

  enum ConsentState {
    NONE,
    GIVEN_ALL,
    GIVEN_TO_B,
    GIVEN_TO_C_ONLY,
    REFUSED,
    WITHDRAWN,
    EXPIRED
  }

  enum GrantToB {
    NONE,
    STANDARD,
    SPECIFIC,
    BREAK_GLASS,
    EXPIRED,
    EXCLUDED
  }

  /** What a viewer gets. */
  enum Seen {
    OPEN,
    MAY_EXIST,
    HIDDEN,
    DENIED,
    SIGN_IN
  }

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;
  @Autowired Organisations organisations;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  private SupportFixture fixture;
  private final Map<String, WebSession> sessions = new LinkedHashMap<>();
  private final Map<String, UUID> people = new LinkedHashMap<>();
  private UserAccount c;
  private UserAccount registeringPractitioner;

  @BeforeAll
  void setUp() {
    fixture = new SupportFixture(jdbc, users, organisations);
    UserAccount a = fixture.user("practitioner");
    registeringPractitioner = a;
    UserAccount b = fixture.user("practitioner2");
    c = fixture.newUser(Role.PRACTITIONER, fixture.member("Harbour Housing").id(), true);
    LocalDate today = LocalDate.now();
    for (ConsentState consent : ConsentState.values()) {
      for (GrantToB grant : GrantToB.values()) {
        UUID person =
            fixture.person(
                given(consent, grant), family(consent, grant), LocalDate.of(2008, 3, 4), a);
        switch (consent) {
          case NONE -> {}
          case GIVEN_ALL -> fixture.consent(person, "given", null, new String[0], today, null, a);
          case GIVEN_TO_B ->
              fixture.consent(
                  person, "given", new UUID[] {b.organisationId()}, new String[0], today, null, a);
          case GIVEN_TO_C_ONLY ->
              fixture.consent(
                  person, "given", new UUID[] {c.organisationId()}, new String[0], today, null, a);
          case REFUSED -> fixture.consent(person, "refused", null, new String[0], today, null, a);
          case WITHDRAWN -> {
            fixture.consent(person, "given", null, new String[0], today.minusDays(30), null, a);
            fixture.consent(person, "withdrawn", null, new String[0], today, null, a);
          }
          case EXPIRED ->
              fixture.consent(
                  person, "given", null, new String[0], today.minusDays(60), today.minusDays(1), a);
        }
        String[] none = new String[0];
        switch (grant) {
          case NONE -> {}
          case STANDARD ->
              fixture.grant(person, "standard", b.organisationId(), null, none, null, null);
          case SPECIFIC ->
              fixture.grant(person, "specific", b.organisationId(), b.id(), none, 240, null);
          case BREAK_GLASS ->
              fixture.grant(
                  person,
                  "break-glass",
                  b.organisationId(),
                  b.id(),
                  SupportFixture.ALL_LABELS,
                  4,
                  "urgent");
          case EXPIRED ->
              fixture.grant(person, "specific", b.organisationId(), b.id(), none, -1, null);
          case EXCLUDED -> {
            fixture.grant(person, "specific", b.organisationId(), b.id(), none, 240, null);
            fixture.grant(
                person,
                "break-glass",
                b.organisationId(),
                b.id(),
                SupportFixture.ALL_LABELS,
                4,
                "urgent");
            fixture.grant(
                person, "excluded", b.organisationId(), null, none, null, "refuses this member");
          }
        }
        people.put(consent + "/" + grant, person);
        note(person, a, null, GENERAL_NOTE);
        note(person, a, "safeguarding", SAFEGUARDING_NOTE);
      }
    }
    for (GrantToB kind : List.of(GrantToB.STANDARD, GrantToB.SPECIFIC, GrantToB.BREAK_GLASS)) {
      for (GrantLabels labels : GrantLabels.values()) {
        for (ConsentParts parts : ConsentParts.values()) {
          UUID person = fixture.person("Zqlabel", "Zqsensitive" + kind + labels + parts, null, a);
          fixture.consent(person, "given", null, parts.codes, today, null, a);
          switch (kind) {
            case STANDARD ->
                fixture.grant(
                    person, "standard", b.organisationId(), null, labels.codes, null, null);
            case SPECIFIC ->
                fixture.grant(
                    person, "specific", b.organisationId(), b.id(), labels.codes, 240, null);
            default ->
                fixture.grant(
                    person, "break-glass", b.organisationId(), b.id(), labels.codes, 4, "urgent");
          }
          note(person, a, null, GENERAL_NOTE);
          note(person, a, "safeguarding", SAFEGUARDING_NOTE);
          note(person, a, "mental-health", MENTAL_HEALTH_NOTE);
          fixture.goal(person, a, null, GENERAL_GOAL);
          fixture.goal(person, a, "safeguarding", SAFEGUARDING_GOAL);
          fixture.planEntry(person, a, "mental-health", MENTAL_HEALTH_STRENGTH);
          fixture.networkMember(person, a, "safeguarding", SAFEGUARDING_NETWORK);
          labelled.put(kind + "/" + labels + "/" + parts, person);
        }
      }
    }
  }

  private static final String GENERAL_NOTE = "Zq general note for everyone who may open";
  private static final String SAFEGUARDING_NOTE = "Zq safeguarding note, labelled";
  private static final String MENTAL_HEALTH_NOTE = "Zq mental health note, labelled";
  private static final String GENERAL_GOAL = "Zq general goal in their words";
  private static final String SAFEGUARDING_GOAL = "Zq safeguarding goal, labelled";
  private static final String MENTAL_HEALTH_STRENGTH = "Zq mental health strength, labelled";
  private static final String SAFEGUARDING_NETWORK = "Zqlabelledhelper";

  /** The labels B's grant names, in the sensitivity dimension. */
  enum GrantLabels {
    NONE(),
    SAFEGUARDING("safeguarding"),
    ALL(SupportFixture.ALL_LABELS);

    final String[] codes;

    GrantLabels(String... codes) {
      this.codes = codes;
    }
  }

  /** The sensitive parts the person's consent (given to every member) shares. */
  enum ConsentParts {
    NONE(),
    SAFEGUARDING("safeguarding"),
    MENTAL_HEALTH("mental-health");

    final String[] codes;

    ConsentParts(String... codes) {
      this.codes = codes;
    }
  }

  private final Map<String, UUID> labelled = new LinkedHashMap<>();

  private void note(UUID person, UserAccount author, String label, String body) {
    jdbc.sql(
            """
            insert into support.case_note (person_id, member_id, author_id, label, body)
            values (:person, :member, :author, :label, :body)
            """)
        .param("person", person)
        .param("member", author.organisationId())
        .param("author", author.id())
        .param("label", label)
        .param("body", body)
        .update();
  }

  /**
   * B's reach, written out: break glass reaches every label whatever the grant names; otherwise a
   * label is reached only where the grant names it and the consent shares it (B is not the
   * registering member).
   */
  private static boolean bSeesSafeguarding(GrantToB kind, GrantLabels labels, ConsentParts parts) {
    if (kind == GrantToB.BREAK_GLASS) {
      return true;
    }
    return (labels == GrantLabels.SAFEGUARDING || labels == GrantLabels.ALL)
        && parts == ConsentParts.SAFEGUARDING;
  }

  private static boolean bSeesMentalHealth(GrantToB kind, GrantLabels labels, ConsentParts parts) {
    if (kind == GrantToB.BREAK_GLASS) {
      return true;
    }
    return labels == GrantLabels.ALL && parts == ConsentParts.MENTAL_HEALTH;
  }

  @TestFactory
  Stream<DynamicTest> sensitiveEntriesOnTheRecordPage() {
    List<DynamicTest> tests = new ArrayList<>();
    for (GrantToB kind : List.of(GrantToB.STANDARD, GrantToB.SPECIFIC, GrantToB.BREAK_GLASS)) {
      for (GrantLabels labels : GrantLabels.values()) {
        for (ConsentParts parts : ConsentParts.values()) {
          UUID person = labelled.get(kind + "/" + labels + "/" + parts);
          for (String viewer : List.of("practitioner", "practitioner2", "practitioner-c")) {
            tests.add(
                DynamicTest.dynamicTest(
                    viewer
                        + " / B's "
                        + kind
                        + " grant naming "
                        + labels
                        + " / consent shares "
                        + parts,
                    () -> {
                      HttpResponse<String> page = session(viewer).get("/people/" + person);
                      switch (viewer) {
                        case "practitioner" -> {
                          // The registering member's team: every label, no consent needed.
                          assertThat(page.statusCode()).isEqualTo(200);
                          assertThat(page.body())
                              .contains(GENERAL_NOTE)
                              .contains(SAFEGUARDING_NOTE)
                              .contains(MENTAL_HEALTH_NOTE);
                        }
                        case "practitioner2" -> {
                          assertThat(page.statusCode()).isEqualTo(200);
                          assertThat(page.body()).contains(GENERAL_NOTE);
                          assertThat(page.body().contains(SAFEGUARDING_NOTE))
                              .as("safeguarding note shown")
                              .isEqualTo(bSeesSafeguarding(kind, labels, parts));
                          assertThat(page.body().contains(MENTAL_HEALTH_NOTE))
                              .as("mental-health note shown")
                              .isEqualTo(bSeesMentalHealth(kind, labels, parts));
                        }
                        default -> {
                          assertThat(page.statusCode()).isEqualTo(403);
                          assertThat(page.body())
                              .doesNotContain(GENERAL_NOTE)
                              .doesNotContain(SAFEGUARDING_NOTE);
                        }
                      }
                    }));
          }
        }
      }
    }
    return tests.stream();
  }

  /**
   * The plan's labelled parts (goals with their steps and ratings, conversation entries, network)
   * follow the same reach as case notes: on the plan page and on the journey chart's table.
   */
  @TestFactory
  Stream<DynamicTest> sensitivePartsOfThePlan() {
    List<DynamicTest> tests = new ArrayList<>();
    for (GrantToB kind : List.of(GrantToB.STANDARD, GrantToB.SPECIFIC, GrantToB.BREAK_GLASS)) {
      for (GrantLabels labels : GrantLabels.values()) {
        for (ConsentParts parts : ConsentParts.values()) {
          UUID person = labelled.get(kind + "/" + labels + "/" + parts);
          for (String viewer : List.of("practitioner", "practitioner2", "practitioner-c")) {
            tests.add(
                DynamicTest.dynamicTest(
                    viewer + " / B's " + kind + " grant naming " + labels + " / consent " + parts,
                    () -> {
                      HttpResponse<String> page =
                          session(viewer).get("/people/" + person + "/plan");
                      switch (viewer) {
                        case "practitioner" -> {
                          assertThat(page.statusCode()).isEqualTo(200);
                          assertThat(page.body())
                              .contains(GENERAL_GOAL)
                              .contains(SAFEGUARDING_GOAL)
                              .contains(MENTAL_HEALTH_STRENGTH)
                              .contains(SAFEGUARDING_NETWORK);
                        }
                        case "practitioner2" -> {
                          boolean safeguarding = bSeesSafeguarding(kind, labels, parts);
                          assertThat(page.statusCode()).isEqualTo(200);
                          assertThat(page.body()).contains(GENERAL_GOAL);
                          assertThat(page.body().contains(SAFEGUARDING_GOAL))
                              .as("safeguarding goal shown")
                              .isEqualTo(safeguarding);
                          assertThat(page.body().contains(SAFEGUARDING_NETWORK))
                              .as("safeguarding network member shown")
                              .isEqualTo(safeguarding);
                          assertThat(page.body().contains(MENTAL_HEALTH_STRENGTH))
                              .as("mental-health strength shown")
                              .isEqualTo(bSeesMentalHealth(kind, labels, parts));
                        }
                        default -> {
                          assertThat(page.statusCode()).isEqualTo(302);
                          assertThat(page.body())
                              .doesNotContain(GENERAL_GOAL)
                              .doesNotContain(SAFEGUARDING_GOAL);
                        }
                      }
                    }));
          }
        }
      }
    }
    return tests.stream();
  }

  /** B's view: the heart of the matrix. Written out, cell by cell. */
  private static Seen expectedForB(ConsentState consent, GrantToB grant) {
    boolean covers = consent == ConsentState.GIVEN_ALL || consent == ConsentState.GIVEN_TO_B;
    return switch (grant) {
      case NONE, EXPIRED -> Seen.MAY_EXIST;
      case STANDARD, SPECIFIC -> covers ? Seen.OPEN : Seen.MAY_EXIST;
      case BREAK_GLASS -> Seen.OPEN;
      case EXCLUDED -> Seen.HIDDEN;
    };
  }

  private static Seen expected(String viewer, ConsentState consent, GrantToB grant) {
    return switch (viewer) {
      case "practitioner" -> Seen.OPEN;
      case "practitioner2" -> expectedForB(consent, grant);
      case "practitioner-c" -> Seen.MAY_EXIST;
      case "anonymous" -> Seen.SIGN_IN;
      default -> Seen.DENIED;
    };
  }

  private static final List<String> VIEWERS =
      List.of(
          "practitioner",
          "practitioner2",
          "practitioner-c",
          "commissioner",
          "editor",
          "admin",
          "dpo",
          "manager",
          "datalead",
          "anonymous");

  @TestFactory
  Stream<DynamicTest> theRecordPage() {
    return cells(
        (viewer, consent, grant, person) -> {
          HttpResponse<String> page = session(viewer).get("/people/" + person);
          Seen expected = expected(viewer, consent, grant);
          assertSeen(page, expected, consent, grant);
          if (expected == Seen.OPEN) {
            // A general entry is shown to everyone who may open the record; the safeguarding one
            // only to the registering member (its grant names every label) and to break glass (B's
            // standard and specific grants here name no label).
            boolean reachesSafeguarding =
                viewer.equals("practitioner") || grant == GrantToB.BREAK_GLASS;
            assertThat(page.body()).contains(GENERAL_NOTE);
            assertThat(page.body().contains(SAFEGUARDING_NOTE))
                .as("safeguarding note shown")
                .isEqualTo(reachesSafeguarding);
          } else {
            assertThat(page.body()).doesNotContain(GENERAL_NOTE).doesNotContain(SAFEGUARDING_NOTE);
          }
        });
  }

  /** GET routes of a record that are not about the record's content (they read nothing of it). */
  private static final Set<String> NOT_READS = Set.of("/people/{id}/break-glass");

  /**
   * Pages of a record's referrals and merges: who sees them is not only who may open the record (a
   * receiving member sees a referral's note), so they have matrices of their own.
   */
  private static final Map<String, String> COVERED_ELSEWHERE =
      Map.of(
          "/people/{id}/referrals/{referralId}", "ReferralAccessMatrixTests",
          "/people/{id}/merges/{mergeId}/undo", "MergeTests");

  /** POST routes meant for those who cannot yet see the record. */
  private static final Set<String> FOR_OUTSIDERS =
      Set.of("/people/{id}/access-requests", "/people/{id}/break-glass");

  private Set<String> recordRoutes(RequestMethod method) {
    Set<String> routes = new TreeSet<>();
    mappings
        .getHandlerMethods()
        .forEach(
            (info, handler) -> {
              Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
              if (method == RequestMethod.GET
                  ? !methods.isEmpty() && !methods.contains(method)
                  : !methods.contains(method)) {
                return;
              }
              for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/people/{id}")) {
                  routes.add(pattern);
                }
              }
            });
    return routes;
  }

  /**
   * Every page of a record, found from Spring MVC so that a new one cannot be left out: shown in
   * full where the matrix says open, and elsewhere nothing of the person.
   */
  @TestFactory
  Stream<DynamicTest> everyPageOfARecord() {
    List<DynamicTest> tests = new ArrayList<>();
    int rotation = 0;
    for (String route : recordRoutes(RequestMethod.GET)) {
      if (NOT_READS.contains(route) || COVERED_ELSEWHERE.containsKey(route)) {
        continue;
      }
      rotation++;
      assertThat(
              route
                  .replace("{id}", "")
                  .replace("{contactId}", "")
                  .replace("{episodeId}", "")
                  .replace("{modalityId}", "")
                  .replace("{entryId}", "")
                  .replace("{networkId}", "")
                  .replace("{goalId}", "")
                  .replace("{budgetId}", "")
                  .replace("{accountId}", "")
                  .replace("{codeId}", "")
                  .replace("{withheldId}", "")
                  .replace("{questionId}", ""))
          .as(route + " has a placeholder this matrix cannot fill: give it a fixture")
          .doesNotContain("{");
      cells(
              rotation,
              (viewer, consent, grant, person) -> {
                HttpResponse<String> page =
                    session(viewer).get(fixture.fill(route, person, registeringPractitioner));
                Seen expected = expected(viewer, consent, grant);
                if (expected == Seen.MAY_EXIST && !route.equals("/people/{id}")) {
                  assertThat(page.statusCode()).as(route).isEqualTo(302);
                  assertThat(page.headers().firstValue("Location").orElse(""))
                      .endsWith("/people/" + person);
                  return;
                }
                assertSeen(page, expected, consent, grant);
              })
          .map(
              test ->
                  DynamicTest.dynamicTest(
                      route + " " + test.getDisplayName(), test.getExecutable()))
          .forEach(tests::add);
    }
    return tests.stream();
  }

  /**
   * Nobody who may not open a record can change it: every form of a record, posted by a
   * practitioner who may only know it exists and by one the person excluded, changes nothing.
   */
  @TestFactory
  Stream<DynamicTest> outsidersChangeNothing() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String route : recordRoutes(RequestMethod.POST)) {
      if (FOR_OUTSIDERS.contains(route)) {
        continue;
      }
      for (String[] cell :
          List.of(
              new String[] {"practitioner-c", ConsentState.GIVEN_ALL + "/" + GrantToB.NONE},
              new String[] {"practitioner2", ConsentState.GIVEN_ALL + "/" + GrantToB.EXCLUDED},
              new String[] {"practitioner2", ConsentState.REFUSED + "/" + GrantToB.SPECIFIC})) {
        tests.add(
            DynamicTest.dynamicTest(
                route + " as " + cell[0] + " on " + cell[1],
                () -> {
                  UUID person = people.get(cell[1]);
                  String path =
                      route
                          .replace("{id}", person.toString())
                          .replaceAll("\\{[a-zA-Z]+\\}", UUID.randomUUID().toString());
                  String before = rowsOf(person);
                  WebSession session = session(cell[0]);
                  session.get("/people");
                  HttpResponse<String> response =
                      session.post(path, Map.of("reason", "x", "state", "given", "scope", "every"));
                  assertThat(response.statusCode()).as(path).isIn(302, 403, 404);
                  if (response.statusCode() == 302) {
                    assertThat(response.headers().firstValue("Location").orElse(""))
                        .endsWith("/people/" + person);
                  }
                  assertThat(rowsOf(person)).as("what " + path + " left behind").isEqualTo(before);
                }));
      }
    }
    return tests.stream();
  }

  /** Every row of the person across the module's tables, as text, to compare before and after. */
  private String rowsOf(UUID person) {
    return jdbc.sql(
            """
            select concat_ws('|',
              (select string_agg(t::text, ',' order by t::text) from support.person t where id = :p),
              (select string_agg(t::text, ',' order by t::text) from support.consent t where person_id = :p),
              (select string_agg(t::text, ',' order by t::text) from support.access_grant t where person_id = :p),
              (select string_agg(t::text, ',' order by t::text) from support.episode t where person_id = :p),
              (select string_agg(t::text, ',' order by t::text) from support.contact t where person_id = :p),
              (select string_agg(t::text, ',' order by t::text) from support.case_note t where person_id = :p),
              (select string_agg(t::text, ',' order by t::text) from support.trusted_individual t where person_id = :p),
              (select string_agg(t::text, ',' order by t::text) from support.referral t where person_id = :p),
              (select string_agg(t::text, ',' order by t::text) from support.person_name t where person_id = :p),
              (select string_agg(t::text, ',' order by t::text) from support.measure_recording t where person_id = :p),
              (select string_agg(t::text, ',' order by t::text) from support.transition_plan t where person_id = :p),
              (select string_agg(t::text, ',' order by t::text) from support.ndtms_client t where person_id = :p),
              (select string_agg(t::text, ',' order by t::text) from support.ndtms_episode t where person_id = :p),
              (select string_agg(t::text, ',' order by t::text) from support.ndtms_modality t where person_id = :p),
              (select string_agg(t::text, ',' order by t::text) from support.plan t where person_id = :p),
              (select string_agg(t::text, ',' order by t::text) from support.plan_entry t where person_id = :p),
              (select string_agg(t::text, ',' order by t::text) from support.plan_network_member t where person_id = :p),
              (select string_agg(t::text, ',' order by t::text) from support.plan_goal t where person_id = :p),
              (select string_agg(t::text, ',' order by t::text) from support.plan_goal_step t where person_id = :p),
              (select string_agg(t::text, ',' order by t::text) from support.plan_goal_rating t where person_id = :p),
              (select string_agg(t::text, ',' order by t::text) from support.plan_review t where person_id = :p),
              (select string_agg(t::text, ',' order by t::text) from support.plan_contribution t where person_id = :p),
              (select string_agg(t::text, ',' order by t::text) from support.withheld_entry t where person_id = :p),
              (select string_agg(t::text, ',' order by t::text) from support.person_question t where person_id = :p))
            """)
        .param("p", person)
        .query(String.class)
        .single();
  }

  @TestFactory
  Stream<DynamicTest> theAccessPage() {
    return cells(
        (viewer, consent, grant, person) -> {
          HttpResponse<String> page = session(viewer).get("/people/" + person + "/access");
          Seen expected = expected(viewer, consent, grant);
          if (expected == Seen.MAY_EXIST) {
            assertThat(page.statusCode()).isEqualTo(302);
            assertThat(page.headers().firstValue("Location").orElse(""))
                .endsWith("/people/" + person);
            return;
          }
          assertSeen(page, expected, consent, grant);
          if (expected == Seen.OPEN) {
            boolean team =
                viewer.equals("practitioner")
                    || viewer.equals("practitioner2") && grant == GrantToB.STANDARD;
            assertThat(page.body().contains("Record a new answer"))
                .as("only the team may record consent")
                .isEqualTo(team);
          }
        });
  }

  @TestFactory
  Stream<DynamicTest> searchResults() {
    return cells(
        (viewer, consent, grant, person) -> {
          String name = given(consent, grant) + " " + family(consent, grant);
          HttpResponse<String> page =
              session(viewer)
                  .get("/people?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
          Seen expected = expected(viewer, consent, grant);
          // The form above the results echoes what was typed; only the results may not.
          String results =
              page.body().substring(Math.max(0, page.body().indexOf("id=\"results\"")));
          switch (expected) {
            case OPEN -> {
              assertThat(page.statusCode()).isEqualTo(200);
              assertThat(results).contains(name).contains("/people/" + person);
            }
            case MAY_EXIST -> {
              assertThat(page.statusCode()).isEqualTo(200);
              assertThat(results)
                  .doesNotContain(family(consent, grant))
                  .contains("A record may exist at another member")
                  .contains("/people/" + person);
            }
            case HIDDEN -> {
              assertThat(page.statusCode()).isEqualTo(200);
              assertThat(results)
                  .contains("id=\"results\"")
                  .doesNotContain(family(consent, grant))
                  .doesNotContain(person.toString());
            }
            case DENIED -> assertThat(page.statusCode()).isEqualTo(403);
            case SIGN_IN ->
                assertThat(page.headers().firstValue("Location").orElse("")).contains("/sign-in");
          }
        });
  }

  @TestFactory
  Stream<DynamicTest> theDataProtectionLeadsOversight() {
    return cells(
        (viewer, consent, grant, person) -> {
          HttpResponse<String> page = session(viewer).get("/data-protection/people/" + person);
          switch (viewer) {
            case "dpo" -> {
              assertThat(page.statusCode()).isEqualTo(200);
              assertThat(page.body())
                  .contains(family(consent, grant))
                  .contains("Who has read or changed the record")
                  .doesNotContain("BK1 2AB")
                  .doesNotContain("Episodes of support");
            }
            case "anonymous" ->
                assertThat(page.headers().firstValue("Location").orElse("")).contains("/sign-in");
            default -> {
              assertThat(page.statusCode()).isEqualTo(403);
              assertThat(page.body()).doesNotContain(family(consent, grant));
            }
          }
        });
  }

  private void assertSeen(
      HttpResponse<String> page, Seen expected, ConsentState consent, GrantToB grant) {
    String family = family(consent, grant);
    switch (expected) {
      case OPEN -> {
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(family);
      }
      case MAY_EXIST -> {
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("You cannot see this record").doesNotContain(family);
      }
      case HIDDEN -> {
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).doesNotContain(family).doesNotContain("Ask for access");
      }
      case DENIED -> {
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).doesNotContain(family);
      }
      case SIGN_IN ->
          assertThat(page.headers().firstValue("Location").orElse("")).contains("/sign-in");
    }
  }

  interface Cell {
    void check(String viewer, ConsentState consent, GrantToB grant, UUID person) throws Exception;
  }

  private Stream<DynamicTest> cells(Cell cell) {
    return cells(-1, cell);
  }

  /**
   * The cells of the matrix to try. With {@code rotation} -1, every viewer on every person. Else
   * only {@code practitioner2}, the one viewer whose answer turns on consent and grants, sees every
   * person; every other viewer's answer is the same for all 42, so they see six (one per state of
   * B's grant, the consent turning with {@code rotation}), and the routes between them still reach
   * every person. {@link #theRecordPage} keeps the full matrix for every viewer.
   */
  private Stream<DynamicTest> cells(int rotation, Cell cell) {
    List<DynamicTest> tests = new ArrayList<>();
    for (String viewer : VIEWERS) {
      for (ConsentState consent : ConsentState.values()) {
        for (GrantToB grant : GrantToB.values()) {
          if (rotation >= 0
              && !viewer.equals("practitioner2")
              && (grant.ordinal() + rotation) % ConsentState.values().length != consent.ordinal()) {
            continue;
          }
          UUID person = people.get(consent + "/" + grant);
          tests.add(
              DynamicTest.dynamicTest(
                  viewer + " / consent " + consent + " / B's grant " + grant,
                  () -> cell.check(viewer, consent, grant, person)));
        }
      }
    }
    return tests.stream();
  }

  private WebSession session(String viewer) {
    return sessions.computeIfAbsent(
        viewer,
        v ->
            switch (v) {
              case "anonymous" -> new WebSession(port);
              case "practitioner-c" ->
                  WebSession.signedIn(port, c.username(), SupportFixture.PASSWORD);
              default -> WebSession.signedIn(port, v, "alliance-demo");
            });
  }

  /** Letters only, different per cell, so trigram search tells them apart. */
  private static String family(ConsentState consent, GrantToB grant) {
    return "Zq" + letters(consent.ordinal()) + "matrix" + letters(grant.ordinal());
  }

  private static String given(ConsentState consent, GrantToB grant) {
    return "Ollie" + letters(consent.ordinal() * 7 + grant.ordinal());
  }

  private static String letters(int n) {
    return String.valueOf((char) ('a' + n / 26)) + (char) ('a' + n % 26);
  }
}
