package org.alliance.support.myplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.UUID;
import org.alliance.BrowserTest;
import org.alliance.identity.UserAccount;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisations;
import org.alliance.support.SupportFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "My plan" in a real browser on a phone-sized screen (320 pixels wide), checked with axe-core on
 * every page: a worker makes a code, the person makes their account with it, reads their plan and
 * adds their own words to a goal.
 */
class MyPlanJourneyTest extends BrowserTest {

  static final int PHONE_WIDTH = 320;

  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;
  @Autowired Organisations organisations;

  /**
   * A phone: narrow and touch. JavaScript stays on because axe-core runs in the page; that every
   * page works without it is what the HTTP tests show, which run no script at all.
   */
  static Page phone(Browser browser) {
    BrowserContext context =
        browser.newContext(
            new Browser.NewContextOptions()
                .setViewportSize(PHONE_WIDTH, 640)
                .setIsMobile(true)
                .setHasTouch(true));
    return context.newPage();
  }

  /** Nothing is wider than the screen: no sideways scrolling on a phone. */
  static void fitsThePhone(Page page) {
    Object width = page.evaluate("() => document.documentElement.scrollWidth");
    assertThat(((Number) width).intValue())
        .as(page.url() + " width")
        .isLessThanOrEqualTo(PHONE_WIDTH);
  }

  private static Locator button(Page page, String name) {
    return page.locator("#main-content")
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }

  @Test
  void activateWithACodeReadThePlanAndAddWordsToAGoal() {
    SupportFixture fixture = new SupportFixture(jdbc, users, organisations);
    UserAccount worker = fixture.user("practitioner");
    UUID person = fixture.person("Zqphone", "Zqjourney", LocalDate.of(1995, 9, 9), worker);
    fixture.goal(person, worker, null, "Zq get back to football");

    Page desk = signedIn("practitioner");
    desk.navigate(url("/people/" + person));
    desk.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions()
                .setName("Their own accounts: \"My plan\" for them and people they choose"))
        .click();
    assertThat(heading(desk)).isEqualTo("Their own accounts");
    assertAccessible(desk);
    desk.fill("#displayName", "Zqphone Zqjourney");
    button(desk, "Make a code").click();
    String code = desk.locator(".alliance-code").innerText().trim();
    assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
    assertAccessible(desk);

    Page page = phone(browser);
    page.navigate(url("/activate"));
    assertThat(heading(page)).isEqualTo("Set up your account");
    assertAccessible(page);
    fitsThePhone(page);
    page.fill("#code", "AAAA-BBBB-CCCC");
    String username = "zq-phone-" + UUID.randomUUID().toString().substring(0, 6);
    page.fill("#username", username);
    page.fill("#password", SupportFixture.PASSWORD);
    page.fill("#confirmPassword", SupportFixture.PASSWORD);
    button(page, "Make my account").click();
    assertThat(page.locator(".govuk-error-summary").innerText())
        .contains("That code does not work");
    assertAccessible(page);
    page.fill("#code", code.toLowerCase());
    page.fill("#password", SupportFixture.PASSWORD);
    page.fill("#confirmPassword", SupportFixture.PASSWORD);
    button(page, "Make my account").click();
    assertThat(page.locator(".govuk-notification-banner").innerText())
        .contains("Your account is ready");
    page.fill("#username", username);
    page.fill("#password", SupportFixture.PASSWORD);
    page.click("#main-content button[type=submit]");
    page.waitForURL(url("/my-plan"));
    assertThat(page.title()).isEqualTo("Your plan – Alliance");
    assertThat(page.locator("#main-content").innerText())
        .contains("Zq get back to football", "Exit this page");
    assertAccessible(page);
    fitsThePhone(page);

    page.locator(".govuk-summary-card__actions a").first().click();
    assertThat(heading(page)).isEqualTo("Zq get back to football");
    assertAccessible(page);
    fitsThePhone(page);
    button(page, "Save my words").click();
    assertThat(page.locator(".govuk-error-summary").innerText()).contains("Write something first");
    assertAccessible(page);
    page.fill("#words", "Zq I miss my team");
    button(page, "Save my words").click();
    assertThat(page.locator(".govuk-notification-banner").innerText())
        .contains("Your words are saved");
    assertThat(page.locator("#main-content").innerText()).contains("Zq I miss my team", "You,");
    assertAccessible(page);

    page.navigate(url("/my-plan/goals/new"));
    assertAccessible(page);
    fitsThePhone(page);
    page.navigate(url("/my-plan/sharing"));
    assertAccessible(page);
    fitsThePhone(page);
  }
}
