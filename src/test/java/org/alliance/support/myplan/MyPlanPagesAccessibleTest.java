package org.alliance.support.myplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.BrowserTest;
import org.alliance.identity.Role;
import org.alliance.identity.UserAccount;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisations;
import org.alliance.support.SupportFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page of "My plan" a person opens, read off Spring's handler mappings so a new one is
 * checked without being listed, as the demo person on a 320-pixel phone: axe-core finds nothing,
 * nothing is wider than the screen, and the title holds no sensitive word. Then the page an account
 * with no plan sees.
 */
class MyPlanPagesAccessibleTest extends BrowserTest {

  /** Words that must not be in a page's title, which browsers keep in their history. */
  static final List<String> SENSITIVE =
      List.of(
          "drug",
          "alcohol",
          "substance",
          "treatment",
          "recovery",
          "addiction",
          "misuse",
          "overdose",
          "safeguarding",
          "rehab",
          "heroin",
          "opiate");

  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;
  @Autowired Organisations organisations;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  private List<String> pages() {
    List<String> pages = new ArrayList<>();
    mappings
        .getHandlerMethods()
        .forEach(
            (info, handler) -> {
              if (!info.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
                return;
              }
              for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/my-plan") && !pattern.endsWith(".json")) {
                  pages.add(pattern);
                }
              }
            });
    pages.sort(String::compareTo);
    return pages;
  }

  @Test
  void everyPageIsAccessibleOnAPhone() {
    SupportFixture fixture = new SupportFixture(jdbc, users, organisations);
    UserAccount worker = fixture.user("practitioner");
    UUID person =
        jdbc.sql(
                """
                select a.person_id from support.person_account a
                  join identity.app_user u on u.id = a.user_id
                 where u.username = 'person' and a.relation = 'self'
                """)
            .query(UUID.class)
            .single();
    Map<String, String> ids =
        Map.of(
            "{goalId}", fixture.goal(person, worker, null, "Zq a goal to open").toString(),
            "{networkId}", fixture.networkMember(person, worker, null, "Zqpal").toString(),
            "{reviewId}",
                jdbc.sql(
                        """
                        insert into support.plan_review (person_id, reviewed_on, went_well,
                                                         in_words_of, reviewed_by)
                        values (:p, current_date, 'Zq it went well', 'person', :w)
                        returning id::text
                        """)
                    .param("p", person)
                    .param("w", worker.id())
                    .query(String.class)
                    .single());
    Page page = MyPlanJourneyTest.phone(browser);
    page.navigate(url("/sign-in"));
    page.fill("#username", "person");
    page.fill("#password", "alliance-demo");
    page.click("#main-content button[type=submit]");
    page.waitForURL(url("/my-plan"));
    List<String> pages = pages();
    assertThat(pages).hasSizeGreaterThan(8);
    for (String pattern : pages) {
      String path = pattern;
      for (Map.Entry<String, String> id : ids.entrySet()) {
        path = path.replace(id.getKey(), id.getValue());
      }
      assertThat(path)
          .as(pattern + ": give this test one of the demo person's ids")
          .doesNotContain("{");
      com.microsoft.playwright.Response response = page.navigate(url(path));
      assertThat(response.status()).as(path).isEqualTo(200);
      assertAccessible(page);
      MyPlanJourneyTest.fitsThePhone(page);
      assertThat(page.locator("#main-content").innerText()).as(path).contains("Exit this page");
      String title = page.title().toLowerCase(java.util.Locale.ROOT);
      for (String word : SENSITIVE) {
        assertThat(title).as(path + " title").doesNotContain(word);
      }
      assertThat(path.toLowerCase(java.util.Locale.ROOT)).doesNotContain("drug", "alcohol");
    }

    UserAccount unlinked = fixture.newUser(Role.PERSON, worker.organisationId(), true);
    Page alone = MyPlanJourneyTest.phone(browser);
    alone.navigate(url("/sign-in"));
    alone.fill("#username", unlinked.username());
    alone.fill("#password", SupportFixture.PASSWORD);
    alone.click("#main-content button[type=submit]");
    alone.waitForURL(url("/my-plan"));
    assertThat(heading(alone)).isEqualTo("You cannot see a plan now");
    assertAccessible(alone);
    MyPlanJourneyTest.fitsThePhone(alone);
  }
}
