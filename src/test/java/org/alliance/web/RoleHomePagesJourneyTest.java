package org.alliance.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.alliance.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each demo user signs in through the real pages and finds their own home; every page is checked by
 * axe.
 */
class RoleHomePagesJourneyTest extends BrowserTest {

  @ParameterizedTest(name = "{0} signs in and sees {1}")
  @CsvSource({
    "commissioner, Commissioning",
    "manager, Alliance management",
    "practitioner, Your caseload",
    "editor, Directory editing",
    "admin, Administration",
    "leader, Alliance leadership",
    "finance, Open-book accounts"
  })
  void eachDemoUserSignsInToTheirRoleHomePage(String username, String home) {
    try (BrowserContext context = browser.newContext()) {
      Page page = context.newPage();
      page.navigate(url("/"));
      assertThat(heading(page)).isEqualTo("Alliance");
      assertAccessibleOnce(page, "landing page");

      page.getByRole(
              com.microsoft.playwright.options.AriaRole.BUTTON,
              new Page.GetByRoleOptions().setName("Sign in"))
          .click();
      assertThat(heading(page)).isEqualTo("Sign in to Alliance");
      assertAccessibleOnce(page, "sign-in page");
      signIn(page, username, "alliance-demo");

      assertThat(heading(page)).isEqualTo(home);
      assertAccessible(page);

      for (String area : navigationLinks(page)) {
        page.navigate(url(area));
        assertThat(page.title()).doesNotStartWith("Page not found").doesNotContain("problem");
        if (PUBLIC_AREAS.contains(area)) {
          assertAccessibleOnce(page, area);
        } else {
          assertAccessible(page);
        }
      }
      page.navigate(url("/account"));
      assertThat(heading(page)).isEqualTo("Your account");
      assertAccessibleOnce(page, "account page");

      page.getByText("Sign out").click();
      assertThat(page.locator(".govuk-notification-banner").innerText())
          .contains("You have signed out");
      assertAccessibleOnce(page, "signed-out page");
    }
  }

  /** Areas everyone sees alike, signed in or not. */
  private static final Set<String> PUBLIC_AREAS = Set.of("/find-support");

  /**
   * Pages every role sees the same (the landing and sign-in pages, a public area, the account and
   * signed-out pages) are checked with axe for the first role only: axe takes seconds a page, and
   * five identical checks were a minute of the suite.
   */
  private static final Set<String> CHECKED = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private static void assertAccessibleOnce(Page page, String which) {
    if (CHECKED.add(which)) {
      assertAccessible(page);
    }
  }

  @Test
  void signInErrorsAppearInAnErrorSummaryThatPassesAxe() {
    try (BrowserContext context = browser.newContext()) {
      Page page = context.newPage();
      page.navigate(url("/sign-in"));
      page.getByRole(
              com.microsoft.playwright.options.AriaRole.BUTTON,
              new Page.GetByRoleOptions().setName("Sign in"))
          .click();
      assertThat(page.locator(".govuk-error-summary").innerText())
          .contains("Enter your user name", "Enter your password");
      assertThat(page.title()).startsWith("Error:");
      assertAccessible(page);
    }
  }

  @Test
  void footerPagesAndErrorPagesPassAxe() {
    try (BrowserContext context = browser.newContext()) {
      Page page = context.newPage();
      for (String path : List.of("/accessibility", "/privacy", "/cookies")) {
        page.navigate(url(path));
        assertAccessible(page);
      }
      signIn(page, "practitioner", "alliance-demo");
      page.navigate(url("/no-such-page"));
      assertThat(heading(page)).isEqualTo("Page not found");
      assertAccessible(page);
      page.navigate(url("/admin/users"));
      assertThat(heading(page)).isEqualTo("You do not have access to this page");
      assertAccessible(page);
    }
  }

  @Test
  void worksWithoutJavaScript() {
    // axe needs JavaScript, so these pages are checked by axe in
    // formsShowErrorSummariesThatPassAxe.
    try (BrowserContext context =
        browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
      Page page = context.newPage();
      page.navigate(url("/sign-in"));
      signIn(page, "admin", "alliance-demo");
      assertThat(heading(page)).isEqualTo("Administration");
      submitEmpty(page, "/admin/users/new", "Add user");
      assertThat(page.locator(".govuk-error-summary").innerText())
          .contains("Enter a user name", "Select at least one role");
      submitEmpty(page, "/account/password", "Change password");
      assertThat(page.locator(".govuk-error-summary").innerText())
          .contains("Enter your current password");
      page.getByText("Sign out").click();
      assertThat(page.url()).contains("/sign-in");
    }
  }

  @Test
  void formsShowErrorSummariesThatPassAxe() {
    try (BrowserContext context = browser.newContext()) {
      Page page = context.newPage();
      page.navigate(url("/sign-in"));
      signIn(page, "admin", "alliance-demo");
      submitEmpty(page, "/admin/users/new", "Add user");
      assertThat(page.title()).startsWith("Error:");
      assertAccessible(page);
      page.navigate(url("/admin/users"));
      page.getByText("Grace Okafor").click();
      assertThat(heading(page)).isEqualTo("Change Grace Okafor");
      assertAccessible(page);
      submitEmpty(page, "/account/password", "Change password");
      assertAccessible(page);
      page.navigate(url("/account/two-factor"));
      assertThat(heading(page)).isEqualTo("Set up two-factor authentication");
      assertAccessible(page);
      page.getByRole(
              com.microsoft.playwright.options.AriaRole.BUTTON,
              new Page.GetByRoleOptions().setName("Turn on two-factor authentication"))
          .click();
      assertThat(page.locator(".govuk-error-summary").innerText())
          .contains("Enter the 6-digit code");
      assertAccessible(page);
    }
  }

  private void submitEmpty(Page page, String path, String button) {
    page.navigate(url(path));
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName(button))
        .click();
  }

  private void signIn(Page page, String username, String password) {
    if (!page.url().contains("/sign-in")) {
      page.navigate(url("/sign-in"));
    }
    page.getByLabel("User name").fill(username);
    page.getByLabel("Password").fill(password);
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Sign in"))
        .click();
  }

  private static Set<String> navigationLinks(Page page) {
    Set<String> links = new LinkedHashSet<>();
    Locator items = page.locator("#navigation a.govuk-service-navigation__link");
    for (int i = 0; i < items.count(); i++) {
      links.add(items.nth(i).getAttribute("href"));
    }
    return links;
  }
}
