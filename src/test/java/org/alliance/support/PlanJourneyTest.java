package org.alliance.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.UUID;
import org.alliance.BrowserTest;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The plan in a real browser, checked with axe-core: the conversation, the network map, a goal with
 * steps and progress, and the journey chart; once with the mouse, once with the keyboard alone, and
 * once without JavaScript.
 */
class PlanJourneyTest extends BrowserTest {

  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;
  @Autowired Organisations organisations;

  private UUID person(String family) {
    SupportFixture fixture = new SupportFixture(jdbc, users, organisations);
    return fixture.person(
        "Zqjourney", family, LocalDate.of(1990, 6, 1), fixture.user("practitioner"));
  }

  @Test
  void aConversationANetworkAGoalAndTheJourney() {
    UUID person = person("Zqplanmouse");
    Page page = signedIn("practitioner");
    page.navigate(url("/people/" + person));
    page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions()
                .setName("Their plan: strengths, people around them, goals and journey"))
        .click();
    assertThat(heading(page)).isEqualTo("Their plan");
    assertAccessible(page);

    page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions().setName("Add to Discover: strengths and abilities"))
        .click();
    assertThat(heading(page)).isEqualTo("Add to the conversation");
    button(page, "Add it").click();
    assertThat(page.locator(".govuk-error-summary").innerText())
        .contains("Write down what was said");
    assertAccessible(page);
    page.fill("#body", "Zq I am good at fixing bikes");
    button(page, "Add it").click();
    assertThat(page.locator(".govuk-notification-banner").innerText())
        .contains("Added to Discover");

    page.getByRole(
            AriaRole.LINK, new Page.GetByRoleOptions().setName("Add to Deliver: support given"))
        .click();
    page.fill("#body", "Zq a lift to the bike workshop");
    page.getByLabel("Yours, as their worker").check();
    button(page, "Add it").click();
    assertThat(page.locator("#first-support").innerText())
        .contains("The same day as their first contact");

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add someone or somewhere"))
        .click();
    assertThat(heading(page)).isEqualTo("Add someone or somewhere");
    assertAccessible(page);
    page.fill("#name", "Zqnan");
    page.getByLabel("Family", new Page.GetByLabelOptions().setExact(true)).check();
    page.fill("#helpsWith", "Zq Sunday dinners");
    page.getByLabel("Very close").check();
    button(page, "Add to their network").click();
    // count() does not wait for the page the click loads; waiting for the map does.
    page.locator("svg.alliance-map").first().waitFor();
    assertThat(page.locator("svg.alliance-map").count()).isEqualTo(1);
    assertThat(page.locator("svg.alliance-map title").textContent()).contains("people and places");
    assertThat(page.locator("#network-table").innerText()).contains("Zqnan").contains("circle");
    assertAccessible(page);

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Set a goal")).click();
    assertThat(heading(page)).isEqualTo("Set a goal");
    assertAccessible(page);
    page.fill("#words", "Zq fix bikes for a living");
    page.selectOption(
        "#domain",
        new com.microsoft.playwright.options.SelectOption()
            .setLabel("Work, learning and meaningful activity"));
    page.fill("#score", "11");
    button(page, "Set the goal").click();
    assertThat(page.locator(".govuk-error-summary").innerText())
        .contains("Progress must be from 1");
    assertAccessible(page);
    page.fill("#score", "3");
    button(page, "Set the goal").click();
    assertThat(heading(page)).isEqualTo("Zq fix bikes for a living");
    assertAccessible(page);
    page.fill("#stepWords", "Zq ask at the workshop about volunteering");
    page.selectOption(
        "#helper", new com.microsoft.playwright.options.SelectOption().setLabel("Zqnan (family)"));
    button(page, "Add the step").click();
    assertThat(page.locator("#steps ~ ul").first().innerText()).contains("Helped by Zqnan");
    page.locator("#steps ~ ul button").first().click();
    assertThat(page.locator(".govuk-notification-banner").innerText()).contains("The step is done");
    page.fill("#score", "5");
    button(page, "Record progress").click();
    assertThat(page.locator("#ratings-table").innerText()).contains("3").contains("5");
    assertAccessible(page);

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to their plan"))
        .click();
    page.locator("svg.alliance-chart").first().waitFor();
    assertThat(page.locator("svg.alliance-chart").count()).isEqualTo(1);
    assertThat(page.locator("svg.alliance-chart .alliance-series__label").first().textContent())
        .startsWith("G1");
    assertThat(page.locator("#journey-table").innerText())
        .contains("G1: Zq fix bikes")
        .contains("solid circle");
    assertAccessible(page);
  }

  @Test
  void withTheKeyboardAlone() {
    UUID person = person("Zqplankeys");
    Page page = signedIn("practitioner");
    page.navigate(url("/people/" + person + "/plan"));
    tabTo(page, "Add to Dream: hopes");
    page.keyboard().press("Enter");
    page.waitForURL("**/entries/new?stage=dream");
    assertThat(heading(page)).isEqualTo("Add to the conversation");
    tabTo(page, "body");
    page.keyboard().type("Zq to run my own workshop one day");
    tabTo(page, "Add it");
    page.keyboard().press("Enter");
    page.waitForURL("**/plan#dream");
    assertThat(page.locator(".govuk-notification-banner").innerText()).contains("Added to Dream");
    assertThat(page.content()).contains("Zq to run my own workshop one day");
    assertAccessible(page);

    tabTo(page, "Set a goal");
    page.keyboard().press("Enter");
    page.waitForURL("**/goals/new");
    tabTo(page, "words");
    page.keyboard().type("Zq get my bike road-worthy");
    tabTo(page, "domain");
    page.keyboard().press("ArrowDown");
    page.keyboard().press("ArrowDown");
    tabTo(page, "score");
    page.keyboard().type("4");
    tabTo(page, "Set the goal");
    page.keyboard().press("Space");
    // "**/goals/*" would match the form's own /goals/new before the click's page loads.
    page.waitForURL(address -> address.matches(".*/goals/[0-9a-f-]{36}([?#].*)?"));
    assertThat(heading(page)).isEqualTo("Zq get my bike road-worthy");
    assertAccessible(page);
  }

  @Test
  void withoutJavaScript() {
    UUID person = person("Zqplannojs");
    try (BrowserContext context =
        browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
      Page page = context.newPage();
      page.navigate(url("/sign-in"));
      page.fill("#username", "practitioner");
      page.fill("#password", "alliance-demo");
      page.click("#main-content button[type=submit]");
      // Each click's page is waited for: without JavaScript a form posts and a new page loads,
      // and reading or filling before it has would read or fill the page before.
      page.waitForURL(address -> !address.contains("/sign-in"));
      page.navigate(url("/people/" + person + "/plan/network/new"));
      page.fill("#name", "Zqyouthclub");
      page.getByLabel("Place that matters").check();
      page.getByLabel("Close", new Page.GetByLabelOptions().setExact(true)).check();
      button(page, "Add to their network").click();
      page.locator("svg.alliance-map text")
          .filter(new Locator.FilterOptions().setHasText("Zqyouthclub"))
          .first()
          .waitFor();
      assertThat(page.locator("svg.alliance-map text").allTextContents()).contains("Zqyouthclub");
      page.navigate(url("/people/" + person + "/plan/goals/new"));
      page.fill("#words", "Zq go to the youth club every week");
      page.selectOption("#domain", new com.microsoft.playwright.options.SelectOption().setIndex(1));
      page.fill("#score", "2");
      button(page, "Set the goal").click();
      page.waitForURL(address -> address.matches(".*/goals/[0-9a-f-]{36}([?#].*)?"));
      page.fill("#score", "6");
      button(page, "Record progress").click();
      page.navigate(url("/people/" + person + "/plan"));
      assertThat(page.locator("svg.alliance-chart polyline").count()).isEqualTo(1);
      assertThat(page.locator("#goals-table").innerText())
          .contains("6 out of 10")
          .contains("up from 2");
    }
  }

  /** Presses Tab until the focused element is the one with this id or accessible text. */
  private static void tabTo(Page page, String target) {
    for (int i = 0; i < 300; i++) {
      page.keyboard().press("Tab");
      Object focused =
          page.evaluate(
              "t => { const e = document.activeElement; return e && (e.id === t"
                  + " || (e.innerText || '').trim() === t); }",
              target);
      if (Boolean.TRUE.equals(focused)) {
        return;
      }
    }
    throw new AssertionError("Tab never reached " + target);
  }

  private static Locator button(Page page, String name) {
    return page.locator("#main-content")
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }
}
