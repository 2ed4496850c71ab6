package org.alliance.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
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
 * Every page that shows a person writes an audit entry for that person, for each read. The routes
 * are read from Spring MVC itself, so a new person route is checked without anyone remembering to
 * add it here; the few that show nothing of the person are named below, with why.
 */
@AllianceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryPersonReadIsAuditedTests {

  /** GET routes under a person's address that show nothing of the record. */
  private static final Map<String, String> SHOW_NOTHING =
      Map.of(
          "/people/{id}/break-glass",
          "the form asks only for a reason; nothing of the record is read until the glass is broken");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;
  @Autowired Organisations organisations;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  private SupportFixture fixture;
  private UUID person;
  private UserAccount registering;

  @BeforeAll
  void setUp() {
    fixture = new SupportFixture(jdbc, users, organisations);
    registering = fixture.user("practitioner");
    person = fixture.person("Zqevery", "Zqreadaudited", LocalDate.of(2003, 4, 5), registering);
  }

  private Set<String> personRoutes() {
    Set<String> routes = new TreeSet<>();
    mappings
        .getHandlerMethods()
        .forEach(
            (info, handler) -> {
              Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
              if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                return;
              }
              for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/people/{id}")
                    || pattern.startsWith("/data-protection/people/{id}")) {
                  routes.add(pattern);
                }
              }
            });
    return routes;
  }

  @TestFactory
  Stream<DynamicTest> eachReadOfAPersonWritesAnAuditEntry() {
    Set<String> routes = personRoutes();
    assertThat(routes).contains("/people/{id}", "/data-protection/people/{id}");
    WebSession practitioner = WebSession.signedIn(port, "practitioner", "alliance-demo");
    WebSession dpo = WebSession.signedIn(port, "dpo", "alliance-demo");
    return routes.stream()
        .filter(route -> !SHOW_NOTHING.containsKey(route))
        .map(
            route ->
                DynamicTest.dynamicTest(
                    route,
                    () -> {
                      WebSession session =
                          route.startsWith("/data-protection/") ? dpo : practitioner;
                      for (int read = 1; read <= 2; read++) {
                        long before = fixture.auditCount(person);
                        HttpResponse<String> page =
                            session.get(fixture.fill(route, person, registering));
                        assertThat(page.statusCode()).as(route).isEqualTo(200);
                        assertThat(fixture.auditCount(person))
                            .as(route + ", read " + read)
                            .isGreaterThan(before);
                      }
                    }));
  }
}
