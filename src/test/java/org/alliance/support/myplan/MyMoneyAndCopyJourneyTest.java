package org.alliance.support.myplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.alliance.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * The demo person on a phone (375 by 667), checked with axe-core: "Your money" from their plan,
 * then "A copy of everything", made and read, with nothing wider than the screen.
 */
class MyMoneyAndCopyJourneyTest extends BrowserTest {

  @Test
  void thePersonReadsTheirMoneyAndMakesACopyOnAPhone() {
    Page page =
        browser.newContext(new Browser.NewContextOptions().setViewportSize(375, 667)).newPage();
    page.navigate(url("/sign-in"));
    page.fill("#username", "person");
    page.fill("#password", "alliance-demo");
    page.click("#main-content button[type=submit]");
    page.waitForURL(url("/my-plan"));
    assertAccessible(page);

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Money for your plan"))
        .click();
    assertThat(heading(page)).isEqualTo("Your money");
    assertThat(page.title()).isEqualTo("Your money – Alliance");
    assertThat(page.locator("#left-1").innerText()).matches("-?£[0-9,]+\\.[0-9]{2}");
    assertFitsTheScreen(page);
    assertAccessible(page);

    page.navigate(url("/my-plan"));
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Get a copy of everything"))
        .click();
    assertThat(heading(page)).isEqualTo("A copy of everything");
    assertFitsTheScreen(page);
    assertAccessible(page);

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make my copy")).click();
    assertThat(heading(page)).isEqualTo("A copy of everything");
    assertThat(page.locator("main").innerText()).contains("Made on", "Your goals", "Your money");
    assertFitsTheScreen(page);
    assertAccessible(page);
  }

  /** Nothing scrolls sideways: the page is no wider than the phone. */
  private static void assertFitsTheScreen(Page page) {
    Object wide = page.evaluate("() => document.documentElement.scrollWidth");
    assertThat(((Number) wide).intValue()).as(page.url()).isLessThanOrEqualTo(375);
  }
}
