package org.alliance.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.alliance.BrowserTest;
import org.alliance.identity.UserAccount;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page of the person record, found from Spring MVC so that a new one cannot be left out,
 * opened in Chromium by the person's own practitioner; the page's first form is sent empty and
 * whatever comes back (an error summary above the form, or the next page) is checked with axe. The
 * journeys check the same pages in the order people use them; this makes sure none is missed.
 */
class EveryPersonPageIsAccessibleTests extends BrowserTest {

  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;
  @Autowired Organisations organisations;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  private Set<String> pages() {
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
                if (pattern.startsWith("/people")) {
                  routes.add(pattern);
                }
              }
            });
    return routes;
  }

  @Test
  void everyPageOfARecordAndItsFormsErrorsPassAxe() {
    SupportFixture fixture = new SupportFixture(jdbc, users, organisations);
    UserAccount practitioner = fixture.user("practitioner");
    Page page = signedIn("practitioner");
    List<String> checked = new ArrayList<>();
    for (String route : pages()) {
      UUID person =
          fixture.person(
              "Zqaxe",
              "Zqpage" + checked.size(),
              LocalDate.now().minusYears(17).minusDays(checked.size()),
              practitioner);
      String path = fixture.fill(route, person, practitioner);
      Response response = page.navigate(url(path));
      assertThat(response.status()).as(path).isEqualTo(200);
      // The first form on view (one inside closed details is not) is sent with its text emptied,
      // and the page that comes back is checked: an error summary above the same form, or the next
      // page. A page without a form is checked as it is. (One axe run a page: the suite's time.)
      Locator form =
          page.locator("#main-content form[method=post]").all().stream()
              .filter(Locator::isVisible)
              .findFirst()
              .orElse(null);
      if (form != null) {
        form.locator("input[type=text], input:not([type]), textarea").all().stream()
            .filter(Locator::isVisible)
            .forEach(field -> field.fill(""));
        form.locator("button[type=submit], button:not([type]), input[type=submit]").all().stream()
            .filter(Locator::isVisible)
            .findFirst()
            .ifPresent(Locator::click);
        page.waitForLoadState();
      }
      assertAccessible(page);
      checked.add(route);
    }
    assertThat(checked).contains("/people", "/people/{id}", "/people/new", "/people/follow-up");
  }
}
