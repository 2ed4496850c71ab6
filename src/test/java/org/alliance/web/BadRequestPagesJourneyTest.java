package org.alliance.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.alliance.BrowserTest;
import org.junit.jupiter.api.Test;

/** The pages bad input ends on are GOV.UK pages that pass axe, like every other page. */
class BadRequestPagesJourneyTest extends BrowserTest {

  @Test
  void unreadableInputGetsAnAccessibleErrorPage() {
    try (BrowserContext context = browser.newContext()) {
      Page page = context.newPage();
      Response response = page.navigate(url("/find-support?q=a%00b"));
      assertThat(response.status()).isEqualTo(400);
      assertThat(heading(page)).isEqualTo("Sorry, we could not read that request");
      assertAccessible(page);
    }
  }

  @Test
  void aSearchTooDeepOrABadPageGetsAnErrorSummary() {
    try (BrowserContext context = browser.newContext()) {
      Page page = context.newPage();
      for (String query : new String[] {"?q=alcohol&page=0", "?q=alcohol&page=5000000"}) {
        Response response = page.navigate(url("/find-support" + query));
        assertThat(response.status()).as(query).isEqualTo(400);
        assertThat(page.locator(".govuk-error-summary").count()).as(query).isEqualTo(1);
        assertAccessible(page);
      }
    }
  }
}
