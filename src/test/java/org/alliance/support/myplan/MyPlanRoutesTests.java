package org.alliance.support.myplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
import org.alliance.identity.UserAccount;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisations;
import org.alliance.support.SupportFixture;
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
 * Every route of "My plan", read off Spring's own handler mappings (so a new route is tried without
 * anyone remembering to list it), tried by a person and by a proxy with another person's ids in
 * every placeholder and a form that would change them: the other person's record shows nowhere in
 * the body and nothing stored about them changes.
 */
@AllianceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MyPlanRoutesTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;
  @Autowired Organisations organisations;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  private SupportFixture fixture;
  private UUID other;
  private WebSession ended;
  private final Map<String, String> otherIds = new LinkedHashMap<>();
  private final Map<String, WebSession> visitors = new LinkedHashMap<>();
  private final List<String> secrets =
      List.of(
          "Zqsecretname", "Zq secret goal", "Zqsecretnan", "Zq secret review", "Zq secret words");

  @BeforeAll
  void setUp() {
    fixture = new SupportFixture(jdbc, users, organisations);
    UserAccount practitioner = fixture.user("practitioner");
    WebSession team = WebSession.signedIn(port, "practitioner", "alliance-demo");
    MyPlanWorld world = new MyPlanWorld(port);

    UUID mine = fixture.person("Zqroutes", "Zqmine", LocalDate.of(1988, 2, 2), practitioner);
    fixture.goal(mine, practitioner, null, "Zq my goal");
    visitors.put("person", world.activate(world.selfCode(team, mine, "Zqroutes")));
    visitors.put(
        "proxy",
        world.activate(world.proxyCode(team, mine, "Zq Helper", "friend", "plan", "appointments")));

    // An account whose link ends while it is signed in (the worker withdraws it, the person turns
    // 18): every route must answer with the plain page, never a server error.
    UUID theirs = fixture.person("Zqended", "Zqlink", LocalDate.of(1990, 3, 3), practitioner);
    ended = world.activate(world.selfCode(team, theirs, "Zqended"));
    jdbc.sql("update support.person_account set withdrawn_at = now() where person_id = :p")
        .param("p", theirs)
        .update();

    other = fixture.person("Zqsecretname", "Zqother", LocalDate.of(1970, 7, 7), practitioner);
    otherIds.put("{goalId}", fixture.goal(other, practitioner, null, "Zq secret goal").toString());
    otherIds.put(
        "{networkId}", fixture.networkMember(other, practitioner, null, "Zqsecretnan").toString());
    otherIds.put(
        "{reviewId}",
        jdbc.sql(
                """
                insert into support.plan_review (person_id, reviewed_on, went_well, in_words_of,
                                                 reviewed_by)
                values (:p, current_date, 'Zq secret review', 'person', :w) returning id::text
                """)
            .param("p", other)
            .param("w", practitioner.id())
            .query(String.class)
            .single());
    otherIds.put("{accountId}", fixture.proxyAccount(other, practitioner).toString());
    otherIds.put(
        "{wordsId}",
        jdbc.sql(
                """
                insert into support.own_words (person_id, entry_kind, entry_id, words, written_by,
                                               written_as)
                values (:p, 'goal', cast(:g as uuid), 'Zq secret words', :u, 'self')
                returning id::text
                """)
            .param("p", other)
            .param("g", otherIds.get("{goalId}"))
            .param("u", practitioner.id())
            .query(String.class)
            .single());
  }

  /** Everything stored about the other person that a route of "My plan" could change. */
  private String otherState() {
    return jdbc.sql(
            """
            select concat_ws('|',
              (select string_agg(to_jsonb(g)::text, ',' order by g.id) from support.plan_goal g
                where g.person_id = :p),
              (select string_agg(to_jsonb(w)::text, ',' order by w.id) from support.own_words w
                where w.person_id = :p),
              (select string_agg(to_jsonb(m)::text, ',' order by m.id)
                 from support.plan_network_member m where m.person_id = :p),
              (select string_agg(to_jsonb(r)::text, ',' order by r.id) from support.plan_review r
                where r.person_id = :p),
              (select string_agg(to_jsonb(a)::text, ',' order by a.user_id)
                 from support.person_account a where a.person_id = :p),
              (select string_agg(to_jsonb(q)::text, ',' order by q.id)
                 from support.person_question q where q.person_id = :p),
              (select string_agg(to_jsonb(b)::text, ',' order by b.id) from support.budget b
                where b.person_id = :p))
            """)
        .param("p", other)
        .query(String.class)
        .single();
  }

  private record Route(String method, String pattern) {}

  private List<Route> routes() {
    List<Route> routes = new ArrayList<>();
    mappings
        .getHandlerMethods()
        .forEach(
            (info, handler) -> {
              Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
              for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/my-plan")) {
                  continue;
                }
                for (RequestMethod method :
                    methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                  routes.add(new Route(method.name(), pattern));
                }
              }
            });
    routes.sort(java.util.Comparator.comparing(r -> r.method() + r.pattern()));
    return routes;
  }

  @TestFactory
  Stream<DynamicTest> noRouteShowsOrChangesAnotherPersonsRecord() {
    List<Route> routes = routes();
    assertThat(routes).hasSizeGreaterThan(5);
    Map<String, String> hijack = new LinkedHashMap<>();
    hijack.put("words", "Zq hijacked");
    hijack.put("important", "true");
    hijack.put("done", "true");
    hijack.put("version", "0");
    hijack.put("question", "Zq hijacked");
    hijack.put("about", otherIds.get("{goalId}"));
    hijack.put("area", "");
    hijack.put("share", "true");
    return routes.stream()
        .flatMap(
            route ->
                visitors.keySet().stream()
                    .map(
                        visitor ->
                            DynamicTest.dynamicTest(
                                route.method() + " " + route.pattern() + " as " + visitor,
                                () -> tryAsHostile(route, visitor, hijack))));
  }

  @TestFactory
  Stream<DynamicTest> anAccountWhoseLinkEndedGetsThePlainPageOnEveryRoute() {
    Map<String, String> form = Map.of("words", "Zq after the end", "version", "0");
    return routes().stream()
        .map(
            route ->
                DynamicTest.dynamicTest(
                    route.method() + " " + route.pattern(),
                    () -> {
                      String path = route.pattern();
                      for (Map.Entry<String, String> id : otherIds.entrySet()) {
                        path = path.replace(id.getKey(), id.getValue());
                      }
                      HttpResponse<String> response =
                          route.method().equals("GET") ? ended.get(path) : ended.post(path, form);
                      assertThat(response.statusCode()).as(path).isLessThan(500);
                      if (response.statusCode() == 403) {
                        assertThat(response.body()).contains("You cannot see a plan now");
                      }
                    }));
  }

  private void tryAsHostile(Route route, String visitor, Map<String, String> hijack) {
    String path = route.pattern();
    for (Map.Entry<String, String> id : otherIds.entrySet()) {
      path = path.replace(id.getKey(), id.getValue());
    }
    assertThat(path)
        .as(route + " has a placeholder this test cannot fill: add the other person's object")
        .doesNotContain("{");
    String before = otherState();
    WebSession session = visitors.get(visitor);
    HttpResponse<String> response =
        route.method().equals("GET") ? session.get(path) : session.post(path, hijack);
    assertThat(response.statusCode()).as(path).isLessThan(500);
    for (String secret : secrets) {
      assertThat(response.body()).as(path + " as " + visitor).doesNotContain(secret);
    }
    assertThat(otherState()).as(path + " as " + visitor + " changed nothing").isEqualTo(before);
  }
}
